import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** A value the background keeps in `storage.local`, kept up to date on this page. */
export function useStoredValue<T>(key: string): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void browser.storage.local.get(key).then((stored) => active && setValue(stored[key] as T | undefined));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setValue(changes[key]?.newValue as T | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [key]);
  return value;
}
