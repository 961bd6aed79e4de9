import { lazy, type ComponentType } from 'react';
import type { Route } from './shared/route';

/**
 * Each section of the options page is its own chunk: opening the going-cold view or an organisation does not
 * parse the import, backup, sync and settings code first. The page's entry loads the first route's chunk before
 * React mounts (`preloadSection`), so the first render never suspends: React holds back content revealed after
 * a Suspense fallback (up to 300 ms), which would cost more than the chunk. Once the first screen is up, the
 * other chunks load while the page is idle (`preloadAllSections`), so moving between sections does not suspend
 * either; a section not loaded yet shows the loading text meanwhile.
 */
function section<P extends object, M>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then((module) => (loaded = pick(module)));
    loading.catch(() => (loading = undefined)); // a failed load is tried again next time
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Section(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Section, preload };
}

function BothImports({ Import, History }: { Import: ComponentType; History: ComponentType }) {
  return (
    <>
      <Import />
      <History />
    </>
  );
}

const sections = {
  contact: section(() => import('./contact/ContactPage'), (module) => module.ContactPage),
  contacts: section(() => import('./contacts/ContactsSection'), (module) => module.ContactsSection),
  cold: section(() => import('./cold/GoingColdSection'), (module) => module.GoingColdSection),
  organisation: section(() => import('./organisations/OrganisationPage'), (module) => module.OrganisationPage),
  organisations: section(() => import('./organisations/OrganisationsSection'), (module) => module.OrganisationsSection),
  agreements: section(() => import('./agreements/AgreementsSection'), (module) => module.AgreementsSection),
  import: section(
    () => Promise.all([import('./import/ImportSection'), import('./history/HistoryImportSection')]),
    ([{ ImportSection }, { HistoryImportSection }]) =>
      function Import() {
        return <BothImports Import={ImportSection} History={HistoryImportSection} />;
      },
  ),
  backup: section(() => import('./backup/BackupSection'), (module) => module.BackupSection),
  settings: section(() => import('./settings/SettingsSection'), (module) => module.SettingsSection),
  templates: section(() => import('./TemplatesSection'), (module) => module.TemplatesSection),
  sync: section(() => import('./sync/SyncSection'), (module) => module.SyncSection),
} satisfies Record<Route['section'], { preload: () => Promise<unknown> }>;

/** Loads the chunk of a route's section; resolves (never rejects) when it is there or failed to load. */
export function preloadSection(route: Route): Promise<void> {
  return sections[route.section].preload().then(
    () => undefined,
    () => undefined,
  );
}

/** After the first screen is up, the page's reads and rendering done: not to compete with them, idle time alone is not enough (the page is idle while it waits for the database). */
const AFTER_FIRST_SCREEN_MS = 3000;

/** Loads every section's chunk, one after another, when the page is idle, a few seconds after it opened. Returns a stop function. */
export function preloadAllSections(): () => void {
  let stopped = false;
  const idle = (next: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(next) : setTimeout(next, 50));
  const queue = Object.values(sections);
  const step = () => {
    const next = stopped ? undefined : queue.shift();
    if (next) void next.preload().then(() => idle(step), () => idle(step));
  };
  const start = setTimeout(() => idle(step), AFTER_FIRST_SCREEN_MS);
  return () => {
    stopped = true;
    clearTimeout(start);
  };
}

export const ContactPage = sections.contact.Section;
export const ContactsSection = sections.contacts.Section;
export const GoingColdSection = sections.cold.Section;
export const OrganisationPage = sections.organisation.Section;
export const OrganisationsSection = sections.organisations.Section;
export const AgreementsSection = sections.agreements.Section;
export const ImportSections = sections.import.Section;
export const BackupSection = sections.backup.Section;
export const SettingsSection = sections.settings.Section;
export const TemplatesSection = sections.templates.Section;
export const SyncSection = sections.sync.Section;
