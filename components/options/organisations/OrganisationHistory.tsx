import type { Interaction } from '../../../utils/domain/model';
import { t, uiLanguage } from '../../../utils/i18n';
import { channelLabel } from '../../../utils/ui/channel-label';
import { formatMoment } from '../../../utils/ui/format';

/** The latest contact with anyone at the organisation, newest first. */
export function OrganisationHistory({ history, names }: { history: Interaction[]; names: Record<string, string> }) {
  const language = uiLanguage();
  if (history.length === 0) return <p className="subtle">{t('orgNoHistory')}</p>;
  return (
    <ul className="timeline">
      {history.map((interaction) => (
        <li key={interaction.id} data-testid="organisation-history">
          <span className="subtle">{formatMoment(interaction.at, language)}</span> · <span className="name-inline">{names[interaction.contactId] ?? '?'}</span> ·{' '}
          {channelLabel(interaction.channel)}
          {interaction.summary && <div>{interaction.summary}</div>}
        </li>
      ))}
    </ul>
  );
}
