import { parseServerAddress, serverRoot, type AddressProblem } from './server-address';

/** Everything that can stop a connection, each with its own message in the options page. */
export type SyncProblem =
  | AddressProblem
  | 'unreachable'
  | 'cors'
  | 'not-couchdb'
  | 'wrong-password'
  | 'no-access'
  | 'database-missing'
  | 'cannot-create'
  | 'server-error';

export interface Credentials {
  username: string;
  password: string;
}

export type ProbeResult = { ok: true; url: string; created: boolean } | { ok: false; problem: SyncProblem; status?: number };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function basicAuth({ username, password }: Credentials): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Finds out, before anything is stored, whether this address and these credentials can sync, and if not why:
 * a browser shows a refused CORS request and a dead server alike, so an opaque (no-cors) request tells them apart.
 * TLS failures look like an unreachable server to a page; the message for `unreachable` names both.
 */
export async function probeServer(address: string, credentials: Credentials, { create = false, fetch: fetchImpl = fetch }: { create?: boolean; fetch?: Fetch } = {}): Promise<ProbeResult> {
  const parsed = parseServerAddress(address);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const database = parsed.url.href;
  const root = serverRoot(parsed.url).href;
  const plain: RequestInit = { credentials: 'omit', cache: 'no-store' };
  const authorised: RequestInit = { ...plain, headers: { Authorization: basicAuth(credentials), Accept: 'application/json' } };

  let welcome: Response;
  try {
    welcome = await fetchImpl(root, plain);
  } catch {
    const opaque = await fetchImpl(root, { ...plain, mode: 'no-cors' }).then(
      () => true,
      () => false,
    );
    return { ok: false, problem: opaque ? 'cors' : 'unreachable' };
  }
  if (!(await looksLikeCouch(welcome))) return { ok: false, problem: 'not-couchdb', status: welcome.status };

  const session = await fetchImpl(new URL('_session', root).href, {
    ...plain,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name: credentials.username, password: credentials.password }),
  }).catch(() => undefined);
  if (!session) return { ok: false, problem: 'unreachable' };
  if (session.status === 401) return { ok: false, problem: 'wrong-password', status: 401 };

  const info = await fetchImpl(database, authorised).catch(() => undefined);
  if (!info) return { ok: false, problem: 'unreachable' };
  if (info.ok) return { ok: true, url: database, created: false };
  if (info.status === 401 || info.status === 403) {
    const reason = await errorReason(info);
    return { ok: false, problem: /name or password/i.test(reason) ? 'wrong-password' : 'no-access', status: info.status };
  }
  if (info.status !== 404) return { ok: false, problem: 'server-error', status: info.status };
  if (!create) return { ok: false, problem: 'database-missing', status: 404 };
  const made = await fetchImpl(database, { ...authorised, method: 'PUT' }).catch(() => undefined);
  if (!made) return { ok: false, problem: 'unreachable' };
  if (made.ok) return { ok: true, url: database, created: true };
  return { ok: false, problem: made.status === 401 || made.status === 403 ? 'cannot-create' : 'server-error', status: made.status };
}

async function looksLikeCouch(response: Response): Promise<boolean> {
  if (!response.ok) return false;
  const body: unknown = await response.json().catch(() => undefined);
  return typeof body === 'object' && body !== null && ('couchdb' in body || 'express-pouchdb' in body);
}

async function errorReason(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => undefined);
  return typeof body === 'object' && body !== null && typeof (body as { reason?: unknown }).reason === 'string' ? (body as { reason: string }).reason : '';
}
