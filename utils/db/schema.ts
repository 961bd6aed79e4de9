import type { DBSchema } from 'idb';
import type { Agreement, AgreementStatus, CalendarDate, Contact, Interaction, Timestamp } from '../domain/model';
import type { Settings } from '../domain/settings';

export const DB_NAME = 'rapport';
export const DB_VERSION = 2;

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
    };
  };
  settings: {
    key: 'app';
    value: Settings;
  };
}
