import { channelLabel } from '../../utils/ui/channel-label';
import type { ContactCard } from '../../utils/messaging/protocol';
import { t, uiLanguage } from '../../utils/i18n';
import { todayIn, calendarDateOf } from '../../utils/schedule/calendar';
import { followUpState } from '../../utils/schedule/follow-up';
import { formatDate, relativeDay } from '../../utils/ui/format';
import { cadenceLabel } from '../../utils/ui/cadence-label';
import { ContactMonthsStrip } from '../cold/ContactMonthsStrip';
import { DraftPanel } from '../drafts/DraftPanel';
import { justHadCall } from '../drafts/draft-situation';
import type { PagePerson } from '../../utils/ui/page-person';
import { AddAgreement } from './AddAgreement';
import { AgreementList } from './AgreementList';
import { CadenceControl } from './CadenceControl';
import { ChangeNotice } from './ChangeNotice';
import { OrganisationAgreed } from './OrganisationAgreed';
import { SnoozeControl } from './SnoozeControl';
import { InteractionList } from './InteractionList';
import { LogInteractionForm } from './LogInteractionForm';

/** LinkedIn shows another company than Rapport has, while agreements are open: time for a handover note. */
function companyChanged(card: ContactCard, person: PagePerson | undefined): boolean {
  const now = person?.pageFacts?.company;
  return Boolean(now && card.contact.company && now !== card.contact.company && card.openAgreements.length > 0);
}

function draftSituation(card: ContactCard, person: PagePerson | undefined) {
  if (companyChanged(card, person)) return { companyChanged: true };
  return card.organisation?.newContactPerson ? { newContactPerson: true } : undefined;
}

function followUpCadenceText({ contact, followUp }: ContactCard): string {
  const cadence = cadenceLabel(followUp?.cadence ?? contact.cadence);
  return followUp?.betweenProjects ? t('cadenceBetweenProjects', cadence) : cadence;
}

export function ContactCardView({ card, person }: { card: ContactCard; person?: PagePerson }) {
  const { contact } = card;
  const language = uiLanguage();
  const today = todayIn();
  const state = followUpState(contact, today);
  return (
    <article className="card" aria-labelledby="contact-name">
      <header>
        <h1 id="contact-name" className="name">
          {contact.displayName}
        </h1>
        {(contact.role || contact.company) && (
          <p className="subtle">{[contact.role, contact.company].filter(Boolean).join(' · ')}</p>
        )}
        {card.changedBy && (
          <p className="subtle" data-testid="changed-by">
            {t('syncChangedBy', [card.changedBy.user, relativeDay(calendarDateOf(card.changedBy.at), language, today)])}
          </p>
        )}
      </header>
      {person?.pageFacts && <ChangeNotice card={card} pageFacts={person.pageFacts} />}
      <dl className="facts">
        <dt>{t('lastContact')}</dt>
        <dd data-testid="last-contact">
          {contact.lastContactAt === undefined
            ? t('lastContactNever')
            : `${relativeDay(calendarDateOf(contact.lastContactAt), language, today)}, ${channelLabel(contact.lastContactChannel ?? 'note')}`}
          <ContactMonthsStrip contactId={contact.id} />
        </dd>
        <dt>{t('nextFollowUp')}</dt>
        <dd data-testid="next-follow-up" className={state === 'overdue' ? 'overdue' : undefined}>
          {contact.nextFollowUp
            ? `${relativeDay(contact.nextFollowUp, language, today)} (${formatDate(contact.nextFollowUp, language)}) · ${followUpCadenceText(card)}`
            : t('noCadence')}
          {state === 'overdue' && <strong className="flag"> {t('overdue')}</strong>}
        </dd>
      </dl>
      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">{t('openAgreements')}</h2>
        <AgreementList agreements={card.openAgreements} sources={card.agreementSources} today={today} />
        <AddAgreement contactId={contact.id} email={person?.email} call={justHadCall(card.recentInteractions, today)} />
      </section>
      {card.organisation && <OrganisationAgreed brief={card.organisation} today={today} />}
      <DraftPanel
        card={card}
        situation={draftSituation(card, person)}
        mailTo={person?.mailTo}
        pageName={person?.identity.linkedinSlug && !person.unreadable ? person.name : undefined}
      />
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('recentInteractions')}</h2>
        <InteractionList interactions={card.recentInteractions} />
      </section>
      {contact.notes && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('notes')}</h2>
          <p className="notes">{contact.notes}</p>
        </section>
      )}
      <LogInteractionForm contactId={contact.id} />
      <CadenceControl contact={contact} />
      <SnoozeControl contact={contact} />
    </article>
  );
}
