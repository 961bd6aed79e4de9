import type { DBSchema } from 'idb';
import type { Agreement, AgreementStatus, CalendarDate, Contact, Interaction, Organisation, Timestamp } from '../domain/model';
import type { Settings } from '../domain/settings';
import type { ColdContactsShard } from '../cold/cold-contacts';
import type { StoredContactTimes } from '../cold/contact-times';
import type { SyncMetaEntry } from './sync-meta';
import type { FirstScreenEntry } from './cold-first-screen';

export const DB_NAME = 'rapport';
export const DB_VERSION = 9;

export interface RapportDB extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: {
      byEmail: string;
      byLinkedinSlug: string;
      byNextFollowUp: CalendarDate;
      byUpdatedAt: Timestamp;
      byImportBatch: string;
      byOrganisation: string;
      /**
       * Since version 9: an organisation page names its people and finds those contacted last from these keys alone,
       * without reading every record (`organisation-people.ts`). Contacts without an organisation are not in them.
       */
      byOrganisationName: [string, string];
      byOrganisationLastContact: [string, Timestamp];
      /** Since version 5, multiEntry: one entry per tag, per kind, per important date's next reminder. */
      byTag: string;
      byKind: string;
      byDateRemindFrom: string;
      byDateOccursOn: string;
    };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: {
      byContactAt: [string, Timestamp];
      bySourceKey: string;
      byImportBatch: string;
    };
  };
  agreements: {
    key: string;
    value: Agreement;
    indexes: {
      byStatusDue: [AgreementStatus, CalendarDate];
      byContact: string;
      byOrganisation: string;
    };
  };
  organisations: {
    key: string;
    value: Organisation;
    indexes: {
      byNameKey: string;
      byDomain: string;
    };
  };
  settings: {
    key: 'app';
    value: Settings;
  };
  /**
   * Derived from `interactions` on this device (version 3): when each contact was in touch, in 64 shards,
   * written in the same transaction as every interaction write (`contact-times.ts`). Never synced or
   * backed up: it is rebuilt from the interactions. Columns since version 7.
   */
  contactTimes: {
    key: number;
    value: StoredContactTimes;
  };
  /**
   * Derived from `contacts` on this device (version 7): what the going-cold view shows of each contact with a
   * follow-up, in the same 64 shards, written in the same transaction as every contact write
   * (`cold-contacts.ts`). Never synced or backed up.
   */
  coldContacts: {
    key: number;
    value: ColdContactsShard;
  };
  /**
   * Derived (version 8): the going-cold view's first screen as last computed, for the day and time zone it was
   * computed in, and the stamp every write to `coldContacts` or `contactTimes` renews in its own transaction, which
   * drops the first screen there too (`cold-first-screen.ts`). Never synced or backed up.
   */
  firstScreens: {
    key: string;
    value: FirstScreenEntry;
  };
  /** Sync bookkeeping per bundle (field stamps, pending mark), written in the same transaction as the records. */
  syncMeta: {
    key: string;
    value: SyncMetaEntry;
    indexes: { byPending: number };
  };
}
