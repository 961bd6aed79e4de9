import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** A value in session storage, kept up to date; how the background tells pages that something changed. */
export function useSessionValue<T>(key: string | undefined): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!key) return;
    let active = true;
    void browser.storage.session.get(key).then((stored) => {
      if (active) setValue(stored[key] as T | undefined);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setValue(changes[key]?.newValue as T | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [key]);
  return value;
}
