import { useState } from 'react';
import type { CalendarDate } from '../../utils/domain/model';
import type { DueRow } from '../../utils/db/due-list';
import { t, uiLanguage } from '../../utils/i18n';
import { openSiteTab } from '../../utils/ui/open-site-tab';
import { callBackground } from '../../utils/messaging/client';
import type { SnoozeOption } from '../../utils/schedule/snooze';
import { dateReasonLabel } from '../../utils/ui/date-label';
import { formatDate } from '../../utils/ui/format';
import { DraftButton } from '../drafts/DraftButton';
import { gmailConversationUrl, linkedinProfileUrl } from './links';
import { SnoozeMenu } from './SnoozeMenu';

export type Report = (outcome: { ok: boolean; text: string }) => void;

/**
 * A row's buttons. A follow-up: done (logs getting in touch now), snooze. An agreement: mark as done
 * (an agreement has a due date of its own, so it is closed or edited, not snoozed). Both: draft a note,
 * open the LinkedIn profile or the last Gmail conversation in a new tab.
 */
export function RowActions({ row, who, today, report }: { row: DueRow; who: string; today: CalendarDate; report: Report }) {
  const [busy, setBusy] = useState(false);
  const { why } = row;
  const contactId = row.who.contactId;
  const linkedin = linkedinProfileUrl(row.linkedinSlug);
  const gmail = gmailConversationUrl(row.lastEmailUrl);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      report({ ok: true, text: await action() });
    } catch (error) {
      report({ ok: false, text: t('dueActionFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  const snooze = (option: SnoozeOption) =>
    act(async () => {
      const contact = await callBackground('due.snooze', { contactId, snooze: option });
      return t('dueSnoozed', [who, formatDate(contact.snoozedUntil ?? today, uiLanguage())]);
    });
  const gotInTouch = () =>
    act(async () => {
      await callBackground('due.done', { contactId });
      return t('dueDoneAnnounced', who);
    });
  const closeAgreement = (agreementId: string) =>
    act(async () => {
      await callBackground('agreement.update', { agreementId, patch: { status: 'done' } });
      return t('dueAgreementClosed');
    });
  const dateDone = (dateId: string, occursOn: string, what: string) =>
    act(async () => {
      await callBackground('due.dateDone', { contactId, dateId, occursOn });
      return t('datesDoneAnnounced', [what, who]);
    });
  const open = (url: string) => void openSiteTab(url);

  return (
    <div className="button-row">
      {why.kind === 'cadence' ? (
        <>
          <button type="button" className="primary" disabled={busy} aria-label={t('dueDoneOf', who)} onClick={() => void gotInTouch()}>
            {t('dueDone')}
          </button>
          <SnoozeMenu who={who} today={today} busy={busy} onSnooze={(option) => void snooze(option)} />
        </>
      ) : why.kind === 'date' ? (
        <button
          type="button"
          className="primary"
          disabled={busy}
          aria-label={t('datesDoneOf', [dateReasonLabel(why), who])}
          onClick={() => void dateDone(why.dateId, why.occursOn, dateReasonLabel(why))}
        >
          {t('datesDone')}
        </button>
      ) : (
        <button type="button" className="primary" disabled={busy} aria-label={t('dueAgreementDoneOf', why.text)} onClick={() => void closeAgreement(why.agreementId)}>
          {t('agreementDone')}
        </button>
      )}
      {row.who.displayName !== undefined && <DraftButton contactId={contactId} contactName={who} />}
      {linkedin && (
        <button type="button" aria-label={t('dueOpenLinkedinOf', who)} onClick={() => open(linkedin)}>
          {t('dueOpenLinkedin')}
        </button>
      )}
      {gmail && (
        <button type="button" aria-label={t('dueOpenGmailOf', who)} onClick={() => open(gmail)}>
          {t('dueOpenGmail')}
        </button>
      )}
    </div>
  );
}
