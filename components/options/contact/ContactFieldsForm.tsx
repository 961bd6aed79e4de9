import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Cadence, Contact, ContactKind, Formality, Language, Salutation } from '../../../utils/domain/model';
import { tagsFromText } from '../../../utils/domain/tags';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import type { RequestInput } from '../../../utils/messaging/protocol';
import { CadencePicker } from '../../shared/CadencePicker';
import { useAction } from '../shared/use-action';
import { FormalityOptions, LanguageOptions } from '../../shared/LanguageOptions';
import { KindsAndTagsFields } from './KindsAndTagsFields';

type Patch = RequestInput<'contact.update'>['patch'];
type BetweenProjects = Contact['betweenProjectsCadence'];

interface Draft {
  displayName: string;
  company: string;
  role: string;
  headline: string;
  location: string;
  language: Language;
  formality: Formality;
  salutation: Salutation | '';
  notes: string;
  cadence: Cadence | undefined;
  betweenProjectsCadence: BetweenProjects;
  kinds: ContactKind[];
  tagsText: string;
}

function draftOf(contact: Contact): Draft {
  return {
    displayName: contact.displayName,
    company: contact.company ?? '',
    role: contact.role ?? '',
    headline: contact.headline ?? '',
    location: contact.location ?? '',
    language: contact.language,
    formality: contact.formality,
    salutation: contact.salutation ?? '',
    notes: contact.notes ?? '',
    cadence: contact.cadence,
    betweenProjectsCadence: contact.betweenProjectsCadence,
    kinds: contact.kinds ?? [],
    tagsText: (contact.tags ?? []).join(', '),
  };
}

const TEXT_FIELDS = ['displayName', 'company', 'role', 'headline', 'location', 'notes'] as const;

/** Only what the user changed is sent, so a change made meanwhile elsewhere (the sidebar) is not undone. */
function patchOf(before: Draft, after: Draft): Patch {
  const patch: Patch = {};
  for (const field of TEXT_FIELDS) if (after[field] !== before[field]) patch[field] = after[field];
  if (after.language !== before.language) patch.language = after.language;
  if (after.formality !== before.formality) patch.formality = after.formality;
  if (after.salutation !== before.salutation && after.salutation) patch.salutation = after.salutation;
  if (JSON.stringify(after.cadence) !== JSON.stringify(before.cadence)) patch.cadence = after.cadence ?? null;
  if (JSON.stringify(after.betweenProjectsCadence) !== JSON.stringify(before.betweenProjectsCadence)) {
    patch.betweenProjectsCadence = after.betweenProjectsCadence ?? null;
  }
  if (after.kinds.join() !== before.kinds.join()) patch.kinds = after.kinds;
  const tags = tagsFromText(after.tagsText);
  if (tags.join('\n') !== tagsFromText(before.tagsText).join('\n')) patch.tags = tags;
  return patch;
}

export function ContactFieldsForm({ contact }: { contact: Contact }) {
  const id = useId();
  // Only touched fields are held here; the rest always shows the stored contact.
  const [edits, setEdits] = useState<Partial<Draft>>({});
  const stored = draftOf(contact);
  const draft: Draft = { ...stored, ...edits };
  const saving = useAction((patch: Patch) => callBackground('contact.update', { contactId: contact.id, patch }));
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setEdits((current) => ({ ...current, [field]: value }));
  const patch = patchOf(stored, draft);
  const changed = Object.keys(patch).length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (changed && (await saving.run(patch))) setEdits({});
  };

  const text = (field: (typeof TEXT_FIELDS)[number], label: string, extra: { required?: boolean; maxLength: number }) => (
    <Field id={`${id}-${field}`} label={label}>
      <input id={`${id}-${field}`} value={draft[field]} onChange={(event) => set(field, event.target.value)} {...extra} />
    </Field>
  );

  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('optDetails')}</h3>
      {text('displayName', t('optFieldName'), { required: true, maxLength: 500 })}
      {text('company', t('optFieldCompany'), { maxLength: 500 })}
      {text('role', t('optFieldRole'), { maxLength: 500 })}
      {text('headline', t('optFieldHeadline'), { maxLength: 2000 })}
      {text('location', t('optFieldLocation'), { maxLength: 500 })}
      <Field id={`${id}-language`} label={t('optFieldLanguage')}>
        <select id={`${id}-language`} value={draft.language} onChange={(event) => set('language', event.target.value as Language)}>
          <LanguageOptions />
        </select>
      </Field>
      <Field id={`${id}-formality`} label={t('optFieldFormality')}>
        <select id={`${id}-formality`} value={draft.formality} onChange={(event) => set('formality', event.target.value as Formality)}>
          <FormalityOptions />
        </select>
      </Field>
      <Field id={`${id}-salutation`} label={t('optFieldSalutation')}>
        <select id={`${id}-salutation`} value={draft.salutation} onChange={(event) => set('salutation', event.target.value as Salutation)}>
          {draft.salutation === '' && <option value="">{t('optSalutationUnset')}</option>}
          <option value="frau">{t('optSalutationFrau')}</option>
          <option value="herr">{t('optSalutationHerr')}</option>
          <option value="none">{t('optSalutationNone')}</option>
        </select>
      </Field>
      <KindsAndTagsFields
        kinds={draft.kinds}
        tagsText={draft.tagsText}
        onKinds={(kinds) => set('kinds', kinds)}
        onTagsText={(text) => set('tagsText', text)}
      />
      <CadencePicker label={t('cadenceSet')} value={draft.cadence} noneLabel={t('cadence_none')} onChange={(cadence) => set('cadence', cadence)} />
      <BetweenProjectsPicker value={draft.betweenProjectsCadence} onChange={(value) => set('betweenProjectsCadence', value)} />
      <Field id={`${id}-notes`} label={t('notes')}>
        <textarea id={`${id}-notes`} rows={5} maxLength={20_000} value={draft.notes} onChange={(event) => set('notes', event.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={!changed || saving.state.status === 'busy'}>
          {t('optSaveChanges')}
        </button>
        <span role="status" className="subtle">
          {saving.state.status === 'done' && t('optSaved')}
        </span>
      </div>
      {saving.state.status === 'failed' && <p role="alert">{t('optActionFailed', saving.state.message)}</p>}
    </form>
  );
}

const FOLLOW_SETTINGS = 'settings';
const REGULAR = 'regular';
const OWN = 'own';

function BetweenProjectsPicker({ value, onChange }: { value: BetweenProjects; onChange: (value: BetweenProjects) => void }) {
  const id = useId();
  const choice = value === undefined ? FOLLOW_SETTINGS : value === 'regular' ? REGULAR : OWN;
  return (
    <div className="field">
      <label htmlFor={`${id}-choice`}>{t('optBetweenProjects')}</label>
      <select
        id={`${id}-choice`}
        value={choice}
        onChange={(event) => {
          const next = event.target.value;
          onChange(next === FOLLOW_SETTINGS ? undefined : next === REGULAR ? 'regular' : { unit: 'months', count: 3 });
        }}
      >
        <option value={FOLLOW_SETTINGS}>{t('optBetweenProjectsSettings')}</option>
        <option value={REGULAR}>{t('optBetweenProjectsRegular')}</option>
        <option value={OWN}>{t('optBetweenProjectsOwn')}</option>
      </select>
      {typeof value === 'object' && <CadencePicker label={t('optBetweenProjectsOwnCadence')} value={value} onChange={(cadence) => onChange(cadence)} />}
    </div>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
