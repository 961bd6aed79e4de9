import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import type { EmailOnPage } from '../../utils/ui/page-person';
import { AgreementForm } from './AgreementForm';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

/** A new agreement; in a Gmail conversation it is linked to the email it was made in. */
export function AddAgreement({ contactId, email }: { contactId: string; email?: EmailOnPage }) {
  const { status, run, busy } = useAction();
  const title = email ? t('agreedInThisEmail') : t('addAgreement');
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
              : callBackground('agreement.add', { contactId, ...values }),
          )
        }
      />
      <StatusLine status={status} />
    </details>
  );
}
