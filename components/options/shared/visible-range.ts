export interface RangeInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge, so keyboard focus and fast scrolling find a row in place. */
  overscan: number;
}

/** Which rows of a fixed-height list are on screen: `start` inclusive, `end` exclusive. */
export function visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan }: RangeInput): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(Math.max(0, first - overscan), count);
  const end = Math.min(count, first + visible + overscan);
  return { start: Math.min(start, end), end };
}
