import { useId, useState } from 'react';
import type { Interaction } from '../../utils/domain/model';
import { t, uiLanguage } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { calendarDateOf } from '../../utils/schedule/calendar';
import { relativeDay } from '../../utils/ui/format';
import type { EmailOnPage } from '../../utils/ui/page-person';
import { AgreementForm } from './AgreementForm';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

/**
 * A new agreement. In a Gmail conversation it is linked to the email it was made in; right after a call
 * or meeting it is linked to that (unless the user unticks it), so the call's written summary lists it.
 */
export function AddAgreement({ contactId, email, call }: { contactId: string; email?: EmailOnPage; call?: Interaction }) {
  const id = useId();
  const { status, run, busy } = useAction();
  const [fromCall, setFromCall] = useState(true);
  const title = email ? t('agreedInThisEmail') : t('addAgreement');
  const linkedCall = !email && call && fromCall ? call : undefined;
  return (
    <details className="quick-details">
      <summary>{title}</summary>
      <AgreementForm
        title={title}
        busy={busy}
        onSubmit={(values) =>
          run(() =>
            email
              ? callBackground('agreement.addFromEmail', {
                  contactId,
                  ...values,
                  messageId: email.messageId,
                  conversationUrl: email.conversationUrl,
                  subject: email.subject,
                  at: email.at,
                  direction: email.direction,
                })
              : callBackground('agreement.add', { contactId, ...values, ...(linkedCall ? { interactionId: linkedCall.id } : {}) }),
          )
        }
      >
        {!email && call && (
          <div className="check">
            <input id={`${id}-call`} type="checkbox" checked={fromCall} onChange={(event) => setFromCall(event.target.checked)} />
            <label htmlFor={`${id}-call`}>
              {t(call.channel === 'meeting' ? 'agreementFromMeeting' : 'agreementFromCall', relativeDay(calendarDateOf(call.at), uiLanguage()))}
            </label>
          </div>
        )}
      </AgreementForm>
      <StatusLine status={status} />
    </details>
  );
}
