import { describe, expect, it } from 'vitest';
import { visibleRange } from './visible-range';

const base = { rowHeight: 40, viewportHeight: 400, overscan: 3 };

describe('visibleRange', () => {
  it('renders the rows on screen plus the overscan at both ends', () => {
    expect(visibleRange({ ...base, scrollTop: 0, count: 10_000 })).toEqual({ start: 0, end: 14 });
    expect(visibleRange({ ...base, scrollTop: 4000, count: 10_000 })).toEqual({ start: 97, end: 114 });
  });

  it('stays inside the list at its end, when it is short, and when it is empty', () => {
    expect(visibleRange({ ...base, scrollTop: 399_800, count: 10_000 })).toEqual({ start: 9992, end: 10_000 });
    expect(visibleRange({ ...base, scrollTop: 0, count: 3 })).toEqual({ start: 0, end: 3 });
    expect(visibleRange({ ...base, scrollTop: 500, count: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRange({ ...base, scrollTop: 10_000_000, count: 5 })).toEqual({ start: 5, end: 5 });
  });

  it('treats a negative scroll position (elastic scrolling) as the top', () => {
    expect(visibleRange({ ...base, scrollTop: -50, count: 100 })).toEqual({ start: 0, end: 14 });
  });
});
