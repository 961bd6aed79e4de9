import { PLACEHOLDERS } from '../../../utils/drafts';
import { t, uiLanguage } from '../../../utils/i18n';

/** What each placeholder holds and how blocks work, folded away until wanted. */
export function PlaceholderHelp() {
  const language = uiLanguage();
  return (
    <details className="placeholder-help">
      <summary>{t('templatesPlaceholders')}</summary>
      <p className="subtle">{t('templatesSyntaxHelp')}</p>
      <dl>
        {PLACEHOLDERS.map((placeholder) => (
          <div key={placeholder.name}>
            <dt>
              <code>{`{${placeholder.name}}`}</code>
            </dt>
            <dd>{placeholder.description[language]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
