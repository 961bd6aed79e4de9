import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { SECTIONS } from '../options/shared/route';

/** The sync settings, where they are; until the options page has them, its settings. */
const syncSection = (SECTIONS as readonly string[]).includes('sync') ? 'sync' : 'settings';

export function SyncStep() {
  const options = browser.runtime.getURL('/options.html');
  return (
    <>
      <p>{t('welcomeSyncIntro')}</p>
      <p>
        <a href={`${options}#${syncSection}`}>{t('welcomeSyncLink')}</a>
      </p>
      <h3>{t('welcomeDoneTitle')}</h3>
      <p>{t('welcomeDone')}</p>
      <p>
        <a href={options}>{t('welcomeOpenOptions')}</a>
      </p>
      <p className="subtle">
        {t('welcomePrivacy')} <a href={browser.runtime.getURL('/privacy.html')}>{t('welcomePrivacyLink')}</a>
      </p>
    </>
  );
}
