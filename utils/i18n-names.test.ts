import { expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';

it('every message name is one browsers accept (letters, digits, _ and @), or the extension does not load', () => {
  for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
});
