/** What is wrong with a server address, before anything is sent. */
export type AddressProblem = 'invalid-url' | 'https-required' | 'credentials-in-url' | 'no-database';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The database URL, normalised (no trailing slash), or why it cannot be used. Plain http only for this
 * computer (loopback): anywhere else the password would travel in the clear.
 */
export function parseServerAddress(text: string): { ok: true; url: URL } | { ok: false; problem: AddressProblem } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: 'invalid-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid-url' };
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return { ok: false, problem: 'https-required' };
  if (url.username || url.password) return { ok: false, problem: 'credentials-in-url' };
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/\/+$/, '');
  if (url.pathname === '' || url.pathname === '/') return { ok: false, problem: 'no-database' };
  return { ok: true, url };
}

/** The server's root (`https://host/` for `https://host/rapport`, `https://host/couch/` behind a path prefix). */
export function serverRoot(database: URL): URL {
  return new URL('./', database.href);
}

export function isLoopback(url: URL): boolean {
  return LOOPBACK.test(url.hostname);
}

/**
 * What the manifest may grant at Connect (`optional_host_permissions`): any https server, or this computer over http.
 * Nothing of it is granted at install; Connect asks for the one server's host only.
 */
export const SERVER_PERMISSION_SCOPE = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] as const;

/**
 * The host permission Connect asks for: the server's host, any port (match patterns in Firefox carry none).
 * None for a loopback address the scope leaves out (`[::1]`, other 127.x): that server must allow CORS.
 */
export function serverPermissionPattern(text: string): string | undefined {
  const parsed = parseServerAddress(text);
  if (!parsed.ok) return undefined;
  const { protocol, hostname } = parsed.url;
  return protocol === 'https:' || hostname === 'localhost' || hostname === '127.0.0.1' ? `${protocol}//${hostname}/*` : undefined;
}
