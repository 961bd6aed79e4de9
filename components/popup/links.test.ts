import { describe, expect, it } from 'vitest';
import { gmailConversationUrl, linkedinProfileUrl } from './links';

describe('row links', () => {
  it('builds a LinkedIn profile address from the stored slug', () => {
    expect(linkedinProfileUrl('anna-mueller-123')).toBe('https://www.linkedin.com/in/anna-mueller-123/');
    expect(linkedinProfileUrl('jörg/../../evil')).toBe('https://www.linkedin.com/in/j%C3%B6rg%2F..%2F..%2Fevil/');
    expect(linkedinProfileUrl(undefined)).toBeUndefined();
    expect(linkedinProfileUrl('')).toBeUndefined();
  });

  it('opens only https Gmail conversations', () => {
    expect(gmailConversationUrl('https://mail.google.com/mail/u/0/#inbox/FMfcgz')).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcgz');
    for (const url of [
      'http://mail.google.com/mail/u/0/#inbox/x',
      'https://mail.google.com.evil.example/mail/',
      'https://evil.example/?https://mail.google.com/',
      'https://user:pw@mail.google.com/',
      'javascript:alert(1)',
      'not a url',
      undefined,
    ]) {
      expect(gmailConversationUrl(url)).toBeUndefined();
    }
  });
});
