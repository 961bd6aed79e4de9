import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { siteUrl } from './fields';

describe('siteUrl', () => {
  it.each([
    'https://www.linkedin.com/in/anna-mueller/',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd',
    'https://mail.google.com/mail/?view=cm&fs=1&to=anna%40example.org&su=Hallo',
  ])('lets Rapport open %s', (url) => {
    expect(v.is(siteUrl, url)).toBe(true);
  });

  it.each([
    'http://www.linkedin.com/in/anna/',
    'javascript:alert(1)//www.linkedin.com',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/in/anna/',
    'https://www.linkedin.com.evil.example/in/anna/',
    'https://linkedin.com/in/anna/',
    'https://user:pass@www.linkedin.com/in/anna/',
    'https://www.linkedin.com:8443/in/anna/',
    'file:///etc/passwd',
    'not a url',
    `https://mail.google.com/${'x'.repeat(9000)}`,
  ])('refuses %s', (url) => {
    expect(v.is(siteUrl, url)).toBe(false);
  });
});
