import { useRef, useState } from 'react';
import { announce } from '../shared/announcer';
import { useFocusAfterRemoval } from '../shared/use-focus-after-removal';
import type { Agreement } from '../../utils/domain/model';
import { t, uiLanguage } from '../../utils/i18n';
import { openSiteTab } from '../../utils/ui/open-site-tab';
import { callBackground } from '../../utils/messaging/client';
import { isAgreementOverdue } from '../../utils/schedule/follow-up';
import { agreementKindLabel } from '../../utils/ui/agreement-kind-label';
import { formatDate } from '../../utils/ui/format';
import { AgreementForm } from './AgreementForm';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

export function AgreementList({ agreements, sources = {}, today }: { agreements: Agreement[]; sources?: Record<string, string>; today: string }) {
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  useFocusAfterRemoval(list, empty, agreements.map((agreement) => agreement.id));
  return (
    <>
      <p ref={empty} className="subtle" tabIndex={-1} hidden={agreements.length > 0}>
        {t('noOpenAgreements')}
      </p>
      <ul className="agreements" ref={list}>
        {agreements.map((agreement) => (
          <AgreementItem key={agreement.id} agreement={agreement} source={sources[agreement.id]} today={today} />
        ))}
      </ul>
    </>
  );
}

function AgreementItem({ agreement, source, today }: { agreement: Agreement; source?: string; today: string }) {
  const [editing, setEditing] = useState(false);
  const { status, run, busy } = useAction();
  const overdue = isAgreementOverdue(agreement, today);
  const update = (patch: Parameters<typeof callBackground<'agreement.update'>>[1]['patch']) =>
    run(() => callBackground('agreement.update', { agreementId: agreement.id, patch }));

  if (editing) {
    return (
      <li data-testid="agreement">
        <AgreementForm
          title={t('agreementEdit')}
          initial={{ kind: agreement.kind, text: agreement.text, dueDate: agreement.dueDate, amount: agreement.amount, currency: agreement.currency }}
          busy={busy}
          onSubmit={async (values) => {
            const saved = await update({ ...values, dueDate: values.dueDate ?? null, amount: values.amount ?? null, currency: values.currency ?? null });
            if (saved) setEditing(false);
            return saved;
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className={overdue ? 'overdue' : undefined} data-testid="agreement">
      <span className="subtle">{agreementKindLabel(agreement.kind)}: </span>
      <span className="agreement-text">{agreement.text}</span>
      {agreement.dueDate && (
        <span className="subtle">
          {' · '}
          {overdue && <strong className="flag">{t('overdue')} </strong>}
          {t('dueOn', formatDate(agreement.dueDate, uiLanguage()))}
        </span>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() => void update({ status: 'done' }).then((done) => done && announce(t('a11yMarkedDone', agreement.text)))}
        >
          {t('agreementDone')}
        </button>
        <button type="button" onClick={() => setEditing(true)}>
          {t('agreementEdit')}
        </button>
        {source && (
          <button type="button" onClick={() => void openSiteTab(source)}>
            {t('agreementOpenEmail')}
          </button>
        )}
      </div>
      <StatusLine status={status} />
    </li>
  );
}
