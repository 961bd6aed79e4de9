import { restoreBackup } from '../db/backup-restore';
import { setContactIdentities } from '../db/contact-identities';
import { deleteContact, restoreDeletedContact } from '../db/delete-contact';
import { applyImport } from '../db/import-apply';
import { mergeContacts, type MergeLabels } from '../db/merge-contacts';
import { saveSettings, type SettingsChange } from '../db/settings-apply';
import { t } from '../i18n';
import { formalityLabel, languageLabel } from '../ui/language-label';
import type { OPTIONS_REQUESTS, OptionsOutputs } from '../messaging/requests/options';
import { replaceUserTemplates } from '../drafts-store';
import { parseBackup } from '../transfer/backup-json';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export function createOptionsHandlers(deps: HandlerDeps): FeatureHandlers<typeof OPTIONS_REQUESTS, OptionsOutputs> {
  const writing = writer(deps);

  return {
    async 'import.apply'(plan) {
      return writing((database) => applyImport(database, plan));
    },
    async 'backup.restore'({ text, mode }) {
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { templates } = parsed.backup;
      return writing(async (database) => {
        const counts = await restoreBackup(database, parsed.backup, mode);
        // A backup from before templates were saved leaves the user's templates as they are.
        if (templates !== undefined) await replaceUserTemplates(templates);
        return counts;
      });
    },
    async 'contacts.merge'({ keepId, mergeId }) {
      const { contact } = await writing((database) => mergeContacts(database, keepId, mergeId, mergeLabels()));
      return contact;
    },
    async 'contact.delete'({ contactId }) {
      return writing((database) => deleteContact(database, contactId));
    },
    async 'contact.undoDelete'(deleted) {
      return writing((database) => restoreDeletedContact(database, deleted));
    },
    async 'contact.setIdentities'({ contactId, emails, linkedin }) {
      return writing((database) => setContactIdentities(database, contactId, { emails, linkedin }));
    },
    async 'settings.save'(input) {
      const { betweenProjectsCadence, ownLinkedinSlug, ...rest } = input;
      const change: SettingsChange = { ...rest };
      if (betweenProjectsCadence !== undefined) change.betweenProjectsCadence = betweenProjectsCadence ?? undefined;
      if (ownLinkedinSlug !== undefined) change.ownLinkedinSlug = ownLinkedinSlug?.toLowerCase() ?? undefined;
      return writing((database) => saveSettings(database, change));
    },
  };
}

/** The notes a merge writes are read by the user, in the user's language. */
export function mergeLabels(): MergeLabels {
  return {
    mergedFrom: (name) => t('optMergedFrom', name),
    company: t('optFieldCompany'),
    role: t('optFieldRole'),
    headline: t('optFieldHeadline'),
    location: t('optFieldLocation'),
    linkedin: 'LinkedIn',
    language: t('optFieldLanguage'),
    formality: t('optFieldFormality'),
    valueOf: (value) => (value === 'de' || value === 'en' ? languageLabel(value) : formalityLabel(value)),
  };
}
