import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type RapportDB } from './schema';
import { upgradeRapportDB } from './migrations';

export type RapportDatabase = IDBPDatabase<RapportDB>;

let connection: Promise<RapportDatabase> | undefined;

/** One shared connection per context; it closes itself when a newer version wants to upgrade. */
export function openRapportDB(name = DB_NAME): Promise<RapportDatabase> {
  connection ??= openDB<RapportDB>(name, DB_VERSION, {
    upgrade: upgradeRapportDB,
    blocking() {
      void forgetConnection();
    },
    terminated() {
      connection = undefined;
    },
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

export async function forgetConnection(): Promise<void> {
  const current = connection;
  connection = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}
