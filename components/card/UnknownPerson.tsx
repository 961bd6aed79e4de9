import { useState } from 'react';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import type { PagePerson } from '../../utils/ui/page-person';

export function UnknownPerson({ person }: { person: PagePerson }) {
  const [status, setStatus] = useState<'idle' | 'saving' | { error: string }>('idle');
  const add = async () => {
    setStatus('saving');
    try {
      await callBackground('contact.add', person.prefill);
    } catch (error) {
      setStatus({ error: String(error) });
    }
  };
  return (
    <section className="card" aria-labelledby="unknown-name">
      <h1 id="unknown-name" className="name">
        {person.name}
      </h1>
      {person.detail && <p className="subtle">{person.detail}</p>}
      <p>{t('unknownPerson')}</p>
      <button type="button" className="primary" onClick={() => void add()} disabled={status === 'saving'}>
        {t('addToRapport')}
      </button>
      {typeof status === 'object' && <p role="alert">{t('sidebarError', status.error)}</p>}
    </section>
  );
}
