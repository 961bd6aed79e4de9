import { buildDraftContext, type DraftContext, type DraftUser } from '../../../utils/drafts';
import type { Agreement, CalendarDate, Contact, Formality, Interaction, Language } from '../../../utils/domain/model';
import { addDays, addMonths } from '../../../utils/schedule/calendar';

interface Sample {
  contact: Pick<Contact, 'displayName' | 'company' | 'role' | 'salutation'>;
  user: Required<DraftUser>;
  predecessor: string;
  callSummary: string;
  firstTopic: string;
  project: string;
  agreements: { kind: Agreement['kind']; text: string; dueInDays?: number; fromCall?: boolean; status?: Agreement['status'] }[];
}

/** A contact with every placeholder filled, one per language, for the template editor's preview. */
const SAMPLES: Record<Language, Sample> = {
  de: {
    contact: { displayName: 'Anna Müller', company: 'Bäckerei Sonnenschein GmbH', role: 'Marketingleitung', salutation: 'frau' },
    user: { name: 'Max Mustermann', signature: 'Max Mustermann\nMustermann Design' },
    predecessor: 'Jonas Weber',
    callSummary: 'Relaunch der Website: Zeitplan und Budget',
    firstTopic: 'Erste Anfrage zum Relaunch',
    project: 'Relaunch der Website',
    agreements: [
      { kind: 'deadline', text: 'Entwurf Startseite', dueInDays: 10, fromCall: true },
      { kind: 'promise', text: 'Bildrechte klären', fromCall: true },
      { kind: 'payment-terms', text: '14 Tage netto' },
      { kind: 'rescheduling-rule', text: 'Verschiebungen bis 48 Stunden vorher sind kostenfrei' },
      { kind: 'invoice', text: 'Rechnung 2026-031 über 2.400 €', dueInDays: -14 },
      { kind: 'deadline', text: 'Logo-Überarbeitung', status: 'done' },
    ],
  },
  en: {
    contact: { displayName: 'Emma Clarke', company: 'Northwind Studio Ltd', role: 'Head of Marketing', salutation: 'frau' },
    user: { name: 'Alex Morgan', signature: 'Alex Morgan\nMorgan Design' },
    predecessor: 'James Wright',
    callSummary: 'Website relaunch: timeline and budget',
    firstTopic: 'First enquiry about the relaunch',
    project: 'Website relaunch',
    agreements: [
      { kind: 'deadline', text: 'Home page draft', dueInDays: 10, fromCall: true },
      { kind: 'promise', text: 'Clear the image rights', fromCall: true },
      { kind: 'payment-terms', text: '14 days net' },
      { kind: 'rescheduling-rule', text: 'Moving a date up to 48 hours ahead is free' },
      { kind: 'invoice', text: 'Invoice 2026-031 for £2,000', dueInDays: -14 },
      { kind: 'deadline', text: 'Logo refresh', status: 'done' },
    ],
  },
};

export function sampleName(language: Language): string {
  return SAMPLES[language].contact.displayName;
}

/** The sample contact's draft values; the user's own name and signature when set. */
export function sampleDraftContext(language: Language, formality: Formality, today: CalendarDate, user: DraftUser = {}): DraftContext {
  const sample = SAMPLES[language];
  const noon = (date: CalendarDate) => Date.parse(`${date}T12:00:00Z`);
  const contactId = 'sample';
  const callId = 'sample-call';
  const interactions: Interaction[] = [
    { id: 'sample-first', contactId, at: noon(addDays(today, -400)), channel: 'email', direction: 'inbound', summary: sample.firstTopic, createdAt: 0 },
    { id: callId, contactId, at: noon(addDays(today, -1)), channel: 'call', direction: 'mutual', summary: sample.callSummary, createdAt: 0 },
  ];
  const agreements: Agreement[] = sample.agreements.map((agreement, index) => ({
    id: `sample-${index}`,
    contactId,
    kind: agreement.kind,
    text: agreement.text,
    status: agreement.status ?? 'open',
    ...(agreement.dueInDays !== undefined ? { dueDate: addDays(today, agreement.dueInDays) } : {}),
    ...(agreement.fromCall ? { interactionId: callId } : {}),
    createdAt: index,
    updatedAt: index,
  }));
  return buildDraftContext({
    contact: {
      id: contactId,
      emails: [],
      language,
      formality,
      createdAt: 0,
      updatedAt: 0,
      ...sample.contact,
      importantDates: [
        { id: 'sample-since', kind: 'anniversary', date: addMonths(today, -36), remindDaysBefore: 0 },
        { id: 'sample-project', kind: 'project', date: addDays(today, -1), label: sample.project, remindDaysBefore: 0 },
      ],
    },
    agreements,
    interactions,
    user: { name: user.name || sample.user.name, signature: user.signature || (user.name ? '' : sample.user.signature) },
    today,
    language,
    timeZone: 'UTC',
    focus: { previousDate: addDays(today, 3), predecessorName: sample.predecessor },
  });
}
