/** What Gmail shows for a location hash. The token after the view is opaque: never parse it. */
export type GmailHashView = 'conversation' | 'list' | 'search' | 'settings' | 'other';

/** Views that list conversations: `#inbox`, `#inbox/p2`, `#inbox/<token>`. */
const LIST_VIEWS = new Set([
  'inbox', 'starred', 'snoozed', 'imp', 'sent', 'scheduled', 'outbox', 'drafts', 'all', 'spam', 'trash', 'chats',
]);
/** Views with one parameter: `#label/Clients/<token>`, `#category/social/<token>`. */
const PARAMETER_LIST_VIEWS = new Set(['label', 'category']);
/** `#search/<query>`, `#search/<query>/<token>`, `#advanced-search/<params>/<token>`. */
const SEARCH_VIEWS = new Set(['search', 'advanced-search']);

/** Conversation tokens: `FMfcgz…` (32 characters) or 16 hex digits. */
const CONVERSATION_TOKEN = /^[A-Za-z0-9_-]{16,}$/;
/** Pagination of a list: `#inbox/p2`. */
const PAGE = /^p\d+$/;

export function gmailHashView(hash: string): GmailHashView {
  const [path = ''] = hash.replace(/^#/, '').split('?'); // `#inbox?compose=new` is still the inbox
  const [view = '', ...rest] = path.split('/');
  if (view === 'settings') return 'settings';

  const withParameter = PARAMETER_LIST_VIEWS.has(view) || SEARCH_VIEWS.has(view);
  const listing = SEARCH_VIEWS.has(view) ? 'search' : withParameter || LIST_VIEWS.has(view) ? 'list' : undefined;
  if (!listing) return 'other';

  if (withParameter && rest[0] === '') return 'other';
  const [token, ...extra] = rest.slice(withParameter ? 1 : 0);
  if (token === undefined || PAGE.test(token)) return listing;
  return extra.length === 0 && CONVERSATION_TOKEN.test(token) ? 'conversation' : 'other';
}

/** True for `#inbox/<token>`, `#label/x/<token>`, `#sent/<token>`, `#search/q/<token>`. */
export function isConversationHash(hash: string): boolean {
  return gmailHashView(hash) === 'conversation';
}
