import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { visibleRange } from './visible-range';

const OVERSCAN = 6;

interface VirtualRowsProps {
  count: number;
  /** Every row has this height in pixels (CSS must agree). */
  rowHeight: number;
  renderRow: (index: number, style: CSSProperties) => ReactNode;
  className?: string;
  /** Changing it scrolls back to the top (a new search or sort). */
  resetKey?: string;
  /** The rows of a table by default; a list names itself. */
  role?: 'rowgroup' | 'list';
  label?: string;
}

/** Renders only the rows in view of a long fixed-height list, so ten thousand contacts scroll like ten. */
export function VirtualRows({ count, rowHeight, renderRow, className, resetKey, role = 'rowgroup', label }: VirtualRowsProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setScroll({ top: element.scrollTop, height: element.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [resetKey]);

  const { start, end } = visibleRange({ scrollTop: scroll.top, viewportHeight: scroll.height, rowHeight, count, overscan: OVERSCAN });
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index += 1) {
    rows.push(renderRow(index, { position: 'absolute', top: index * rowHeight, height: rowHeight, left: 0, right: 0 }));
  }
  return (
    <div ref={viewport} className={`virtual-rows ${className ?? ''}`} role={role} aria-label={label}>
      <div style={{ position: 'relative', height: count * rowHeight }}>{rows}</div>
    </div>
  );
}
