/**
 * Where the background publishes what each tab shows and that data changed, for extension pages to watch
 * (utils/background/tab-contexts.ts). Apart from it so a page's first script can watch without the browser polyfill.
 */
export const LIVE_AREA: 'session' | 'local' = import.meta.env.FIREFOX ? 'local' : 'session';
export const DATA_VERSION_KEY = 'dataVersion';

/** True when a `storage.onChanged` event is the background announcing that data changed. */
export const announcesDataChange = (changes: Record<string, unknown>, area: string): boolean => area === LIVE_AREA && DATA_VERSION_KEY in changes;
