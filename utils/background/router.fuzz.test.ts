import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapportDatabase } from '../db/open';
import { freshDatabase } from '../db/test-db';
import { REQUESTS, type RequestType } from '../messaging/protocol';
import { createHandlers } from './handlers';
import { createRouter } from './router';

const OWN_ID = 'rapport-fuzz';
const TYPES = Object.keys(REQUESTS) as RequestType[];
const SENDERS = {
  page: { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` },
  linkedinContentScript: { id: OWN_ID, url: 'https://www.linkedin.com/in/someone/', tab: { id: 7 } },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
  webPage: { url: 'https://evil.example/', tab: { id: 8 } },
  otherHostContentScript: { id: OWN_ID, url: 'https://evil.example/', tab: { id: 9 } },
};

async function storeCounts(db: RapportDatabase) {
  return Promise.all((['contacts', 'interactions', 'agreements', 'settings'] as const).map((store) => db.count(store)));
}

let db: RapportDatabase;
let route: ReturnType<typeof createRouter>;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase();
  route = createRouter(createHandlers({ db: async () => db, changed: async () => undefined }), OWN_ID);
});

const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'contactId', 'displayName', 'patch', 'emails', 'body'), fc.anything()),
  fc.record({ contactId: fc.string(), patch: fc.object() }),
);

describe('every background handler under random input', () => {
  it('never throws and never writes when the payload is invalid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), hostile, async (type, input) => {
        const before = await storeCounts(db);
        const reply = await route({ rapport: 1, type, input }, SENDERS.page);
        if (reply && !reply.ok) expect(await storeCounts(db)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every request from other extensions, web pages, and content scripts on other hosts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.anything(),
        fc.constantFrom(SENDERS.otherExtension, SENDERS.webPage, SENDERS.otherHostContentScript),
        (type, input, sender) => {
          expect(route({ rapport: 1, type, input }, sender)).toBeUndefined();
        },
      ),
    );
  });

  it('lets content scripts do nothing but report what their page shows', () => {
    // The only requests open to content scripts: reports of the page (who it shows or a copy of its markup to read,
    // the history it shows). The answer to the first two carries the in-page frame's setup (static texts, where to
    // show, folded or not).
    const PAGE_REPORTS: readonly RequestType[] = ['page.context', 'page.copy', 'history.linkedin', 'history.gmail'];
    expect(TYPES.filter((type) => (REQUESTS[type].from as readonly string[]).includes('content-script')).sort()).toEqual([...PAGE_REPORTS].sort());
    for (const type of TYPES.filter((candidate) => !PAGE_REPORTS.includes(candidate))) {
      expect(route({ rapport: 1, type, input: {} }, SENDERS.linkedinContentScript), type).toBeUndefined();
    }
  });
});
