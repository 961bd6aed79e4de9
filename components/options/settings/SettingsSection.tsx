import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { readSettings } from '../../../utils/db/settings-repo';
import { normaliseEmail } from '../../../utils/domain/identity';
import type { Formality, Language } from '../../../utils/domain/model';
import type { Settings } from '../../../utils/domain/settings';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import type { RequestInput } from '../../../utils/messaging/protocol';
import { defaultCadence } from '../../../utils/schedule/cadence';
import { CadencePicker } from '../../shared/CadencePicker';
import { LoadProblem } from '../shared/LoadProblem';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';
import { askForNotifications, notificationsAllowed } from './notification-permission';
import { ownProfileSlug } from '../../../utils/sites/linkedin/own-profile';
import { linkedinProfileUrl } from '../../../utils/domain/identity';
import { FormalityOptions, LanguageOptions } from '../../shared/LanguageOptions';
import { DisplayPlaceChoice } from '../../shared/DisplayPlaceChoice';
import { KindRhythmsFieldset } from './KindRhythmsFieldset';

export function SettingsSection() {
  const id = useId();
  const read = useDatabaseRead(readSettings, 'app');
  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (read.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('optNavSettings')}</h2>
      <SettingsForm settings={read.value} />
      <section aria-labelledby={`${id}-places`} className="form">
        <h3 id={`${id}-places`}>{t('panelPlaceTitle')}</h3>
        <DisplayPlaceChoice />
      </section>
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const id = useId();
  // Only touched fields are held here; the rest always shows the stored settings.
  const [edits, setEdits] = useState<Partial<Settings>>({});
  const [editedEmails, setEmailsText] = useState<string | undefined>(undefined);
  const draft: Settings = { ...settings, ...edits };
  const emailsText = editedEmails ?? settings.ownEmails.join('\n');
  const [editedProfile, setProfileText] = useState<string | undefined>(undefined);
  const profileText = editedProfile ?? (settings.ownLinkedinSlug ? linkedinProfileUrl(settings.ownLinkedinSlug) : '');
  const ownSlug = ownProfileSlug(profileText);
  const invalidProfile = profileText.trim() !== '' && ownSlug === undefined;
  const saving = useAction((change: RequestInput<'settings.save'>) => callBackground('settings.save', change));
  const set = <K extends keyof Settings>(field: K, value: Settings[K]) => setEdits((current) => ({ ...current, [field]: value }));
  const emailLines = emailsText.split(/[\n,;]+/).map((line) => line.trim()).filter(Boolean);
  const invalidEmails = emailLines.filter((line) => !normaliseEmail(line));
  const [notificationsRefused, setNotificationsRefused] = useState(false);
  useEffect(() => {
    if (!settings.dailyNotification) return;
    let active = true;
    void notificationsAllowed().then((allowed) => active && setNotificationsRefused(!allowed));
    return () => {
      active = false;
    };
  }, [settings.dailyNotification]);
  const toggleDailyNotification = (on: boolean) => {
    setNotificationsRefused(false);
    if (!on) return set('dailyNotification', false);
    void askForNotifications().then((granted) => {
      set('dailyNotification', granted);
      setNotificationsRefused(!granted);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalidEmails.length > 0 || invalidProfile) return;
    const saved = await saving.run({
      userName: draft.userName,
      signature: draft.signature,
      ownEmails: emailLines.map(normaliseEmail),
      ownLinkedinSlug: ownSlug ?? null,
      defaultLanguage: draft.defaultLanguage,
      defaultFormality: draft.defaultFormality,
      defaultCadence: defaultCadence(draft),
      betweenProjectsCadence: draft.betweenProjectsCadence ?? null,
      kindCadences: draft.kindCadences,
      autoLogGmail: draft.autoLogGmail,
      autoLogLinkedIn: draft.autoLogLinkedIn,
      dailyNotification: draft.dailyNotification,
    });
    if (saved) {
      setEdits({});
      setEmailsText(undefined);
      setProfileText(undefined);
    }
  };

  return (
    <form className="form settings" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('optSettingsYou')}</legend>
        <Field id={`${id}-name`} label={t('optSettingsName')}>
          <input id={`${id}-name`} value={draft.userName} maxLength={200} autoComplete="name" onChange={(event) => set('userName', event.target.value)} />
        </Field>
        <Field id={`${id}-signature`} label={t('optSettingsSignature')}>
          <textarea id={`${id}-signature`} rows={4} maxLength={5000} value={draft.signature} onChange={(event) => set('signature', event.target.value)} />
        </Field>
        <Field id={`${id}-emails`} label={t('optSettingsOwnEmails')} hint={t('optSettingsOwnEmailsHint')}>
          <textarea
            id={`${id}-emails`}
            rows={3}
            value={emailsText}
            aria-invalid={invalidEmails.length > 0}
            aria-describedby={`${id}-emails-hint`}
            onChange={(event) => setEmailsText(event.target.value)}
          />
        </Field>
        {invalidEmails.length > 0 && <p role="alert">{t('optSettingsInvalidEmails', invalidEmails.join(', '))}</p>}
        <Field id={`${id}-own-profile`} label={t('welcomeOwnProfile')} hint={t('welcomeOwnProfileHint')}>
          <input
            id={`${id}-own-profile`}
            type="url"
            value={profileText}
            aria-invalid={invalidProfile}
            aria-describedby={`${id}-own-profile-hint`}
            placeholder="https://www.linkedin.com/in/…"
            onChange={(event) => setProfileText(event.target.value)}
          />
        </Field>
        {invalidProfile && <p role="alert">{t('welcomeOwnProfileInvalid')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('optSettingsNewContacts')}</legend>
        <Field id={`${id}-language`} label={t('optSettingsLanguage')}>
          <select id={`${id}-language`} value={draft.defaultLanguage} onChange={(event) => set('defaultLanguage', event.target.value as Language)}>
            <LanguageOptions />
          </select>
        </Field>
        <Field id={`${id}-formality`} label={t('optSettingsFormality')}>
          <select id={`${id}-formality`} value={draft.defaultFormality} onChange={(event) => set('defaultFormality', event.target.value as Formality)}>
            <FormalityOptions />
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('optSettingsRhythm')}</legend>
        <CadencePicker
          label={t('optSettingsDefaultCadence')}
          value={defaultCadence(draft)}
          hint={t('optSettingsDefaultCadenceHint')}
          onChange={(cadence) => set('defaultCadence', cadence)}
        />
        <CadencePicker
          label={t('optSettingsBetweenProjects')}
          value={draft.betweenProjectsCadence}
          noneLabel={t('optSettingsBetweenProjectsOff')}
          hint={t('optSettingsBetweenProjectsHint')}
          onChange={(cadence) => set('betweenProjectsCadence', cadence)}
        />
      </fieldset>
      <KindRhythmsFieldset value={draft.kindCadences} onChange={(kindCadences) => set('kindCadences', kindCadences)} />
      <fieldset>
        <legend>{t('optSettingsAutomation')}</legend>
        <Check id={`${id}-autolog`} checked={draft.autoLogGmail} onChange={(value) => set('autoLogGmail', value)} label={t('optSettingsAutoLog')} hint={t('optSettingsAutoLogHint')} />
        <Check id={`${id}-autolog-linkedin`} checked={draft.autoLogLinkedIn} onChange={(value) => set('autoLogLinkedIn', value)} label={t('historyLinkedInSetting')} hint={t('historyLinkedInSettingHint')} />
        <Check
          id={`${id}-notify`}
          checked={draft.dailyNotification && !notificationsRefused}
          onChange={toggleDailyNotification}
          label={t('optSettingsNotify')}
          hint={t('optSettingsNotifyHint')}
        />
        {notificationsRefused && (
          <p role="alert" className="subtle">
            {t('optSettingsNotifyRefused')}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.state.status === 'busy'}>
          {t('optSaveSettings')}
        </button>
        <span role="status" className="subtle">
          {saving.state.status === 'done' &&
            (saving.state.value.rescheduled > 0 ? t('optSettingsSavedRescheduled', String(saving.state.value.rescheduled)) : t('optSaved'))}
        </span>
      </div>
      {saving.state.status === 'failed' && <p role="alert">{t('optActionFailed', saving.state.message)}</p>}
    </form>
  );
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="subtle hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function Check({ id, label, hint, checked, onChange }: { id: string; label: string; hint: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <div className="field check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="subtle hint">
        {hint}
      </p>
    </div>
  );
}
