import { describe, expect, it } from 'vitest';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('UI translations', () => {
  it('German and English have the same messages with the same placeholders', () => {
    expect(Object.keys(de as Messages).sort()).toEqual(Object.keys(en as Messages).sort());
    for (const [key, entry] of Object.entries(en as Messages)) {
      const german = (de as Messages)[key];
      expect(german?.message.trim(), key).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();
      expect(names(german?.message ?? ''), key).toEqual(names(entry.message));
      expect(german?.placeholders, key).toEqual(entry.placeholders);
    }
  });
});
