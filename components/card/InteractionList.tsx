import { channelLabel } from '../../utils/ui/channel-label';
import type { Interaction } from '../../utils/domain/model';
import { t, uiLanguage } from '../../utils/i18n';
import { formatMoment } from '../../utils/ui/format';

export function InteractionList({ interactions }: { interactions: Interaction[] }) {
  if (interactions.length === 0) return <p className="subtle">{t('lastContactNever')}</p>;
  const language = uiLanguage();
  return (
    <ul className="interactions">
      {interactions.map((interaction) => (
        <li key={interaction.id}>
          <span className="subtle">{formatMoment(interaction.at, language)}</span> · {channelLabel(interaction.channel)}
          {interaction.summary && <div className="summary">{interaction.summary}</div>}
        </li>
      ))}
    </ul>
  );
}
