import { useState } from 'react';
import type { Organisation } from '../../../utils/domain/model';
import type { MergeSuggestion } from '../../../utils/db/organisations-repo';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { useAction } from '../shared/use-action';

/** Records that may be the same organisation: merged into this one only after the user confirms. */
export function MergeSuggestions({ organisation, suggestions }: { organisation: Organisation; suggestions: MergeSuggestion[] }) {
  const [asked, setAsked] = useState<string | undefined>(undefined);
  const merging = useAction((mergeId: string) => callBackground('organisation.merge', { keepId: organisation.id, mergeId }));
  if (suggestions.length === 0) return null;
  return (
    <section className="notice" aria-label={t('orgMaybeSame')} data-testid="merge-suggestions">
      <h3>{t('orgMaybeSame')}</h3>
      <ul className="plain-list">
        {suggestions.map(({ organisation: other, reason, detail }) => (
          <li key={other.id} data-testid="merge-suggestion">
            <span className="name-inline">{other.name}</span>{' '}
            <span className="subtle">· {reason === 'domain' ? t('orgSameDomain', detail) : t('orgSimilarName')}</span>{' '}
            {asked === other.id ? (
              <span className="confirm">
                {t('orgMergeConfirm', [other.name, organisation.name])}{' '}
                <button type="button" className="danger" disabled={merging.state.status === 'busy'} onClick={() => void merging.run(other.id).then(() => setAsked(undefined))}>
                  {t('orgMergeYes')}
                </button>{' '}
                <button type="button" onClick={() => setAsked(undefined)}>
                  {t('cancel')}
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setAsked(other.id)}>
                {t('orgMergeInto', other.name)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {merging.state.status === 'failed' && <p role="alert">{t('optActionFailed', merging.state.message)}</p>}
    </section>
  );
}
