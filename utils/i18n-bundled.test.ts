import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import { bundledMessage } from './i18n-bundled';

describe('bundled messages', () => {
  it('substitute named placeholders by position, as the browser does', () => {
    expect(bundledMessage(en, 'badgeTooltip', ['3', '2'])).toBe('Rapport: 3 follow-ups due, 2 agreements overdue');
    expect(bundledMessage(en, 'extName')).toBe('Rapport');
  });

  it('answer nothing for a name the catalog lacks', () => {
    expect(bundledMessage(en, 'noSuchMessage')).toBe('');
  });
});
