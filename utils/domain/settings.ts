import type { Cadence, ContactKind, Formality, Language } from './model';

export interface Settings {
  userName: string;
  signature: string;
  /** The user's own addresses besides the signed-in Gmail account, to tell them from the other side. */
  ownEmails: string[];
  /** The user's own LinkedIn profile (its slug): their own page is never a contact. */
  ownLinkedinSlug?: string;
  defaultLanguage: Language;
  defaultFormality: Formality;
  /** Cadence offered for contacts the user chooses to keep in touch with. */
  defaultCadence?: Cadence;
  /** Quieter cadence when a contact has no open agreements; unset = off. */
  betweenProjectsCadence?: Cadence;
  /**
   * The rhythm of each kind of relationship, for contacts of that kind without a rhythm of their own
   * (the most frequent of a contact's kinds applies). A kind left out has none.
   */
  kindCadences: Partial<Record<ContactKind, Cadence>>;
  autoLogGmail: boolean;
  /** Log the metadata of LinkedIn messages with known contacts (who, direction, when). */
  autoLogLinkedIn: boolean;
  dailyNotification: boolean;
}

export const DEFAULT_KIND_CADENCES: Readonly<Partial<Record<ContactKind, Cadence>>> = {
  client: { unit: 'months', count: 1 },
  prospect: { unit: 'days', count: 14 },
  partner: { unit: 'months', count: 3 },
  'former-client': { unit: 'months', count: 6 },
};

export const DEFAULT_SETTINGS: Settings = {
  userName: '',
  signature: '',
  ownEmails: [],
  defaultLanguage: 'de',
  defaultFormality: 'sie',
  defaultCadence: { unit: 'months', count: 1 },
  kindCadences: { ...DEFAULT_KIND_CADENCES },
  autoLogGmail: true,
  autoLogLinkedIn: true,
  dailyNotification: false,
};
