import { memo, type CSSProperties } from 'react';
import type { ContactRow } from '../../../utils/db/contacts-query';
import { t } from '../../../utils/i18n';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import { followUpState } from '../../../utils/schedule/follow-up';
import { formatDate, relativeDay } from '../../../utils/ui/format';
import { kindLabel } from '../../../utils/ui/kind-label';
import { hrefOf } from '../shared/route';

interface ContactRowViewProps {
  row: ContactRow;
  rowIndex: number;
  style: CSSProperties;
  today: string;
  language: string;
}

export const ContactRowView = memo(function ContactRowView({ row, rowIndex, style, today, language }: ContactRowViewProps) {
  const { contact, openAgreements } = row;
  const state = followUpState(contact, today);
  return (
    <div role="row" aria-rowindex={rowIndex} className="contact-row" style={style} data-testid="contact-row">
      <div role="cell" className="cell cell-name">
        <a href={hrefOf({ section: 'contact', contactId: contact.id })} className="name">
          {contact.displayName}
        </a>
        {contact.role && <span className="subtle line">{contact.role}</span>}
      </div>
      <div role="cell" className="cell cell-company">
        {contact.company}
        {(contact.kinds?.length ?? 0) + (contact.tags?.length ?? 0) > 0 && (
          <span className="subtle line labels" data-testid="contact-labels">
            {[...(contact.kinds ?? []).map(kindLabel), ...(contact.tags ?? [])].join(' · ')}
          </span>
        )}
      </div>
      <div role="cell" className="cell cell-lastContact">
        {contact.lastContactAt === undefined ? (
          <span className="subtle">{t('optNever')}</span>
        ) : (
          relativeDay(calendarDateOf(contact.lastContactAt), language, today)
        )}
      </div>
      <div role="cell" className={`cell cell-nextFollowUp${state === 'overdue' ? ' overdue' : ''}`}>
        {contact.nextFollowUp ? formatDate(contact.nextFollowUp, language) : <span className="subtle">—</span>}
        {state === 'overdue' && <strong className="flag"> {t('overdue')}</strong>}
        {state === 'due-today' && <strong> {t('dueToday')}</strong>}
      </div>
      <div role="cell" className="cell cell-openAgreements">
        {openAgreements > 0 ? openAgreements : <span className="subtle">0</span>}
      </div>
    </div>
  );
});
