/** Marked when the going-cold list (or its empty state) is first on screen; `npm run bench` reads it. */
export const COLD_SHOWN_MARK = 'rapport:going-cold-shown';
