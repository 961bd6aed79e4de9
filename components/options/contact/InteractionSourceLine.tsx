import type { Interaction } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';
import { interactionSource } from '../../../utils/ui/interaction-source';

/** Where an interaction came from (LinkedIn, Gmail), with a link back where one exists. */
export function InteractionSourceLine({ interaction }: { interaction: Interaction }) {
  const { label, link } = interactionSource(interaction);
  if (!label && !link) return null;
  return (
    <div className="source" data-testid="interaction-source">
      {label && <span className="subtle">{t(label)}</span>}
      {label && link && ' · '}
      {link && (
        <a href={link.url} target="_blank" rel="noreferrer noopener">
          {t(link.label)}
        </a>
      )}
    </div>
  );
}
