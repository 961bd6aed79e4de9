import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../utils/messaging/page-context';
import { contextForTab } from './panel-context';

const profile: PageContext = {
  site: 'linkedin',
  kind: 'profile',
  url: 'https://www.linkedin.com/in/anna/',
  slug: 'anna',
  name: 'Anna',
  strategy: 'test',
};

describe('contextForTab', () => {
  it('shows what the content script reported while the tab is on that site, after in-page navigation too', () => {
    expect(contextForTab(profile, 'https://www.linkedin.com/in/anna/')).toBe(profile);
    expect(contextForTab(profile, 'https://www.linkedin.com/in/anna/details/experience/')).toBe(profile);
  });

  it('shows nobody once the tab left the site, on a page the browser does not name, or with no report', () => {
    expect(contextForTab(profile, 'https://example.org/')).toBeUndefined();
    expect(contextForTab(profile, 'https://mail.google.com/mail/u/0/')).toBeUndefined();
    expect(contextForTab(profile, undefined)).toBeUndefined();
    expect(contextForTab(profile, 'not a url')).toBeUndefined();
    expect(contextForTab(undefined, 'https://www.linkedin.com/in/anna/')).toBeUndefined();
  });
});
