/**
 * Where the background publishes what each tab shows and that data changed, for extension pages to watch
 * (utils/background/tab-contexts.ts). Apart from it so a page's first script can watch without the browser polyfill.
 */
export const LIVE_AREA: 'session' | 'local' = import.meta.env.FIREFOX ? 'local' : 'session';
export const DATA_VERSION_KEY = 'dataVersion';
