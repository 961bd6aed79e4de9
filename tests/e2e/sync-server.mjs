// A real CouchDB-protocol server for the sync tests: PouchDB Server on 127.0.0.1 with a free port, in a temp
// folder (it writes config.json and log.txt where it runs), with an admin, two members and one database.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../node_modules/.bin/pouchdb-server');
export const ADMIN = { name: 'admin', password: 'admin-secret' };
export const MEMBERS = [
  { name: 'anna', password: 'anna-secret-1' },
  { name: 'ben', password: 'ben-secret-2' },
];
export const DATABASE = 'rapport';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(origin, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    const up = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pouchdb-server did not start within 15 s');
}

async function call(origin, method, pathname, body, auth = ADMIN) {
  const response = await fetch(`${origin}${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok && response.status !== 412) throw new Error(`${method} ${pathname}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * @param {{ persistent?: boolean }} options  persistent: on disk (in the temp folder), so a restart keeps the data;
 *   otherwise in memory.
 */
export async function startSyncServer({ persistent = false } = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), 'rapport-couch-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let child;
  const launch = async () => {
    const storage = persistent ? ['--dir', path.join(folder, 'data')] : ['--in-memory'];
    child = spawn(BIN, [...storage, '--host', '127.0.0.1', '--port', String(port)], { cwd: folder, stdio: 'ignore' });
    await waitForServer(origin, child);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  try {
    await launch();
    await fetch(`${origin}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    for (const member of MEMBERS) {
      await call(origin, 'PUT', `/_users/org.couchdb.user:${member.name}`, { name: member.name, password: member.password, roles: [], type: 'user' });
    }
    await call(origin, 'PUT', `/${DATABASE}`);
    await call(origin, 'PUT', `/${DATABASE}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: MEMBERS.map((member) => member.name), roles: [] },
    });
  } catch (error) {
    await stop();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    databaseUrl: `${origin}/${DATABASE}`,
    /** Documents in the database, as the server holds them. */
    allDocs: () => call(origin, 'GET', `/${DATABASE}/_all_docs?include_docs=true`),
    /** How many documents the database holds now (replication checkpoints are not counted). */
    docCount: async () => (await call(origin, 'GET', `/${DATABASE}`)).doc_count,
    /** Kills the server at once (no clean shutdown), as a crash or a lost connection would. */
    kill: stop,
    /** Starts it again on the same port (a persistent server keeps its data). */
    restart: launch,
    async close() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
