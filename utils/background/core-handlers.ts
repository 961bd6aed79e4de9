import { browser } from 'wxt/browser';
import { addAgreement, agreementsOf, updateAgreement, type AgreementPatch } from '../db/agreements-repo';
import { addContact, findContactByIdentity, getContact, updateContact, type ContactPatch } from '../db/contacts-repo';
import { logInteractions, recentInteractions } from '../db/interactions-repo';
import { findLinkedInPartners } from '../db/linkedin-partner';
import type { RapportDatabase } from '../db/open';
import { readSettings } from '../db/settings-repo';
import { readOrganisationBrief } from '../db/organisation-brief';
import { readChangedBy } from '../db/changed-by';
import { normaliseEmail } from '../domain/identity';
import type { Agreement, Contact } from '../domain/model';
import { todayIn } from '../schedule/calendar';
import { followUpCadenceOf } from '../schedule/cadence';
import { isAgreementOverdue } from '../schedule/follow-up';
import type { ContentCommand } from '../messaging/content-command';
import { OWN_PROFILE_REASON, type PageContext } from '../messaging/page-context';
import type { CORE_REQUESTS, ContactCard, CoreOutputs, DraftResult, SidebarSetup } from '../messaging/requests/core';
import { linkedinPageContext } from '../sites/linkedin/page-context';
import { readLinkedInProfile } from '../sites/linkedin/profile-reader';
import { sidebarSetupFor } from '../display/sidebar-setup';
import { writer, type HandlerDeps } from './handler-deps';
import { parseHtml } from './parse-html';
import type { FeatureHandlers } from './router';
import { rememberTabContext, tabContext } from './tab-contexts';
import { logLinkedInHistoryInTab } from './history-handlers';
import { logConversationInTab, logGmailConversation } from './gmail-autolog';

const RECENT_INTERACTIONS = 5;

export function createCoreHandlers({ db, changed }: HandlerDeps): FeatureHandlers<typeof CORE_REQUESTS, CoreOutputs> {
  const writing = writer({ db, changed });

  /** What the tab shows, for its sidebar and the side panel; a Gmail conversation is logged after the answer. */
  async function rememberPage(context: PageContext, tabId: number): Promise<void> {
    if (context.kind === 'profile') {
      const { ownLinkedinSlug } = await readSettings(await db());
      // The user's own profile is never a contact: the sidebar and the panel say whose page it is.
      const own = ownLinkedinSlug !== undefined && context.slug === ownLinkedinSlug;
      await rememberTabContext(tabId, own ? { site: 'linkedin', kind: 'none', url: context.url, reason: OWN_PROFILE_REASON } : context);
      return;
    }
    if (context.kind !== 'conversation') {
      await rememberTabContext(tabId, context);
      return;
    }
    const database = await db();
    const settings = await readSettings(database);
    // The page knows the signed-in account; only the settings know the user's other addresses.
    const own = new Set(settings.ownEmails.map(normaliseEmail));
    const conversation = { ...context, partners: context.partners.filter((partner) => !own.has(normaliseEmail(partner.email))) };
    await rememberTabContext(tabId, conversation);
    // The page's frame waits for the answer; the log does not need to be in before it shows.
    void (async () => {
      if ((await logGmailConversation(database, conversation, settings)) > 0) await changed();
    })().catch((error: unknown) => console.error('Rapport could not log this conversation', error));
  }

  async function answerPage(context: PageContext, tabId: number | undefined): Promise<SidebarSetup> {
    const [setup] = await Promise.all([sidebarSetupFor(context.site), tabId === undefined ? undefined : rememberPage(context, tabId)]);
    return setup;
  }

  return {
    async 'page.context'(context, { tabId }) {
      return answerPage(context, tabId);
    },
    async 'page.copy'({ url, html }, { tabId }) {
      const context = linkedinPageContext(readLinkedInProfile(parseHtml(html), url), url);
      return { setup: await answerPage(context, tabId), context };
    },
    async 'sidebar.state'(_input, { tabId }) {
      if (tabId === undefined) throw new Error('The sidebar is not inside a tab.');
      return { tabId, context: await tabContext(tabId) };
    },
    async 'contact.lookup'(identity) {
      const database = await db();
      const { linkedinName, ...known } = identity;
      let contact = await findContactByIdentity(database, known);
      if (!contact && linkedinName) [contact] = await findLinkedInPartners(database, [{ name: linkedinName }]);
      return contact ? contactCard(database, contact) : null;
    },
    async 'contact.card'({ contactId }) {
      const database = await db();
      const contact = await getContact(database, contactId);
      return contact ? contactCard(database, contact) : null;
    },
    async 'contact.add'(input, { tabId }) {
      return writing(async (database) => {
        const settings = await readSettings(database);
        const contact = await addContact(database, input, { language: settings.defaultLanguage, formality: settings.defaultFormality });
        if ((await logConversationInTab(database, tabId)) + (await logLinkedInHistoryInTab(database, tabId)) === 0) return contact;
        return (await getContact(database, contact.id)) ?? contact;
      });
    },
    async 'contact.update'({ contactId, patch }) {
      const { cadence, betweenProjectsCadence, snoozedUntil, ...rest } = patch;
      const contactPatch: ContactPatch = { ...rest };
      if (cadence !== undefined) contactPatch.cadence = cadence ?? undefined;
      if (betweenProjectsCadence !== undefined) contactPatch.betweenProjectsCadence = betweenProjectsCadence ?? undefined;
      if (snoozedUntil !== undefined) contactPatch.snoozedUntil = snoozedUntil ?? undefined;
      return writing((database) => updateContact(database, contactId, contactPatch));
    },
    async 'interaction.log'(input) {
      return writing((database) => logInteractions(database, [input]));
    },
    async 'agreement.add'(input) {
      return writing((database) => addAgreement(database, input));
    },
    async 'agreement.update'({ agreementId, patch }) {
      const { dueDate, paidOn, amount, currency, ...rest } = patch;
      const change: AgreementPatch = { ...rest };
      // null clears a field; undefined leaves it as it is.
      if (dueDate !== undefined) change.dueDate = dueDate ?? undefined;
      if (paidOn !== undefined) change.paidOn = paidOn ?? undefined;
      if (amount !== undefined) change.amount = amount ?? undefined;
      if (currency !== undefined) change.currency = currency ?? undefined;
      return writing((database) => updateAgreement(database, agreementId, change));
    },
    async 'draft.insert'(draft, { tabId }): Promise<DraftResult> {
      if (tabId === undefined) return { inserted: false, reason: 'no-tab' };
      const command: ContentCommand = { rapport: 1, command: 'draft.put', draft };
      const result = (await browser.tabs.sendMessage(tabId, command, { frameId: 0 }).catch(() => undefined)) as
        | DraftResult
        | undefined;
      return result ?? { inserted: false, reason: 'no-message-box' };
    },
    async 'settings.get'() {
      return readSettings(await db());
    },
    async 'tab.open'({ url }) {
      await browser.tabs.create({ url });
      return null;
    },
  };
}

async function contactCard(db: RapportDatabase, contact: Contact): Promise<ContactCard> {
  const [open, recent] = await Promise.all([
    agreementsOf(db, contact.id, 'open'),
    recentInteractions(db, contact.id, RECENT_INTERACTIONS),
  ]);
  const agreementSources: Record<string, string> = {};
  for (const agreement of open) {
    if (!agreement.interactionId) continue;
    const url = (await db.get('interactions', agreement.interactionId))?.sourceUrl;
    if (url?.startsWith('https://mail.google.com/')) agreementSources[agreement.id] = url;
  }
  const followUp = followUpCadenceOf(contact, open.length > 0, await readSettings(db));
  const organisation = await readOrganisationBrief(db, { contact });
  const changedBy = await readChangedBy(db, contact.id);
  return {
    contact,
    openAgreements: sortOverdueFirst(open, todayIn()),
    recentInteractions: recent,
    agreementSources,
    followUp,
    ...(organisation ? { organisation } : {}),
    ...(changedBy ? { changedBy } : {}),
  };
}

export function sortOverdueFirst(agreements: Agreement[], today: string): Agreement[] {
  const rank = (agreement: Agreement) => (isAgreementOverdue(agreement, today) ? 0 : agreement.dueDate ? 1 : 2);
  return [...agreements].sort(
    (a, b) => rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.createdAt - b.createdAt,
  );
}
