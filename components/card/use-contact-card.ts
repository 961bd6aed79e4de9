import { useEffect, useState } from 'react';
import { callBackground } from '../../utils/messaging/client';
import type { ContactCard } from '../../utils/messaging/protocol';
import { useDataVersion } from '../shared/use-data-version';

export type CardState = { status: 'loading' } | { status: 'found'; card: ContactCard } | { status: 'unknown' } | { status: 'error'; message: string };

/** The stored contact for an identity, reloaded whenever any tab or page changes data. */
export function useContactCard(identity: { linkedinSlug?: string; emails?: string[]; linkedinName?: string } | undefined): CardState {
  const version = useDataVersion();
  const key = JSON.stringify(identity ?? null);
  const [state, setState] = useState<{ key: string; value: CardState }>({ key: '', value: { status: 'loading' } });
  useEffect(() => {
    const lookup = JSON.parse(key) as { linkedinSlug?: string; emails?: string[]; linkedinName?: string } | null;
    if (!lookup) return;
    let active = true;
    callBackground('contact.lookup', lookup).then(
      (card) => active && setState({ key, value: card ? { status: 'found', card } : { status: 'unknown' } }),
      (reason: unknown) => active && setState({ key, value: { status: 'error', message: String(reason) } }),
    );
    return () => {
      active = false;
    };
  }, [key, version]);
  return state.key === key ? state.value : { status: 'loading' };
}
