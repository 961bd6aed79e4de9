import type { Agreement, AgreementKind, Contact, Interaction } from '../domain/model';
import type { DraftColleague, DraftContextData } from '../messaging/requests/drafts';
import type { RapportDatabase } from './open';

/** Enough history for every placeholder: the call, the last contact and its topic, the first contact. */
const LATEST_INTERACTIONS = 50;
const MAX_COLLEAGUES = 5;
const STANDING_KINDS: ReadonlySet<AgreementKind> = new Set(['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded']);

/** Everything a draft for this contact may mention, read in one transaction; undefined for an unknown contact. */
export async function readDraftContext(db: RapportDatabase, contactId: string): Promise<DraftContextData | undefined> {
  const tx = db.transaction(['contacts', 'agreements', 'interactions']);
  const contact = await tx.objectStore('contacts').get(contactId);
  if (!contact) return undefined;
  const agreementsByContact = tx.objectStore('agreements').index('byContact');
  const agreements = await agreementsByContact.getAll(contactId);

  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  const byContactAt = tx.objectStore('interactions').index('byContactAt');
  const interactions: Interaction[] = [];
  let cursor = await byContactAt.openCursor(range, 'prev');
  while (cursor && interactions.length < LATEST_INTERACTIONS) {
    interactions.push(cursor.value);
    cursor = await cursor.continue();
  }
  if (cursor) {
    const first = await byContactAt.openCursor(range, 'next');
    if (first) interactions.push(first.value);
  }

  const company = companyKey(contact.company);
  const colleagues: DraftColleague[] = [];
  if (company) {
    const sameCompany = (await tx.objectStore('contacts').getAll())
      .filter((other) => other.id !== contact.id && companyKey(other.company) === company)
      .sort((a, b) => (b.lastContactAt ?? 0) - (a.lastContactAt ?? 0))
      .slice(0, MAX_COLLEAGUES);
    for (const colleague of sameCompany) {
      colleagues.push(colleagueOf(colleague, await agreementsByContact.getAll(colleague.id)));
    }
  }
  await tx.done;
  return { contact, agreements, interactions, colleagues };
}

function colleagueOf(contact: Contact, agreements: Agreement[]): DraftColleague {
  const stillMatter = agreements.filter((agreement) =>
    STANDING_KINDS.has(agreement.kind) ? agreement.status !== 'cancelled' : agreement.status === 'open',
  );
  return {
    displayName: contact.displayName,
    ...(contact.lastContactAt !== undefined ? { lastContactAt: contact.lastContactAt } : {}),
    agreements: stillMatter,
  };
}

/** `Müller & Partner GmbH` and ` müller &  partner gmbh ` are the same company. */
export function companyKey(company: string | undefined): string {
  return (company ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
