import { describe, expect, it } from 'vitest';
import { buildDraftContext } from './context';
import { agreement, contact, fullInput, interaction, sparseInput, TIME_ZONE } from './test-fixtures';

describe('buildDraftContext', () => {
  it('fills contact, relationship, user and calendar values for a full contact (de)', () => {
    const { language, formality, values } = buildDraftContext(fullInput('de', 'sie'));
    expect(language).toBe('de');
    expect(formality).toBe('sie');
    expect(values).toMatchObject({
      greeting: 'Guten Tag Frau Müller',
      firstName: 'Anna',
      lastName: 'Müller',
      fullName: 'Anna Müller',
      company: 'Bäckerei Sonnenschein GmbH',
      role: 'Marketingleitung',
      predecessor: 'Jonas Weber',
      lastContactDate: '12. Oktober 2026',
      lastContactAgo: 'vor drei Monaten',
      lastContactSince: 'seit drei Monaten',
      lastContactDuration: 'drei Monate',
      lastTopic: 'Relaunch der Website: Zeitplan und Budget',
      relationshipSince: 'März 2025',
      userName: 'Max Mustermann',
      signature: 'Max Mustermann\nMustermann Design',
      today: '12. Januar 2027',
      year: '2027',
      season: 'Jahresbeginn',
      seasonWish: 'ein gutes und erfolgreiches Jahr 2027',
    });
  });

  it('lists agreements: open with dates, undated, by date, terms in force', () => {
    const { values } = buildDraftContext(fullInput('de', 'du'));
    expect(values.openAgreements).toBe(
      '- Rechnung 2026-031 über 2.400 € (fällig am 15. Dezember 2026)\n- Entwurf Startseite (bis 22. Januar 2027)\n- Bildrechte klären',
    );
    expect(values.undatedAgreements).toBe('- Bildrechte klären');
    expect(values.nextDates).toBe('- 15. Dezember 2026: Rechnung 2026-031 über 2.400 €\n- 22. Januar 2027: Entwurf Startseite');
    expect(values.agreedTerms).toBe('- Zahlung: 14 Tage netto\n- Verschiebungen: Verschiebungen bis 48 Stunden vorher sind kostenfrei');
    expect(values.paymentTerms).toBe('14 Tage netto');
    expect(values.reschedulingRule).toBe('Verschiebungen bis 48 Stunden vorher sind kostenfrei');
  });

  it('describes the latest call and the agreements made in it', () => {
    const { values } = buildDraftContext(fullInput('en', 'sie'));
    expect(values.callDate).toBe('12 October 2026');
    expect(values.callWhen).toBe('on 12 October 2026');
    expect(values.callSummary).toBe('Relaunch der Website: Zeitplan und Budget');
    expect(values.callAgreements).toBe('- Entwurf Startseite (by 22 January 2027)\n- Bildrechte klären');
  });

  it('says today or yesterday for a recent call', () => {
    const input = fullInput('de', 'du');
    expect(buildDraftContext({ ...input, today: '2026-10-12' }).values.callWhen).toBe('heute');
    expect(buildDraftContext({ ...input, today: '2026-10-13', language: 'en' }).values.callWhen).toBe('yesterday');
  });

  it('picks the focused call over the latest', () => {
    const input = fullInput('de', 'du');
    const values = buildDraftContext({ ...input, focus: { interactionId: 'first-mail' } }).values;
    expect(values.callSummary).toBe('Erste Anfrage zum Relaunch');
    expect(values.callAgreements).toBeUndefined();
  });

  it('picks the most overdue open invoice, the last completed agreement and the last moved date', () => {
    const input = fullInput('de', 'du');
    const agreements = [
      ...input.agreements,
      agreement('later-invoice', 'invoice', 'Rechnung 2027-002', { dueDate: '2027-02-01' }),
      agreement('older-invoice', 'invoice', 'Rechnung 2026-020', { dueDate: '2026-11-01' }),
      agreement('paid', 'invoice', 'Rechnung 2026-001', { dueDate: '2026-01-01', status: 'done', updatedAt: 99 }),
    ];
    const { values } = buildDraftContext({ ...input, agreements });
    expect(values.invoice).toBe('Rechnung 2026-020');
    expect(values.invoiceDueDate).toBe('1. November 2026');
    expect(values.completedItem).toBe('Logo-Überarbeitung');
    expect(values.movedItem).toBe('Entwurf Startseite');
    expect(values.newDate).toBe('22. Januar 2027');
    expect(values.previousDate).toBe('15. Januar 2027');
  });

  it('restates the agreement whose date moved last, with the date stored when it moved', () => {
    const input = fullInput('en', 'du');
    const agreements = [
      ...input.agreements,
      agreement('workshop', 'deadline', 'Workshop', { dueDate: '2027-03-04', previousDueDate: '2027-02-25', dueDateMovedAt: 7, updatedAt: 7 }),
      agreement('edited-later', 'deadline', 'Texte liefern', { dueDate: '2027-02-01', updatedAt: 9 }),
    ];
    const { values } = buildDraftContext({ ...input, agreements, focus: {} });
    expect([values.movedItem, values.newDate, values.previousDate]).toEqual(['Workshop', '4 March 2027', '25 February 2027']);
    expect(buildDraftContext({ ...input, agreements, focus: { agreementId: 'edited-later' } }).values.previousDate).toBeUndefined();
  });

  it('follows the focused agreement', () => {
    const input = fullInput('de', 'du');
    const agreements = [...input.agreements, agreement('other', 'invoice', 'Rechnung 2027-002', { dueDate: '2027-02-01' })];
    expect(buildDraftContext({ ...input, agreements, focus: { agreementId: 'other' } }).values.invoice).toBe('Rechnung 2027-002');
  });

  it('leaves out what is not known, rather than writing it empty', () => {
    const { values } = buildDraftContext(sparseInput('de', 'du'));
    expect(values).toEqual({ greeting: 'Hallo', today: '12. März 2027', year: '2027' });
  });

  it('uses the signature, else the user name', () => {
    const input = fullInput('de', 'du');
    expect(buildDraftContext({ ...input, user: { name: 'Max' } }).values.signature).toBe('Max');
    expect(buildDraftContext({ ...input, user: { name: 'Max', signature: ' \n ' } }).values.signature).toBe('Max');
    expect(buildDraftContext({ ...input, user: {} }).values.signature).toBeUndefined();
  });

  it('prefers separately given first and last names', () => {
    const input = fullInput('de', 'sie', 'herr');
    const values = buildDraftContext({ ...input, contact: { ...contact({ displayName: 'Jo van Berg', formality: 'sie', salutation: 'herr' }), firstName: 'Johannes', lastName: 'van den Berg' } }).values;
    expect(values.greeting).toBe('Guten Tag Herr van den Berg');
    expect(values.firstName).toBe('Johannes');
  });

  it('takes the language from the contact unless overridden', () => {
    const input = fullInput('en', 'du');
    expect(buildDraftContext({ ...input, language: undefined }).language).toBe('en');
    expect(buildDraftContext({ ...input, language: 'de' }).values.greeting).toBe('Hallo Anna');
  });

  it('quotes the first sentence of the last interaction as the topic', () => {
    const input = fullInput('de', 'du');
    const interactions = [...input.interactions, interaction('late', '2027-01-02', 'email', 'Angebot z.B. für Fotos geschickt. Antwort steht aus.')];
    expect(buildDraftContext({ ...input, interactions }).values.lastTopic).toBe('Angebot z.B. für Fotos geschickt');
    const silent = [...input.interactions, interaction('late', '2027-01-02', 'email')];
    expect(buildDraftContext({ ...input, interactions: silent }).values.lastTopic).toBeUndefined();
  });

  it('survives impossible timestamps, dates and zones', () => {
    const input = fullInput('de', 'du');
    const broken = {
      ...input,
      interactions: [{ ...interaction('x', '2026-01-01', 'call', 'ok'), at: Number.NaN }, { ...interaction('y', '2026-01-01', 'call'), at: 1e20 }],
      agreements: [agreement('z', 'deadline', 'Etwas', { dueDate: '2027-13-45' })],
      today: 'gestern',
      timeZone: 'Mars/Olympus',
    };
    const { values } = buildDraftContext(broken);
    expect(values.lastContactDate).toBeUndefined();
    expect(values.openAgreements).toBe('- Etwas');
    expect(values.today).toBeUndefined();
    expect(buildDraftContext({ ...input, timeZone: TIME_ZONE }).values.callDate).toBe('12. Oktober 2026');
  });

  it('shortens long lists', () => {
    const input = fullInput('en', 'du');
    const many = Array.from({ length: 11 }, (_, i) => agreement(`p${i}`, 'promise', `Item ${i}`));
    const lines = buildDraftContext({ ...input, agreements: many }).values.openAgreements?.split('\n') ?? [];
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('- and 3 more');
  });
});
