import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

const open = (path: '/welcome.html' | '/options.html#import') => {
  void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close());
};

/** Until the first contact exists: the three things that make Rapport useful. */
export function GetStarted() {
  return (
    <section className="get-started" aria-labelledby="get-started-title">
      <h2 id="get-started-title">{t('welcomeGetStarted')}</h2>
      <ol>
        <li>
          <button type="button" className="link" onClick={() => open('/welcome.html')}>
            {t('welcomeGetStartedSetUp')}
          </button>
        </li>
        <li>
          <button type="button" className="link" onClick={() => open('/options.html#import')}>
            {t('welcomeGetStartedImport')}
          </button>
        </li>
        <li>{t('welcomeGetStartedAdd')}</li>
      </ol>
    </section>
  );
}
