import { describe, expect, it } from 'vitest';
import { draftRequestedAt } from './panel-request';

describe('draftRequestedAt', () => {
  const request = { tabId: 3, action: 'draft' as const, at: 1_000_000 };
  it('acts on a recent request for the tab the panel shows', () => {
    expect(draftRequestedAt(request, 3, 1_005_000)).toBe(1_000_000);
  });
  it('ignores a request for another tab, an old one, or none', () => {
    expect(draftRequestedAt(request, 4, 1_005_000)).toBeUndefined();
    expect(draftRequestedAt(request, 3, 1_000_000 + 60_000)).toBeUndefined();
    expect(draftRequestedAt(undefined, 3)).toBeUndefined();
  });
});
