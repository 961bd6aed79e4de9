import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LIVE_AREA } from '../../utils/background/tab-contexts';

/** A value the background keeps in a storage area, kept up to date on this page (none while `key` is undefined). */
export function useStorageValue<T>(area: 'local' | 'session', key: string | undefined): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    let active = true;
    void browser.storage[area].get(key).then((stored) => {
      if (active) setValue(stored[key] as T | undefined);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
      if (changedArea === area && key in changes) setValue(changes[key]?.newValue as T | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [area, key]);
  return value;
}

/** A value the background publishes for pages to watch (tab contexts, the data version), kept up to date. */
export function useLiveValue<T>(key: string | undefined): T | undefined {
  return useStorageValue<T>(LIVE_AREA, key);
}
