// Sample people for the demo and the screenshots: invented, as a German-speaking freelancer's network might be.
const DAY = 86_400_000;

export async function seedSampleData(rapport, now = Date.now()) {
  const anna = await rapport.call('contact.add', {
    displayName: 'Anna Müller',
    emails: ['anna.mueller@example.com'],
    linkedinSlug: 'anna-mueller-demo',
    company: 'Müller & Partner GmbH',
    role: 'Head of Marketing',
    language: 'de',
    formality: 'sie',
    salutation: 'frau',
    cadence: { unit: 'days', count: 30 },
    notes: 'Prefers calls on Tuesday mornings. Relaunch of the product pages planned for Q1.',
  });
  await rapport.call('interaction.log', {
    contactId: anna.id,
    at: now - 41 * DAY,
    channel: 'call',
    direction: 'mutual',
    summary: 'Kick-off relaunch: scope agreed, photos not included',
  });
  await rapport.call('agreement.add', {
    contactId: anna.id,
    kind: 'invoice',
    text: 'Invoice 2026-031 (4,800 EUR), 14 days net',
    dueDate: new Date(now - 6 * DAY).toISOString().slice(0, 10),
  });
  await rapport.call('agreement.add', { contactId: anna.id, kind: 'scope-excluded', text: 'Product photography is not included' });
  await rapport.call('agreement.add', {
    contactId: anna.id,
    kind: 'deadline',
    text: 'First page drafts delivered',
    dueDate: new Date(now + 12 * DAY).toISOString().slice(0, 10),
    owner: 'us',
  });
  const jonas = await rapport.call('contact.add', {
    displayName: 'Jonas Becker',
    emails: ['jonas@example.org'],
    company: 'Becker Digital',
    language: 'de',
    formality: 'du',
    cadence: { unit: 'days', count: 60 },
  });
  await rapport.call('interaction.log', { contactId: jonas.id, at: now - 9 * DAY, channel: 'meeting', direction: 'mutual', summary: 'Coffee at the co-working space' });
  return { anna, jonas };
}
