import { useLayoutEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * When a row that held keyboard focus goes away (marked as done, snoozed, deleted), focus moves to the row now
 * in its place, else the one before it, else `fallback`; it never falls to <body>. `rows` are the list's
 * direct children; `keys` change whenever rows come or go.
 */
export function useFocusAfterRemoval(list: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>, keys: readonly string[]): void {
  const focusedIndex = useRef<number | undefined>(undefined);
  /** Which of the row's controls had focus: the next row's same control gets it ("Mark as done" again). */
  const controlIndex = useRef(0);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const remember = (event: FocusEvent) => {
      const rows = [...element.children];
      const row = rows.findIndex((child) => child.contains(event.target as Node));
      focusedIndex.current = row >= 0 ? row : undefined;
      if (row >= 0) controlIndex.current = Math.max(0, [...(rows[row]?.querySelectorAll(FOCUSABLE) ?? [])].indexOf(event.target as Element));
    };
    // Focus that moved elsewhere on purpose is the user's; a removed row's focus goes nowhere (no relatedTarget).
    const forget = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) focusedIndex.current = undefined;
    };
    element.addEventListener('focusin', remember);
    element.addEventListener('focusout', forget);
    return () => {
      element.removeEventListener('focusin', remember);
      element.removeEventListener('focusout', forget);
    };
  });
  const signature = keys.join('\n');
  useLayoutEffect(() => {
    const index = focusedIndex.current;
    const active = document.activeElement;
    if (index === undefined || (active && active !== document.body)) return;
    const rows = [...(list.current?.children ?? [])];
    const row = rows[Math.min(index, rows.length - 1)];
    const controls = [...(row?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const target = controls[Math.min(controlIndex.current, controls.length - 1)] ?? fallback.current;
    focusedIndex.current = undefined;
    target?.focus();
  }, [signature, list, fallback]);
}
