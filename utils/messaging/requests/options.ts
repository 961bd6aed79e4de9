import * as v from 'valibot';
import { CONTACT_KINDS, type Contact, type ContactKind } from '../../domain/model';
import type { Settings } from '../../domain/settings';
import type { IdentitiesResult } from '../../db/contact-identities';
import type { DeletedContact } from '../../db/delete-contact';
import type { ImportApplyResult } from '../../db/import-apply';
import type { RestoreCounts } from '../../db/backup-restore';
import { AgreementSchema, ContactSchema, InteractionSchema } from '../../transfer/backup-schema';
import { CadenceSchema, emails, id, importedDates, tags, text } from './fields';
import type { RequestTable } from './table';

/** The options page: import, restore, merge, delete with undo, identities and settings. */

/** The most people one import may create or merge. */
export const MAX_IMPORT_PEOPLE = 50_000;
/** A backup travels as text (the background parses and validates it again); Chrome carries messages up to 64 MiB. */
export const MAX_BACKUP_CHARACTERS = 60 * 1024 * 1024;
const MAX_OWNED_RECORDS = 100_000;
/** A person folded from many rows of a file may carry more addresses than one typed in by hand. */
const importedEmails = v.pipe(v.array(text(320)), v.maxLength(1000));

const ImportDraftSchema = v.object({
  displayName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  emails: importedEmails,
  linkedinSlug: v.optional(text(200)),
  company: v.optional(text(500)),
  role: v.optional(text(500)),
  notes: v.optional(text(20_000)),
  cadence: v.optional(CadenceSchema),
  tags: v.optional(tags),
  importantDates: v.optional(importedDates),
});

const ImportMergeSchema = v.object({
  contactId: id,
  adds: v.object({
    emails: importedEmails,
    linkedinSlug: v.optional(text(200)),
    company: v.optional(text(500)),
    role: v.optional(text(500)),
    notes: v.optional(text(20_000)),
    tags: v.optional(tags),
    importantDates: v.optional(importedDates),
  }),
});

const ImportApplySchema = v.pipe(
  v.object({
    create: v.pipe(v.array(ImportDraftSchema), v.maxLength(MAX_IMPORT_PEOPLE)),
    merge: v.pipe(v.array(ImportMergeSchema), v.maxLength(MAX_IMPORT_PEOPLE)),
  }),
  v.check((plan) => plan.create.length + plan.merge.length <= MAX_IMPORT_PEOPLE, `An import holds at most ${MAX_IMPORT_PEOPLE} people.`),
);

const DeletedContactSchema = v.object({
  contact: ContactSchema,
  interactions: v.pipe(v.array(InteractionSchema), v.maxLength(MAX_OWNED_RECORDS)),
  agreements: v.pipe(v.array(AgreementSchema), v.maxLength(MAX_OWNED_RECORDS)),
});

type KindCadenceEntries = Record<ContactKind, v.OptionalSchema<typeof CadenceSchema, undefined>>;

const SettingsChangeSchema = v.object({
  userName: v.optional(text(200)),
  signature: v.optional(text(5000)),
  ownEmails: v.optional(emails),
  /** null: the user has no LinkedIn profile of their own set. */
  ownLinkedinSlug: v.optional(v.nullable(v.pipe(text(200), v.trim(), v.minLength(1)))),
  defaultLanguage: v.optional(v.picklist(['de', 'en'])),
  defaultFormality: v.optional(v.picklist(['du', 'sie'])),
  defaultCadence: v.optional(CadenceSchema),
  /** null turns the between-projects cadence off. */
  betweenProjectsCadence: v.optional(v.nullable(CadenceSchema)),
  /** A kind left out has no rhythm. */
  kindCadences: v.optional(v.object(Object.fromEntries(CONTACT_KINDS.map((kind) => [kind, v.optional(CadenceSchema)])) as KindCadenceEntries)),
  autoLogGmail: v.optional(v.boolean()),
  autoLogLinkedIn: v.optional(v.boolean()),
  dailyNotification: v.optional(v.boolean()),
});

export const OPTIONS_REQUESTS = {
  'import.apply': { from: ['extension-page'], input: ImportApplySchema },
  'backup.restore': {
    from: ['extension-page'],
    input: v.object({ text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARACTERS)), mode: v.picklist(['into-empty', 'replace']) }),
  },
  'contacts.merge': {
    from: ['extension-page'],
    input: v.pipe(
      v.object({ keepId: id, mergeId: id }),
      v.check(({ keepId, mergeId }) => keepId !== mergeId, 'A contact cannot be merged with itself.'),
    ),
  },
  'contact.delete': { from: ['extension-page'], input: v.object({ contactId: id }) },
  'contact.undoDelete': { from: ['extension-page'], input: DeletedContactSchema },
  'contact.setIdentities': {
    from: ['extension-page'],
    input: v.object({ contactId: id, emails, linkedin: v.optional(text(500)) }),
  },
  'settings.save': { from: ['extension-page'], input: SettingsChangeSchema },
} as const satisfies RequestTable;

export interface OptionsOutputs {
  'import.apply': ImportApplyResult;
  'backup.restore': RestoreCounts;
  'contacts.merge': Contact;
  'contact.delete': DeletedContact;
  'contact.undoDelete': Contact;
  'contact.setIdentities': IdentitiesResult;
  'settings.save': { settings: Settings; rescheduled: number };
}
