import { useState } from 'react';
import { t } from '../../utils/i18n';
import { OWN_PROFILE_REASON, type PageContext } from '../../utils/messaging/page-context';
import { peopleOnPage, type PagePerson } from '../../utils/ui/page-person';
import { ContactCardView } from '../card/ContactCardView';
import { UnknownPerson } from '../card/UnknownPerson';
import { useContactCard } from '../card/use-contact-card';

/** The relationship view for whoever a page shows: the same in the in-page sidebar and in the browser's side panel. */
export function PageView({ context, nobodyText }: { context: PageContext | undefined; nobodyText: string }) {
  if (context?.kind === 'none' && context.reason === OWN_PROFILE_REASON) return <Nobody text={t('panelOwnProfile')} />;
  const people = peopleOnPage(context);
  if (people.length === 0) return <Nobody text={nobodyText} />;
  return <PeopleView key={JSON.stringify(people.map((person) => person.identity))} people={people} />;
}

/** Nobody to show: the page still has its one heading, for screen reader users finding their way. */
function Nobody({ text }: { text: string }) {
  return (
    <>
      <h1 className="visually-hidden">{t('extName')}</h1>
      <p className="subtle">{text}</p>
    </>
  );
}

function PeopleView({ people }: { people: PagePerson[] }) {
  const [selected, setSelected] = useState(0);
  const person = people[selected] ?? people[0];
  if (!person) return null;
  return (
    <>
      {people.length > 1 && (
        <nav aria-label={t('gmailPartners')} className="partners">
          {people.map((candidate, index) => (
            <button key={candidate.detail ?? candidate.name} type="button" aria-pressed={index === selected} onClick={() => setSelected(index)}>
              {candidate.name}
            </button>
          ))}
        </nav>
      )}
      <PersonView person={person} />
    </>
  );
}

function PersonView({ person }: { person: PagePerson }) {
  const card = useContactCard(person.identity);
  switch (card.status) {
    case 'found':
      return <ContactCardView card={card.card} person={person} />;
    case 'unknown':
      return <UnknownPerson person={person} />;
    case 'error':
      return <p role="alert">{t('sidebarError', card.message)}</p>;
    default:
      return (
        <section className="card" aria-busy="true">
          <h1 className="name">{person.name}</h1>
        </section>
      );
  }
}
