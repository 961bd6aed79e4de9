import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import type { ContactCard } from '../../utils/messaging/protocol';
import { useDataVersion } from '../shared/use-data-version';
import { DraftPanel } from './DraftPanel';
import './drafts.css';

/** "Draft a note" for a contact, opening the draft panel in a dialog (the popup's rows). */
export function DraftButton({ contactId, contactName }: { contactId: string; contactName?: string }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" onClick={show} aria-haspopup="dialog" aria-label={contactName ? t('a11yDraftNoteFor', contactName) : undefined}>
        {t('draftHeading')}
      </button>
      <dialog ref={dialog} className="draft-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
        {open && <DraftDialogContent contactId={contactId} titleId={`${id}-title`} onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

type CardState = { status: 'loading' } | { status: 'found'; card: ContactCard } | { status: 'gone' } | { status: 'error'; message: string };

function DraftDialogContent({ contactId, titleId, onClose }: { contactId: string; titleId: string; onClose: () => void }) {
  const card = useCardOf(contactId);
  return (
    <>
      <header>
        <h1 id={titleId} className="name">
          {card.status === 'found' ? t('draftFor', card.card.contact.displayName) : t('draftHeading')}
        </h1>
        <button type="button" onClick={onClose}>
          {t('draftClose')}
        </button>
      </header>
      {card.status === 'loading' && <p className="subtle">{t('draftLoading')}</p>}
      {card.status === 'gone' && <p role="alert">{t('draftContactGone')}</p>}
      {card.status === 'error' && <p role="alert">{t('draftError', card.message)}</p>}
      {card.status === 'found' && <DraftPanel card={card.card} canInsert={false} collapsible={false} />}
    </>
  );
}

function useCardOf(contactId: string): CardState {
  const version = useDataVersion();
  const [state, setState] = useState<{ contactId: string; value: CardState }>({ contactId: '', value: { status: 'loading' } });
  useEffect(() => {
    let active = true;
    callBackground('contact.card', { contactId }).then(
      (card) => active && setState({ contactId, value: card ? { status: 'found', card } : { status: 'gone' } }),
      (reason: unknown) => active && setState({ contactId, value: { status: 'error', message: String(reason) } }),
    );
    return () => {
      active = false;
    };
  }, [contactId, version]);
  return state.contactId === contactId ? state.value : { status: 'loading' };
}
