/**
 * A page's first read as its first script (entrypoints/early-read.ts, a classic script in the page's <head>) starts it:
 * before the browser has fetched and parsed the page's modules, which takes about 100 ms. `value` is undefined when
 * the script could not read (the database needs an upgrade, which only the page's own code does; any failure):
 * then the page reads as it would have. `changed` says whether a data change was announced after the read began.
 */
export interface EarlyRead {
  key: string;
  value: Promise<unknown>;
  changed: () => boolean;
  stop: () => void;
}

declare global {
  var rapportEarlyRead: EarlyRead | undefined;
}

/** The early read of `key`, once: the caller owns it from then on. */
export function takeEarlyRead(key: string): EarlyRead | undefined {
  const early = globalThis.rapportEarlyRead;
  if (early?.key !== key) return undefined;
  globalThis.rapportEarlyRead = undefined;
  return early;
}
