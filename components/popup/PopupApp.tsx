import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

export function PopupApp() {
  return (
    <div className="popup">
      <h1>{t('popupTitle')}</h1>
      <p className="subtle">{t('popupEmpty')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </div>
  );
}
