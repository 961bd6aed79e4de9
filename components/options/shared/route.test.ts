import { describe, expect, it } from 'vitest';
import { hrefOf, routeOf } from './route';

describe('options routes', () => {
  it('reads sections and contact pages from the address, and writes them back', () => {
    expect(routeOf('#agreements')).toEqual({ section: 'agreements' });
    expect(routeOf('')).toEqual({ section: 'contacts' });
    expect(routeOf('#nonsense')).toEqual({ section: 'contacts' });
    const id = 'a/b?c#d ü';
    expect(routeOf(hrefOf({ section: 'contact', contactId: id }))).toEqual({ section: 'contact', contactId: id });
    expect(routeOf('#contact/%E0%A4%A')).toEqual({ section: 'contacts' });
    expect(routeOf('#organisations')).toEqual({ section: 'organisations' });
    expect(routeOf(hrefOf({ section: 'organisation', organisationId: id }))).toEqual({ section: 'organisation', organisationId: id });
    expect(routeOf('#organisation/')).toEqual({ section: 'contacts' });
  });
});
