import { useEffect, useState } from 'react';
import { uiLanguage } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import type { ContactMonths } from '../../utils/messaging/requests/cold';
import { useDataVersion } from '../shared/use-data-version';
import { ContactStrip } from './ContactStrip';

/** The sidebar's last 12 months of contact with a person, under "last contact"; nothing while it loads or if it cannot. */
export function ContactMonthsStrip({ contactId }: { contactId: string }) {
  const version = useDataVersion();
  const [state, setState] = useState<{ contactId: string; months: ContactMonths } | undefined>(undefined);
  useEffect(() => {
    let active = true;
    callBackground('cold.months', { contactId }).then(
      (months) => active && setState(months ? { contactId, months } : undefined),
      () => active && setState(undefined),
    );
    return () => {
      active = false;
    };
  }, [contactId, version]);
  if (state?.contactId !== contactId) return null;
  return (
    <span className="contact-months">
      <ContactStrip months={state.months.months} counts={state.months.counts} language={uiLanguage()} size="compact" />
    </span>
  );
}
