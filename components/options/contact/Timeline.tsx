import { useId, useState } from 'react';
import type { Interaction } from '../../../utils/domain/model';
import { t, uiLanguage, type MessageKey } from '../../../utils/i18n';
import { channelLabel } from '../../../utils/ui/channel-label';
import { formatMoment } from '../../../utils/ui/format';
import { InteractionSourceLine } from './InteractionSourceLine';

const FIRST_PAGE = 50;

/** Every interaction, newest first; long histories show fifty at a time. */
export function Timeline({ interactions }: { interactions: Interaction[] }) {
  const id = useId();
  const [limit, setLimit] = useState(FIRST_PAGE);
  const language = uiLanguage();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('optTimeline')}</h3>
      {interactions.length === 0 ? (
        <p className="subtle">{t('lastContactNever')}</p>
      ) : (
        <ol className="timeline">
          {interactions.slice(0, limit).map((interaction) => {
            return (
              <li key={interaction.id} data-testid="interaction">
                <span className="subtle">{formatMoment(interaction.at, language)}</span> · {channelLabel(interaction.channel)} ·{' '}
                <span className="subtle">{t(`optDirection_${interaction.direction}` as MessageKey)}</span>
                {interaction.importFile && <span className="subtle"> · {t('historyImportSource', interaction.importFile)}</span>}
                {interaction.summary && <div className="summary">{interaction.summary}</div>}
                <InteractionSourceLine interaction={interaction} />
              </li>
            );
          })}
        </ol>
      )}
      {interactions.length > limit && (
        <button type="button" onClick={() => setLimit((current) => current + FIRST_PAGE * 4)}>
          {t('optShowMore', String(interactions.length - limit))}
        </button>
      )}
    </section>
  );
}
