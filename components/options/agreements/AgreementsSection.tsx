import { useId, useMemo, useRef, useState } from 'react';
import { announce } from '../../shared/announcer';
import { useFocusAfterRemoval } from '../../shared/use-focus-after-removal';
import { readAgreementsOverview } from '../../../utils/db/contacts-query';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../utils/domain/model';
import { t, uiLanguage, type MessageKey } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { todayIn } from '../../../utils/schedule/calendar';
import { isAgreementOverdue } from '../../../utils/schedule/follow-up';
import { agreementKindLabel } from '../../../utils/ui/agreement-kind-label';
import { formatDate } from '../../../utils/ui/format';
import { LoadProblem } from '../shared/LoadProblem';
import { hrefOf } from '../shared/route';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';
import { AGREEMENT_VIEWS, agreementRows, filterAgreements, organisationsOf, type AgreementView } from './agreement-rows';

/** More would make the page slow to render; a filter narrows it down. */
const MAX_SHOWN = 500;
const ALL = '';

const VIEW_LABELS: Record<AgreementView, MessageKey> = {
  open: 'optViewOpen',
  overdue: 'optViewOverdue',
  'due-soon': 'optViewDueSoon',
};

export function AgreementsSection() {
  const id = useId();
  const read = useDatabaseRead(readAgreementsOverview, 'all');
  const [view, setView] = useState<AgreementView>('open');
  const [kind, setKind] = useState<AgreementKind | typeof ALL>(ALL);
  const [organisation, setOrganisation] = useState(ALL);
  const closing = useAction(async (agreementId: string) => {
    const done = await callBackground('agreement.update', { agreementId, patch: { status: 'done' } });
    announce(t('a11yMarkedDone', done.text));
    return done;
  });
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => (read.status === 'ready' ? agreementRows(read.value) : []), [read]);
  const today = todayIn();
  const shown = useMemo(
    () => filterAgreements(rows, { view, kind: kind || undefined, organisation: organisation || undefined, today }),
    [rows, view, kind, organisation, today],
  );
  useFocusAfterRemoval(list, heading, shown.slice(0, MAX_SHOWN).map(({ agreement }) => agreement.id));

  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (read.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const language = uiLanguage();
  const organisations = organisationsOf(rows);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('optNavAgreements')}
      </h2>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('optAgreementsShow')}</legend>
          {AGREEMENT_VIEWS.map((option) => (
            <label key={option}>
              <input type="radio" name={`${id}-view`} value={option} checked={view === option} onChange={() => setView(option)} />
              {t(VIEW_LABELS[option])}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-kind`}>{t('agreementKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as AgreementKind | typeof ALL)}>
          <option value={ALL}>{t('optAllKinds')}</option>
          {AGREEMENT_KINDS.map((option) => (
            <option key={option} value={option}>
              {agreementKindLabel(option)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-organisation`}>{t('optOrganisation')}</label>
        <select id={`${id}-organisation`} value={organisation} onChange={(event) => setOrganisation(event.target.value)}>
          <option value={ALL}>{t('optAllOrganisations')}</option>
          {organisations.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <p className="subtle" role="status">
        {t('optAgreementCount', shown.length.toLocaleString(language))}
      </p>
      {shown.length === 0 ? (
        <p>{t('optNoAgreementsHere')}</p>
      ) : (
        <ul className="agreement-list" ref={list}>
          {shown.slice(0, MAX_SHOWN).map(({ agreement, contactName, organisation: org }, index) => {
            const overdue = isAgreementOverdue(agreement, today);
            const textId = `${id}-text-${index}`;
            return (
              <li key={agreement.id} className={overdue ? 'overdue' : undefined} data-testid="agreement-row">
                <div>
                  <span id={textId} className="agreement-text">
                    {agreement.text}
                  </span>
                  <div className="subtle">
                    {agreementKindLabel(agreement.kind)}
                    {' · '}
                    <a href={hrefOf({ section: 'contact', contactId: agreement.contactId })}>{contactName ?? '?'}</a>
                    {org && ` · ${org}`}
                    {agreement.dueDate && ` · ${t('dueOn', formatDate(agreement.dueDate, language))}`}
                    {overdue && <strong className="flag"> {t('overdue')}</strong>}
                  </div>
                </div>
                <button type="button" aria-describedby={textId} disabled={closing.state.status === 'busy'} onClick={() => void closing.run(agreement.id)}>
                  {t('agreementDone')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length > MAX_SHOWN && <p className="subtle">{t('optShowingFirst', [String(MAX_SHOWN), shown.length.toLocaleString(language)])}</p>}
      {closing.state.status === 'failed' && <p role="alert">{t('optActionFailed', closing.state.message)}</p>}
    </section>
  );
}
