import { useEffect, useState } from 'react';
import type { Cadence, Contact } from '../../utils/domain/model';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { defaultCadence, presetIdOf, sameCadence } from '../../utils/schedule/cadence';
import { cadenceLabel } from '../../utils/ui/cadence-label';
import { CadencePicker } from '../shared/CadencePicker';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

/**
 * The contact's keep-in-touch rhythm: a preset or "none" is saved at once, a custom rhythm on Save. A contact
 * without one is offered the user's default rhythm (Options → Settings) in one click.
 */
export function CadenceControl({ contact }: { contact: Contact }) {
  const { status, run, busy } = useAction();
  const [draft, setDraft] = useState<Cadence | undefined>(contact.cadence);
  const offered = useDefaultCadence(contact.cadence === undefined);
  const save = (cadence: Cadence | undefined) =>
    run(() => callBackground('contact.update', { contactId: contact.id, patch: { cadence: cadence ?? null } }));
  const change = (cadence: Cadence | undefined) => {
    setDraft(cadence);
    if (!cadence || presetIdOf(cadence)) void save(cadence);
  };
  const unsavedCustom = draft !== undefined && !presetIdOf(draft) && !sameCadence(draft, contact.cadence);
  return (
    <div className="quick-form">
      {offered && draft === undefined && (
        <button type="button" className="primary" disabled={busy} onClick={() => change(offered)}>
          {t('cadenceKeepInTouch', cadenceLabel(offered))}
        </button>
      )}
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

function useDefaultCadence(wanted: boolean): Cadence | undefined {
  const [cadence, setCadence] = useState<Cadence>();
  useEffect(() => {
    if (!wanted) return;
    let active = true;
    callBackground('settings.get', {}).then(
      (settings) => active && setCadence(defaultCadence(settings)),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [wanted]);
  return cadence;
}
