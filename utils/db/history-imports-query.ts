import type { RapportDatabase } from './open';

/** One history import that can still be undone. */
export interface HistoryImportSummary {
  batch: string;
  fileName: string;
  at: number;
  interactions: number;
  contactsCreated: number;
}

/** Every history import that left something behind, newest first: one index walk that visits each batch once. */
export async function readHistoryImports(db: RapportDatabase): Promise<HistoryImportSummary[]> {
  const tx = db.transaction(['interactions', 'contacts']);
  const byBatch = tx.objectStore('interactions').index('byImportBatch');
  const contactsByBatch = tx.objectStore('contacts').index('byImportBatch');
  const found: Array<{ batch: string; fileName: string; at: number }> = [];
  for (let cursor = await byBatch.openCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    found.push({ batch: String(cursor.key), fileName: cursor.value.importFile ?? '', at: cursor.value.createdAt });
  }
  const summaries = await Promise.all(
    found.map(async (item) => ({
      ...item,
      interactions: await byBatch.count(item.batch),
      contactsCreated: await contactsByBatch.count(item.batch),
    })),
  );
  await tx.done;
  return summaries.sort((a, b) => b.at - a.at);
}

/** Source keys already stored that start with one of `prefixes`, so the preview can say what is imported already. */
export async function readSourceKeys(db: RapportDatabase, prefixes: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  const index = db.transaction('interactions').store.index('bySourceKey');
  for (const prefix of prefixes) {
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    for (let cursor = await index.openKeyCursor(range); cursor; cursor = await cursor.continue()) keys.add(String(cursor.key));
  }
  return keys;
}
