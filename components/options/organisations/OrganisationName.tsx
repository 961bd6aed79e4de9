import { useId, useState } from 'react';
import type { Organisation } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { useAction } from '../shared/use-action';

/** The organisation's name, its email domains, and renaming it (the old name keeps finding it). */
export function OrganisationName({ organisation, headingId }: { organisation: Organisation; headingId: string }) {
  const id = useId();
  const [name, setName] = useState(organisation.name);
  const saving = useAction(() => callBackground('organisation.update', { organisationId: organisation.id, name }));
  return (
    <header>
      <h2 id={headingId} className="contact-name name">
        {organisation.name}
      </h2>
      {organisation.domains.length > 0 && <p className="subtle">{t('orgDomains', organisation.domains.join(', '))}</p>}
      <details>
        <summary>{t('orgRename')}</summary>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void saving.run();
          }}
        >
          <label htmlFor={`${id}-name`}>{t('orgName')}</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required maxLength={500} />
          <button type="submit" disabled={saving.state.status === 'busy' || !name.trim()}>
            {t('save')}
          </button>
        </form>
        {saving.state.status === 'failed' && <p role="alert">{t('optActionFailed', saving.state.message)}</p>}
      </details>
    </header>
  );
}
