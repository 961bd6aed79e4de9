import type { Contact } from '../../../utils/domain/model';
import { t, uiLanguage } from '../../../utils/i18n';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import { relativeDay } from '../../../utils/ui/format';
import { hrefOf } from '../shared/route';

/** The organisation's first people by name (as read: `SHOWN_PEOPLE`) and how many there are in all. */
export function OrganisationPeople({ people, count, today }: { people: Contact[]; count: number; today: string }) {
  const language = uiLanguage();
  if (people.length === 0) return <p className="subtle">{t('orgNoPeople')}</p>;
  return (
    <>
      <ul className="plain-list">
        {people.map((person) => (
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
      {count > people.length && <p className="subtle">{t('orgShowingFirst', [String(people.length), count.toLocaleString(language)])}</p>}
    </>
  );
}
