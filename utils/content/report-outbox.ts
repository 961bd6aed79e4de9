/**
 * What a page showed, held until the background has taken it: a report that fails (a worker starting, a closed
 * port) is sent again with the next one, and a page that shows more than one request may carry goes in several.
 * Each item is taken at most once per page. A batch refused three times in a row is given up, so one item the
 * background will never accept cannot hold back everything after it.
 */
export class ReportOutbox<Item> {
  private readonly taken = new Set<string>();
  private readonly waiting = new Map<string, Item>();
  private sending = false;
  private failures = 0;

  constructor(
    private readonly keyOf: (item: Item) => string,
    /** Starts a request: the function it returns takes each next item while it still fits, and says so. */
    private readonly startRequest: () => (next: Item) => boolean,
    private readonly send: (batch: Item[]) => Promise<unknown>,
  ) {}

  /** Queues what is new and sends; resolves once the queue is empty or a report failed. */
  async add(items: readonly Item[]): Promise<void> {
    for (const item of items) {
      const key = this.keyOf(item);
      if (!this.taken.has(key) && !this.waiting.has(key)) this.waiting.set(key, item);
    }
    await this.flush();
  }

  get pending(): number {
    return this.waiting.size;
  }

  private async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.waiting.size > 0) {
        const batch = this.nextBatch();
        try {
          await this.send(batch.map(([, item]) => item));
        } catch {
          this.failures += 1;
          if (this.failures < 3) return;
        }
        this.failures = 0;
        for (const [key] of batch) {
          this.waiting.delete(key);
          this.taken.add(key);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private nextBatch(): Array<[string, Item]> {
    const batch: Array<[string, Item]> = [];
    const take = this.startRequest();
    for (const entry of this.waiting) {
      if (!take(entry[1]) && batch.length > 0) break;
      batch.push(entry);
    }
    return batch;
  }
}
