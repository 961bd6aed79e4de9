import type { Agreement, Contact, Interaction, Organisation } from '../domain/model';
import type { BackupData } from '../transfer/backup-json';
import type { RapportDatabase } from './open';
import { DB_NAME } from './schema';

/** Everything in the database, read in one transaction (a consistent snapshot), as a backup needs it. */
export async function readBackupData(db: RapportDatabase): Promise<BackupData> {
  const tx = db.transaction(['contacts', 'interactions', 'agreements', 'organisations', 'settings']);
  const [contacts, interactions, agreements, organisations, settings] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    tx.objectStore('interactions').getAll(),
    tx.objectStore('agreements').getAll(),
    tx.objectStore('organisations').getAll(),
    tx.objectStore('settings').get('app'),
  ]);
  const data = { contacts, interactions, agreements, organisations };
  return settings === undefined ? data : { ...data, settings: { ...settings } };
}

export interface SalvagedData {
  data: BackupData;
  /** One line per store (or the database) that could not be read completely. */
  problems: string[];
}

const SALVAGE_STORES = ['contacts', 'interactions', 'agreements'] as const;
const OPTIONAL_STORES = ['organisations'] as const;

/**
 * For when the database cannot be opened normally (a failed upgrade, a newer version, quota):
 * opens it at whatever version it has, without upgrading or creating anything, and reads every
 * record it can, store by store. Never writes, never deletes.
 */
export async function salvageBackupData(name = DB_NAME, factory: IDBFactory = indexedDB): Promise<SalvagedData> {
  const problems: string[] = [];
  const empty: SalvagedData = { data: { contacts: [], interactions: [], agreements: [] }, problems };
  let db: IDBDatabase;
  try {
    db = await openExisting(name, factory);
  } catch (error) {
    problems.push(`database: ${messageOf(error)}`);
    return empty;
  }
  try {
    const [contacts, interactions, agreements] = await Promise.all(
      SALVAGE_STORES.map((store) =>
        readStore(db, store, problems).catch((error: unknown) => {
          problems.push(`${store}: ${messageOf(error)}`);
          return [];
        }),
      ),
    );
    // A database from before organisations has no such store: nothing to salvage there, and no problem.
    const [organisations] = await Promise.all(
      OPTIONAL_STORES.map((store) =>
        db.objectStoreNames.contains(store)
          ? readStore(db, store, problems).catch((error: unknown) => {
              problems.push(`${store}: ${messageOf(error)}`);
              return [];
            })
          : undefined,
      ),
    );
    const settings = await readRecord(db, 'settings', 'app').catch((error: unknown) => {
      problems.push(`settings: ${messageOf(error)}`);
      return undefined;
    });
    const data: BackupData = {
      contacts: contacts as Contact[],
      interactions: interactions as Interaction[],
      agreements: agreements as Agreement[],
      ...(organisations ? { organisations: organisations as Organisation[] } : {}),
      ...(isRecord(settings) ? { settings } : {}),
    };
    return { data, problems };
  } finally {
    db.close();
  }
}

/** Opens without a version, so no upgrade runs; a database that does not exist is not created. */
function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The database could not be opened.'));
    request.onblocked = () => reject(new Error('The database is blocked by another open page.'));
  });
}

/** All records; if reading them at once fails, as many as a cursor reaches. */
async function readStore(db: IDBDatabase, store: string, problems: string[]): Promise<unknown[]> {
  if (!db.objectStoreNames.contains(store)) throw new Error('missing');
  try {
    return await requestResult(db.transaction(store).objectStore(store).getAll());
  } catch (error) {
    const records = await readWithCursor(db, store);
    problems.push(`${store}: ${messageOf(error)}; ${records.length} records read one by one`);
    return records;
  }
}

function readWithCursor(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const records: unknown[] = [];
    const request = db.transaction(store).objectStore(store).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(records);
      records.push(cursor.value);
      cursor.continue();
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (records.length > 0) resolve(records);
      else reject(request.error ?? new Error('unreadable'));
    };
  });
}

async function readRecord(db: IDBDatabase, store: string, key: string): Promise<unknown> {
  if (!db.objectStoreNames.contains(store)) return undefined;
  return requestResult(db.transaction(store).objectStore(store).get(key));
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('unreadable'));
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
