import { useDeferredValue, useId, useMemo, useState } from 'react';
import { organisationKey } from '../../../utils/domain/organisation';
import { readOrganisationRows } from '../../../utils/db/organisations-repo';
import { t, uiLanguage } from '../../../utils/i18n';
import { LoadProblem } from '../shared/LoadProblem';
import { hrefOf } from '../shared/route';
import { useDatabaseRead } from '../shared/use-database-read';

const MAX_SHOWN = 500;

/** Every organisation, by name, with its people and open agreements; a search narrows the list. */
export function OrganisationsSection() {
  const id = useId();
  const read = useDatabaseRead(readOrganisationRows, 'all');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const rows = read.status === 'ready' ? read.value : undefined;
  const shown = useMemo(() => {
    const key = organisationKey(deferred);
    return (rows ?? [])
      .filter((row) => row.people > 0 || row.openAgreements > 0)
      .filter((row) => !key || row.organisation.nameKeys.some((each) => each.includes(key)) || row.organisation.domains.some((domain) => domain.includes(key)))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
  }, [rows, deferred]);
  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (read.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const language = uiLanguage();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('orgNav')}</h2>
      <p className="subtle">{t('orgListIntro')}</p>
      <div className="toolbar">
        <label htmlFor={`${id}-search`}>{t('orgSearch')}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        <p className="subtle" role="status" aria-live="polite">
          {t('orgCount', shown.length.toLocaleString(language))}
        </p>
      </div>
      {shown.length === 0 ? (
        <p>{t('orgNone')}</p>
      ) : (
        <ul className="plain-list organisation-list">
          {shown.slice(0, MAX_SHOWN).map(({ organisation, people, openAgreements }) => (
            <li key={organisation.id} data-testid="organisation-row">
              <a href={hrefOf({ section: 'organisation', organisationId: organisation.id })} className="name">
                {organisation.name}
              </a>{' '}
              <span className="subtle">· {t('orgPeopleAndOpen', [people.toLocaleString(language), openAgreements.toLocaleString(language)])}</span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > MAX_SHOWN && <p className="subtle">{t('orgShowingFirst', [String(MAX_SHOWN), shown.length.toLocaleString(language)])}</p>}
    </section>
  );
}
