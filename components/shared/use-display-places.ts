import { useEffect, useState } from 'react';
import { readDisplayPlaces, saveDisplayPlaces, watchDisplayPlaces, type DisplayPlaces } from '../../utils/display/display-place';

/** Where Rapport appears on each site, kept up to date when another page changes it. */
export function useDisplayPlaces(): [DisplayPlaces | undefined, (change: Partial<DisplayPlaces>) => Promise<void>] {
  const [places, setPlaces] = useState<DisplayPlaces>();
  useEffect(() => {
    let active = true;
    void readDisplayPlaces().then((read) => active && setPlaces(read));
    const stop = watchDisplayPlaces((next) => active && setPlaces(next));
    return () => {
      active = false;
      stop();
    };
  }, []);
  const save = async (change: Partial<DisplayPlaces>) => {
    // Shown at once: a radio button that waits for storage would spring back until the write is done.
    setPlaces((current) => current && { ...current, ...change });
    setPlaces(await saveDisplayPlaces(change));
  };
  return [places, save];
}
