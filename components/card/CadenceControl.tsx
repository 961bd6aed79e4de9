import { useState } from 'react';
import type { Cadence, Contact } from '../../utils/domain/model';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { presetIdOf, sameCadence } from '../../utils/schedule/cadence';
import { CadencePicker } from '../shared/CadencePicker';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

/** The contact's keep-in-touch rhythm: a preset or "none" is saved at once, a custom rhythm on Save. */
export function CadenceControl({ contact }: { contact: Contact }) {
  const { status, run, busy } = useAction();
  const [draft, setDraft] = useState<Cadence | undefined>(contact.cadence);
  const save = (cadence: Cadence | undefined) =>
    run(() => callBackground('contact.update', { contactId: contact.id, patch: { cadence: cadence ?? null } }));
  const change = (cadence: Cadence | undefined) => {
    setDraft(cadence);
    if (!cadence || presetIdOf(cadence)) void save(cadence);
  };
  const unsavedCustom = draft !== undefined && !presetIdOf(draft) && !sameCadence(draft, contact.cadence);
  return (
    <div className="quick-form">
      <CadencePicker label={t('cadenceSet')} value={draft} onChange={change} noneLabel={t('cadence_none')} />
      {unsavedCustom && (
        <button type="button" disabled={busy} onClick={() => void save(draft)}>
          {t('save')}
        </button>
      )}
      <StatusLine status={status} />
    </div>
  );
}
