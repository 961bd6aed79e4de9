import type { SideStates } from './side-state';
import type { SideStateStore } from './side-sync';

/** The stamps of templates and shared settings: sync bookkeeping of this device, never in backups or exports. */
export const SYNC_SIDE_KEY = 'syncSideRecords';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function sideStateStore(area: LocalArea): SideStateStore {
  return {
    async read() {
      const stored = (await area.get(SYNC_SIDE_KEY))[SYNC_SIDE_KEY];
      return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as SideStates) : {};
    },
    async write(states) {
      await area.set({ [SYNC_SIDE_KEY]: states });
    },
  };
}
