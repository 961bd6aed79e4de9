import { describe, expect, it } from 'vitest';
import type { PageContext } from '../messaging/page-context';
import { peopleOnPage } from './page-person';

const conversation: PageContext = {
  site: 'gmail',
  kind: 'conversation',
  url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbgRnJhvXxKqLwPmTsCdFbNkHc',
  threadId: 'thread-f:1829201084004164853',
  subject: 'Re: Q2 workshop dates',
  account: 'lena@vogt-design.example',
  partners: [
    { email: 'jonas.berger@example.org', name: 'Jonas Berger' },
    { email: 'priya.raman@example.com', name: 'Priya Raman' },
  ],
  messages: [],
  strategy: 'h2.hP/div.adn',
};

describe('peopleOnPage', () => {
  it('addresses a note to a Gmail partner at the conversation’s address, from the signed-in account', () => {
    expect(peopleOnPage(conversation).map((person) => person.mailTo)).toEqual([
      { address: 'jonas.berger@example.org', account: 'lena@vogt-design.example' },
      { address: 'priya.raman@example.com', account: 'lena@vogt-design.example' },
    ]);
  });

  it('leaves the account out when the page did not show it', () => {
    const { account: _account, ...withoutAccount } = conversation as Extract<PageContext, { kind: 'conversation' }>;
    expect(peopleOnPage(withoutAccount)[0]?.mailTo).toEqual({ address: 'jonas.berger@example.org' });
  });

  it('gives a LinkedIn profile no Gmail address: drafts there use the contact’s own', () => {
    const profile: PageContext = {
      site: 'linkedin',
      kind: 'profile',
      url: 'https://www.linkedin.com/in/anna-mueller-demo/',
      slug: 'anna-mueller-demo',
      name: 'Anna Müller',
      strategy: 'top-card',
    };
    expect(peopleOnPage(profile)[0]?.mailTo).toBeUndefined();
  });
});
