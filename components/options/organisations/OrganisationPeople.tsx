import type { Contact } from '../../../utils/domain/model';
import { t, uiLanguage } from '../../../utils/i18n';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import { relativeDay } from '../../../utils/ui/format';
import { hrefOf } from '../shared/route';

const MAX_PEOPLE = 50;

export function OrganisationPeople({ people, today }: { people: Contact[]; today: string }) {
  const language = uiLanguage();
  if (people.length === 0) return <p className="subtle">{t('orgNoPeople')}</p>;
  return (
    <>
      <ul className="plain-list">
        {people.slice(0, MAX_PEOPLE).map((person) => (
          <li key={person.id} data-testid="organisation-person">
            <a href={hrefOf({ section: 'contact', contactId: person.id })} className="name">
              {person.displayName}
            </a>
            {person.role && <span className="subtle"> · {person.role}</span>}
            <span className="subtle">
              {' · '}
              {person.lastContactAt === undefined ? t('optNever') : relativeDay(calendarDateOf(person.lastContactAt), language, today)}
            </span>
          </li>
        ))}
      </ul>
      {people.length > MAX_PEOPLE && <p className="subtle">{t('orgShowingFirst', [String(MAX_PEOPLE), people.length.toLocaleString(language)])}</p>}
    </>
  );
}
