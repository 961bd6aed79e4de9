// Reads the extension's own database from any extension frame or page (Playwright or puppeteer: both evaluate).

/** Every record of `store` in Rapport's IndexedDB, read through `extensionFrame`, which shares its origin. */
export function storedRecords(extensionFrame, store) {
  return extensionFrame.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('rapport');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    store,
  );
}
