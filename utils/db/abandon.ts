/** Ends a write transaction without committing anything, whatever state it is in. */
export async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by a failed request: nothing was committed by us.
  }
  await tx.done.catch(() => undefined);
}
