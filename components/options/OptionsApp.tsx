import { Suspense, useEffect, useState } from 'react';
import type { DeletedContact } from '../../utils/db/delete-contact';
import { t, type MessageKey } from '../../utils/i18n';
import {
  AgreementsSection,
  BackupSection,
  ContactPage,
  ContactsSection,
  GoingColdSection,
  ImportSections,
  OrganisationPage,
  OrganisationsSection,
  preloadAllSections,
  SettingsSection,
  SyncSection,
  TemplatesSection,
} from './sections';
import { DatabaseProblem } from './shared/DatabaseProblem';
import { SECTIONS, hrefOf, type Route, type Section } from './shared/route';
import { useDatabaseRead } from './shared/use-database-read';
import { useRoute } from './shared/use-route';
import { holdSyncLive } from '../../utils/sync/live-pages';
import { UndoToast } from './UndoToast';
import './options.css';

const NAV_LABELS: Record<Section, MessageKey> = {
  contacts: 'optNavContacts',
  cold: 'coldNav',
  organisations: 'orgNav',
  agreements: 'optNavAgreements',
  import: 'optNavImport',
  backup: 'optNavBackup',
  settings: 'optNavSettings',
  templates: 'optNavTemplates',
  sync: 'optNavSync',
};

const openCheck = async (db: { version: number }) => db.version;

export function OptionsApp() {
  // While this page is open, sync runs live: a change on another device shows up within seconds.
  useEffect(() => holdSyncLive(), []);
  // The other sections' code, once the first screen is up and the page idle: moving to one then shows it at once.
  useEffect(() => preloadAllSections(), []);
  const route = useRoute();
  const opened = useDatabaseRead(openCheck, 'open');
  const [deleted, setDeleted] = useState<DeletedContact | undefined>(undefined);
  const current: Section = route.section === 'contact' ? 'contacts' : route.section === 'organisation' ? 'organisations' : route.section;

  return (
    <div className="options">
      <header className="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p className="subtle">{t('optionsIntro')}</p>
      </header>
      <nav aria-label={t('optNavLabel')} className="options-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={hrefOf({ section })} aria-current={section === current ? 'page' : undefined} data-section={section}>
                {t(NAV_LABELS[section])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="options-body">
        {opened.status === 'failed' ? (
          <DatabaseProblem title={t('optOpenFailed')} message={opened.message} />
        ) : (
          <Suspense fallback={<p className="subtle" aria-busy="true">{t('optLoading')}</p>}>
            <RouteView route={route} onDeleted={setDeleted} />
          </Suspense>
        )}
      </div>
      {deleted && <UndoToast key={deleted.contact.id} deleted={deleted} onClose={() => setDeleted(undefined)} />}
    </div>
  );
}

function RouteView({ route, onDeleted }: { route: Route; onDeleted: (deleted: DeletedContact) => void }) {
  switch (route.section) {
    case 'contact':
      return <ContactPage key={route.contactId} contactId={route.contactId} onDeleted={onDeleted} />;
    case 'contacts':
      return <ContactsSection />;
    case 'cold':
      return <GoingColdSection />;
    case 'organisation':
      return <OrganisationPage key={route.organisationId} organisationId={route.organisationId} />;
    case 'organisations':
      return <OrganisationsSection />;
    case 'agreements':
      return <AgreementsSection />;
    case 'import':
      return <ImportSections />;
    case 'backup':
      return <BackupSection />;
    case 'settings':
      return <SettingsSection />;
    case 'templates':
      return <TemplatesSection />;
    case 'sync':
      return <SyncSection />;
  }
}
