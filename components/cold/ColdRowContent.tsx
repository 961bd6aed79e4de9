import type { GoingColdRow } from '../../utils/db/going-cold';
import type { CalendarMonth } from '../../utils/cold/months';
import type { CalendarDate, Language } from '../../utils/domain/model';
import { frequencyText, levelText, silenceText } from './cold-text';
import { ContactStrip } from './ContactStrip';

interface ColdRowContentProps {
  row: GoingColdRow;
  months: readonly CalendarMonth[];
  today: CalendarDate;
  language: Language;
  /** The name as a link (the options page's contact page) or as it is. */
  nameHref?: string;
  /** `_blank` from the popup: the options page opens in a tab. */
  nameTarget?: '_blank';
  nameId?: string;
}

/** Who, how cold, the 24-month strip, and the reasons in words. */
export function ColdRowContent({ row, months, today, language, nameHref, nameTarget, nameId }: ColdRowContentProps) {
  const { coldness } = row;
  const frequency = frequencyText(coldness, language);
  return (
    <>
      <p className="cold-who">
        {nameHref ? (
          <a id={nameId} href={nameHref} className="name" target={nameTarget} rel={nameTarget ? 'noreferrer' : undefined}>
            {row.displayName}
          </a>
        ) : (
          <strong id={nameId} className="name">
            {row.displayName}
          </strong>
        )}
        {row.company && <span className="subtle name"> · {row.company}</span>}{' '}
        <span className={`cold-level cold-level-${coldness.level}`} data-testid="cold-level">
          {levelText(coldness.level)}
        </span>
      </p>
      <ContactStrip months={months} counts={row.months} language={language} />
      <div className="cold-reasons" data-testid="cold-reasons">
        <p>{silenceText(coldness, row.cadence, today, language)}</p>
        {frequency && <p className="subtle">{frequency}</p>}
      </div>
    </>
  );
}
