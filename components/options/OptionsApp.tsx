import { t } from '../../utils/i18n';

export function OptionsApp() {
  return (
    <div className="options">
      <h1>{t('optionsTitle')}</h1>
      <p className="subtle">{t('optionsIntro')}</p>
    </div>
  );
}
