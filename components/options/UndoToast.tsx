import { useEffect, useRef } from 'react';
import { announce } from '../shared/announcer';
import type { DeletedContact } from '../../utils/db/delete-contact';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { hrefOf } from './shared/route';
import { useAction } from './shared/use-action';

/** After a deletion: what went, and a way back. It stays until dismissed, so nobody has to be quick. */
export function UndoToast({ deleted, onClose }: { deleted: DeletedContact; onClose: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const undoing = useAction(async () => {
    const contact = await callBackground('contact.undoDelete', deleted);
    onClose();
    window.location.hash = hrefOf({ section: 'contact', contactId: contact.id });
  });
  const text = t('optDeleted', [deleted.contact.displayName, String(deleted.interactions.length), String(deleted.agreements.length)]);
  useEffect(() => {
    undoButton.current?.focus();
    announce(text);
  }, [deleted, text]);
  return (
    <div className="toast" role="group" aria-label={t('a11yUndoToast')}>
      <p>{text}</p>
      <div className="actions">
        <button ref={undoButton} type="button" className="primary" onClick={() => void undoing.run()} disabled={undoing.state.status === 'busy'}>
          {t('optUndo')}
        </button>
        <button type="button" onClick={onClose}>
          {t('optDismiss')}
        </button>
      </div>
      {undoing.state.status === 'failed' && <p role="alert">{t('optUndoFailed', undoing.state.message)}</p>}
    </div>
  );
}
