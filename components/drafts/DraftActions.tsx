import { useState } from 'react';
import { t } from '../../utils/i18n';
import { openSiteTab } from '../../utils/ui/open-site-tab';
import { callBackground } from '../../utils/messaging/client';
import type { RequestInput } from '../../utils/messaging/protocol';
import { composeUrl } from '../../utils/sites/gmail/compose';
import type { MailTo } from '../../utils/ui/page-person';
import { copyText } from './clipboard';

interface DraftActionsProps {
  subject: string;
  body: string;
  /** Where the draft goes in Gmail: the address and, beside a Gmail page, its signed-in account. */
  mailTo?: MailTo;
  /** Who the note is for: the page puts it only into their conversation. */
  recipient?: RequestInput<'draft.insert'>['recipient'];
  canInsert: boolean;
  /** The message field, selected for the user when copying fails. */
  bodyFieldId: string;
}

type Notice = { text: string; problem?: boolean };

/** Put the draft into the page (or copy it when there is no message box), copy it, or open it in Gmail. Never sends. */
export function DraftActions({ subject, body, mailTo, recipient, canInsert, bodyFieldId }: DraftActionsProps) {
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const empty = body.trim() === '';

  const run = async (action: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ text: t('draftError', error instanceof Error ? error.message : String(error)), problem: true });
    } finally {
      setBusy(false);
    }
  };

  const copy = async (copied: string, failed: string): Promise<Notice> => {
    if (await copyText(body)) return { text: copied };
    const field = document.getElementById(bodyFieldId);
    if (field instanceof HTMLTextAreaElement) {
      field.focus();
      field.select();
    }
    return { text: failed, problem: true };
  };

  const insert = async (): Promise<Notice> => {
    const to = mailTo?.address;
    const result = await callBackground('draft.insert', {
      body,
      ...(subject ? { subject } : {}),
      ...(to ? { to } : {}),
      ...(recipient ? { recipient } : {}),
    });
    if (result.inserted) return { text: t('draftInserted') };
    if (result.reason === 'addressed-elsewhere') return copy(t('draftAddressedElsewhereCopied'), t('draftAddressedElsewhereNotCopied'));
    return copy(t('draftNoMessageBoxCopied'), t('draftNoMessageBoxNotCopied'));
  };

  const openInGmail = async (): Promise<Notice> => {
    await openSiteTab(composeUrl({ body, subject, to: mailTo?.address, account: mailTo?.account }));
    return { text: t('draftGmailOpened') };
  };

  return (
    <>
      <div className="draft-row draft-actions">
        {canInsert && (
          <button type="button" className="primary" disabled={busy || empty} onClick={() => void run(insert)}>
            {t('draftInsert')}
          </button>
        )}
        <button type="button" disabled={busy || empty} onClick={() => void run(() => copy(t('draftCopied'), t('draftCopyFailed')))}>
          {t('draftCopy')}
        </button>
        <button type="button" disabled={busy || empty} onClick={() => void run(openInGmail)}>
          {t('draftOpenGmail')}
        </button>
      </div>
      <p role="status" className={notice?.problem ? 'draft-notice problem' : 'draft-notice'}>
        {notice?.text ?? ''}
      </p>
    </>
  );
}
