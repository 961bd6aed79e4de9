import { useEffect, useState } from 'react';
import type { DraftUser } from '../../utils/drafts';
import { callBackground } from '../../utils/messaging/client';
import type { DraftContextData } from '../../utils/messaging/requests/drafts';
import { useDataVersion } from '../shared/use-data-version';

export type DraftInputs =
  | { status: 'loading' }
  | { status: 'ready'; data: DraftContextData; user: DraftUser }
  | { status: 'gone' }
  | { status: 'error'; message: string };

/** A contact's history and the user's name and signature, reloaded whenever any page changes data. */
export function useDraftInputs(contactId: string): DraftInputs {
  const version = useDataVersion();
  const [state, setState] = useState<{ contactId: string; value: DraftInputs }>({ contactId: '', value: { status: 'loading' } });
  useEffect(() => {
    let active = true;
    Promise.all([callBackground('draft.context', { contactId }), callBackground('settings.get', {})]).then(
      ([data, settings]) => {
        if (!active) return;
        const user: DraftUser = { name: settings.userName, signature: settings.signature };
        setState({ contactId, value: data ? { status: 'ready', data, user } : { status: 'gone' } });
      },
      (reason: unknown) => active && setState({ contactId, value: { status: 'error', message: String(reason) } }),
    );
    return () => {
      active = false;
    };
  }, [contactId, version]);
  return state.contactId === contactId ? state.value : { status: 'loading' };
}
