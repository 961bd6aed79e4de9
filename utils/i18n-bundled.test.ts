import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import { setMessageFallback, t } from './i18n';
import { bundledMessage, installBundledMessagesIfMissing } from './i18n-bundled';
import { installWorkerCatalogs } from './i18n-worker-catalogs';

describe('bundled messages', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    setMessageFallback(() => '');
  });

  it('substitute named placeholders by position, as the browser does', () => {
    expect(bundledMessage(en, 'badgeTooltip', ['3', '2'])).toBe('Rapport: 3 follow-ups due, 2 agreements overdue');
    expect(bundledMessage(en, 'extName')).toBe('Rapport');
  });

  it('answer nothing for a name the catalog lacks', () => {
    expect(bundledMessage(en, 'noSuchMessage')).toBe('');
  });

  it('are loaded into a page only when the browser gave it no messages, in the browser’s language', async () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'extName' ? 'Rapport' : ''));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    await installBundledMessagesIfMissing();
    expect(t('sidebarHide')).toBe('sidebarHide');
    getMessage.mockReturnValue('');
    await installBundledMessagesIfMissing();
    expect(t('sidebarHide')).toBe('Rapport ausblenden');
  });

  it("in the service worker follow the worker's navigator language, since Chromium's getUILanguage says 'en-US' there", () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.stubGlobal('document', undefined);
    vi.stubGlobal('navigator', { language: 'de' });
    installWorkerCatalogs();
    expect(t('sidebarHide')).toBe('Rapport ausblenden');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(t('sidebarHide')).toBe('Hide Rapport');
  });
});
