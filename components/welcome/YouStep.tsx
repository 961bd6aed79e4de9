import { useState } from 'react';
import { normaliseEmail } from '../../utils/domain/identity';
import { t } from '../../utils/i18n';
import { ownProfileSlug } from '../../utils/sites/linkedin/own-profile';
import { StepActions, StepField, StepProblem, type StepProps } from './step-parts';
import { useSaveSettings } from './use-save-settings';

export function YouStep({ next }: StepProps) {
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [profile, setProfile] = useState('');
  const { save, busy, problem } = useSaveSettings(next);
  const lines = emails.split(/[\n,;]+/).map((line) => line.trim()).filter(Boolean);
  const invalidEmails = lines.filter((line) => !normaliseEmail(line));
  const slug = ownProfileSlug(profile);
  const invalidProfile = profile.trim() !== '' && slug === undefined;
  const submit = () => {
    if (invalidEmails.length > 0 || invalidProfile) return;
    void save({
      ...(name.trim() ? { userName: name.trim() } : {}),
      ownEmails: lines.map(normaliseEmail),
      ...(slug ? { ownLinkedinSlug: slug } : {}),
    });
  };
  return (
    <>
      <p>{t('welcomeYouIntro')}</p>
      <StepField label={t('optSettingsName')}>
        {(id) => <input id={id} value={name} maxLength={200} autoComplete="name" onChange={(event) => setName(event.target.value)} />}
      </StepField>
      <StepField label={t('welcomeOwnEmails')} hint={t('welcomeOwnEmailsHint')}>
        {(id, hintId) => (
          <textarea
            id={id}
            rows={3}
            value={emails}
            aria-invalid={invalidEmails.length > 0}
            aria-describedby={hintId}
            onChange={(event) => setEmails(event.target.value)}
          />
        )}
      </StepField>
      {invalidEmails.length > 0 && <p role="alert">{t('optSettingsInvalidEmails', invalidEmails.join(', '))}</p>}
      <StepField label={t('welcomeOwnProfile')} hint={t('welcomeOwnProfileHint')}>
        {(id, hintId) => (
          <input
            id={id}
            type="url"
            value={profile}
            placeholder="https://www.linkedin.com/in/…"
            aria-invalid={invalidProfile}
            aria-describedby={hintId}
            onChange={(event) => setProfile(event.target.value)}
          />
        )}
      </StepField>
      {invalidProfile && <p role="alert">{t('welcomeOwnProfileInvalid')}</p>}
      <StepProblem message={problem} />
      <StepActions next={next} busy={busy} onSave={submit} />
    </>
  );
}
