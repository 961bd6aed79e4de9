import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import { t } from './i18n';
import { bundledMessage, installBundledMessages } from './i18n-bundled';

describe('bundled messages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('substitute named placeholders by position, as the browser does', () => {
    expect(bundledMessage(en, 'badgeTooltip', ['3', '2'])).toBe('Rapport: 3 follow-ups due, 2 agreements overdue');
    expect(bundledMessage(en, 'extName')).toBe('Rapport');
  });

  it('answer nothing for a name the catalog lacks', () => {
    expect(bundledMessage(en, 'noSuchMessage')).toBe('');
  });

  it('speak the language the browser has at the time of the lookup, not at installation', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    const language = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    installBundledMessages();
    expect(t('sidebarHide')).toBe('Hide Rapport');
    language.mockReturnValue('de-DE');
    expect(t('sidebarHide')).toBe('Rapport ausblenden');
  });

  it("in the service worker follow the worker's navigator language, since Chromium's getUILanguage says 'en-US' there", () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.stubGlobal('document', undefined);
    vi.stubGlobal('navigator', { language: 'de' });
    try {
      installBundledMessages();
      expect(t('sidebarHide')).toBe('Rapport ausblenden');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
