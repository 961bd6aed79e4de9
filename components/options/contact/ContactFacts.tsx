import type { Contact } from '../../../utils/domain/model';
import { t, uiLanguage } from '../../../utils/i18n';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import { followUpState } from '../../../utils/schedule/follow-up';
import { cadenceLabel } from '../../../utils/ui/cadence-label';
import { channelLabel } from '../../../utils/ui/channel-label';
import { formatDate, relativeDay } from '../../../utils/ui/format';

/** What Rapport worked out about a contact: last contact, next follow-up, snooze, since when. */
export function ContactFacts({ contact, today }: { contact: Contact; today: string }) {
  const language = uiLanguage();
  const state = followUpState(contact, today);
  return (
    <dl className="facts">
      <dt>{t('lastContact')}</dt>
      <dd>
        {contact.lastContactAt === undefined
          ? t('lastContactNever')
          : `${formatDate(calendarDateOf(contact.lastContactAt), language)} (${relativeDay(calendarDateOf(contact.lastContactAt), language, today)}), ${channelLabel(contact.lastContactChannel ?? 'note')}`}
      </dd>
      <dt>{t('nextFollowUp')}</dt>
      <dd className={state === 'overdue' ? 'overdue' : undefined}>
        {contact.nextFollowUp ? `${formatDate(contact.nextFollowUp, language)} · ${cadenceLabel(contact.cadence)}` : t('noCadence')}
        {state === 'overdue' && <strong className="flag"> {t('overdue')}</strong>}
      </dd>
      {contact.snoozedUntil && (
        <>
          <dt>{t('optSnoozedUntil')}</dt>
          <dd>{formatDate(contact.snoozedUntil, language)}</dd>
        </>
      )}
      <dt>{t('optInRapportSince')}</dt>
      <dd>{formatDate(calendarDateOf(contact.createdAt), language)}</dd>
    </dl>
  );
}
