import { refillColdFirstScreen } from '../db/cold-first-screen-refill';
import type { RapportDatabase } from '../db/open';

/** Quiet time after the last write before the first screen is computed again: a burst of writes costs one refill. */
export const REFILL_DELAY_MS = 5_000;

/**
 * A debounced refill of the going-cold view's stored first screen: called after every write and at each new day,
 * it reads and scores the view once things are quiet, in the worker, rather than on the next opening of the view.
 */
export function createColdFirstScreenRefill(db: () => Promise<RapportDatabase>, delayMs = REFILL_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void db()
        .then((database) => refillColdFirstScreen(database))
        .catch((error: unknown) => console.warn('Rapport could not store the going-cold view', error));
    }, delayMs);
  };
}
