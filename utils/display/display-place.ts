import { browser } from 'wxt/browser';

export type Site = 'linkedin' | 'gmail';
export const SITES: readonly Site[] = ['linkedin', 'gmail'];

/** `page`: the sidebar frame beside the page; `panel`: the browser's side panel, nothing added to the page. */
export type DisplayPlace = 'page' | 'panel';
export type DisplayPlaces = Record<Site, DisplayPlace>;

/**
 * Where Rapport appears is a choice for this browser (a laptop may use the side panel, a desktop the sidebar),
 * so it lives in this browser's extension storage, where the content script can read it before it adds
 * anything, and is neither synced nor part of a backup.
 */
export const DISPLAY_KEY = 'displayPlaces';
export const DEFAULT_PLACES: DisplayPlaces = { linkedin: 'page', gmail: 'page' };

export function placesFrom(stored: unknown): DisplayPlaces {
  const places = { ...DEFAULT_PLACES };
  if (typeof stored !== 'object' || stored === null) return places;
  for (const site of SITES) {
    const place = (stored as Record<string, unknown>)[site];
    if (place === 'page' || place === 'panel') places[site] = place;
  }
  return places;
}

export async function readDisplayPlaces(): Promise<DisplayPlaces> {
  const stored = await browser.storage.local.get(DISPLAY_KEY);
  return placesFrom(stored[DISPLAY_KEY]);
}

export async function saveDisplayPlaces(change: Partial<DisplayPlaces>): Promise<DisplayPlaces> {
  const places = { ...(await readDisplayPlaces()), ...change };
  await browser.storage.local.set({ [DISPLAY_KEY]: places });
  return places;
}

/** Calls `onChange` whenever the choice changes (in the options page, the welcome page or another window). */
export function watchDisplayPlaces(onChange: (places: DisplayPlaces) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DISPLAY_KEY in changes) onChange(placesFrom(changes[DISPLAY_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
