import { onlyRapportsOwn } from '../sites/rapports-own-nodes';

export interface ObserveOptions {
  /** Quiet time after the last change before calling back. */
  debounceMs?: number;
  /** Call back at the latest this long after the first change, even while the page keeps changing. */
  maxWaitMs?: number;
}

/**
 * Calls `onChange` (debounced) with the regions when the subtree of any region `find` returns changes, and once at
 * the start.
 * Regions are found again after every call and whenever the body's own children change (an overlay or outlet
 * added late), so nothing but those regions and the body's child list is ever observed. Stops when `signal` aborts.
 */
export function observeRegions(
  doc: Document,
  find: () => Node[],
  onChange: (regions: Node[]) => void,
  signal: AbortSignal,
  { debounceMs = 300, maxWaitMs = 1500 }: ObserveOptions = {},
): void {
  if (signal.aborted) return;
  let observed: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  const regionObserver = new MutationObserver(schedule);
  // Rapport adding its own sidebar to the body adds no region.
  const bodyObserver = new MutationObserver((records) => {
    if (!records.every(onlyRapportsOwn)) schedule();
  });

  function schedule(): void {
    const now = Date.now();
    pendingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  }

  function run(): void {
    pendingSince = undefined;
    if (signal.aborted) return;
    const regions = find();
    if (regions.length !== observed.length || regions.some((region, index) => region !== observed[index])) {
      regionObserver.disconnect();
      for (const region of regions) regionObserver.observe(region, { childList: true, subtree: true, characterData: true });
      observed = regions;
    }
    onChange(regions);
  }

  if (doc.body) bodyObserver.observe(doc.body, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      regionObserver.disconnect();
      bodyObserver.disconnect();
    },
    { once: true },
  );
  run();
}
