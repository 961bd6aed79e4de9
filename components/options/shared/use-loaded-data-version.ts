import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { announcesDataChange, DATA_VERSION_KEY, LIVE_AREA } from '../../../utils/background/live-area';

/**
 * The data version the background announces on every write, or undefined until it has been read
 * from storage. Unlike `useDataVersion`, the first value is not mistaken for a change, so a
 * page reads ten thousand contacts once when it opens, not twice.
 */
export function useLoadedDataVersion(): number | undefined {
  const [state, setState] = useState<{ version: number } | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const versionOf = (value: unknown) => ({ version: typeof value === 'number' ? value : 0 });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (announcesDataChange(changes, area)) setState(versionOf(changes[DATA_VERSION_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    void browser.storage[LIVE_AREA].get(DATA_VERSION_KEY).then((stored) => {
      // A change announced meanwhile is newer than what was stored: keep it.
      if (active) setState((current) => current ?? versionOf(stored[DATA_VERSION_KEY]));
    });
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return state?.version;
}
