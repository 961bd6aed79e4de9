// Bundles Rapport's own modules into one script that `npm run bench` evaluates inside the built extension
// (the service worker and an extension page), so the figures come from the same code the extension runs.
// Nothing here is part of the extension: the probe exists only in the benchmark's browser session.
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const ENTRY_NAME = 'rapport-bench-probe';
const ENTRY = `\0${ENTRY_NAME}`;
const BROWSER = '\0rapport-bench-browser';

const entryCode = `
export { refreshBadge } from ${JSON.stringify(path.join(root, 'utils/background/badge.ts'))};
export { countDue } from ${JSON.stringify(path.join(root, 'utils/db/due-counts.ts'))};
export { countDueUpTo, readDueRows } from ${JSON.stringify(path.join(root, 'utils/db/due-list.ts'))};
// At the version the build in that browser made, never upgrading it: builds of an older schema compare in one run.
import { openDB } from 'idb';
import { DB_NAME as RAPPORT_DB } from ${JSON.stringify(path.join(root, 'utils/db/schema.ts'))};
export const openRapportDB = () => openDB(RAPPORT_DB);
export { withFollowUp } from ${JSON.stringify(path.join(root, 'utils/db/follow-up-sync.ts'))};
export { buildShards, toStoredContactTimes } from ${JSON.stringify(path.join(root, 'utils/cold/contact-times.ts'))};
export { buildColdContactsShards } from ${JSON.stringify(path.join(root, 'utils/cold/cold-contacts.ts'))};
export { readGoingCold } from ${JSON.stringify(path.join(root, 'utils/db/going-cold.ts'))};
export { fillOrganisations } from ${JSON.stringify(path.join(root, 'utils/db/organisations-fill.ts'))};
export { readOrganisationPage } from ${JSON.stringify(path.join(root, 'utils/db/organisations-repo.ts'))};
export { DB_NAME, DB_VERSION } from ${JSON.stringify(path.join(root, 'utils/db/schema.ts'))};
export { DEFAULT_SETTINGS } from ${JSON.stringify(path.join(root, 'utils/domain/settings.ts'))};
export { addDays, calendarDateOf, todayIn } from ${JSON.stringify(path.join(root, 'utils/schedule/calendar.ts'))};
`;

/** The probe as a classic script that defines `globalThis.rapportBench`. */
export async function buildProbe() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [
      {
        name: 'rapport-bench-probe',
        resolveId: (id) => (id.endsWith(ENTRY_NAME) ? ENTRY : id === 'wxt/browser' ? BROWSER : undefined),
        load: (id) => (id === ENTRY ? entryCode : id === BROWSER ? 'export const browser = globalThis.browser ?? globalThis.chrome;' : undefined),
      },
    ],
    build: {
      write: false,
      minify: false,
      lib: { entry: ENTRY_NAME, formats: ['iife'], name: 'rapportBench', fileName: () => 'probe.js' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result.output.find((file) => file.type === 'chunk');
  return `${chunk.code}\nglobalThis.rapportBench = rapportBench;`;
}
