/** Marked when the going-cold list (or its empty state) is first on screen; `npm run bench` reads it. */
export const COLD_SHOWN_MARK = 'rapport:going-cold-shown';
/** Marked when the options page's going-cold view holds every row (the first screenful comes before the rest). */
export const COLD_COMPLETE_MARK = 'rapport:going-cold-complete';
