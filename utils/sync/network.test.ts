import { describe, expect, it, vi } from 'vitest';
import { listenForNetwork } from './network';

describe('listenForNetwork', () => {
  it('calls back on every online event until stopped, and ignores offline', () => {
    const scope = new EventTarget();
    const back = vi.fn();
    const stop = listenForNetwork(back, scope);
    scope.dispatchEvent(new Event('offline'));
    scope.dispatchEvent(new Event('online'));
    scope.dispatchEvent(new Event('online'));
    expect(back).toHaveBeenCalledTimes(2);
    stop();
    scope.dispatchEvent(new Event('online'));
    expect(back).toHaveBeenCalledTimes(2);
  });

  it('leaves a scope without events alone', () => {
    expect(() => listenForNetwork(vi.fn(), {})()).not.toThrow();
  });
});
