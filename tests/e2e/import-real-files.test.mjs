// Imports as real files come: nameless cards, other encodings. Everything usable is kept and the preview says how.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertNoOffSiteRequests, FIXTURES, startRapport } from './harness.mjs';

let rapport;
let page;
before(async () => {
  rapport = await startRapport();
  page = await rapport.context.newPage();
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

async function chooseFile(file) {
  await page.bringToFront();
  await page.goto(rapport.extensionUrl('options.html#import'));
  await page.getByLabel('Choose a file').setInputFiles(file);
  await page.getByTestId('import-counts').waitFor();
}

test('a phone export with nameless cards imports every person it holds and says what each was named from', async () => {
  await chooseFile(path.join(FIXTURES, 'import', 'contacts-nameless-cards.vcf'));
  assert.match(await page.getByTestId('import-counts').innerText(), /4\s+new contacts[\s\S]*1\s+skipped/);
  await page.getByText('New contacts (4)').click();
  await page.getByRole('listitem').filter({ hasText: 'kai.brandt' }).getByText('(named from the email)').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Nameless Ltd' }).getByText('(named from the organisation)').waitFor();
  await page.getByText('Skipped, and why (1)').click();
  await page.getByText('Card 5 (line 18): no name, organisation, email address, phone number or LinkedIn URL').waitFor();
  await page.getByRole('button', { name: 'Import now (4)' }).click();
  await page.getByText('Imported. New contacts: 4; existing contacts completed: 0.').waitFor();
  const kai = await rapport.call('contact.lookup', { emails: ['kai.brandt@example.de'] });
  assert.equal(kai.contact.displayName, 'kai.brandt');
});

test('a Windows-1252 CSV is read with its umlauts and the preview names the encoding', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'rapport-import-'));
  const file = path.join(directory, 'Connections.csv');
  const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nJürgen,Weiß,https://www.linkedin.com/in/juergen-weiss,,Grün & Söhne,Geschäftsführer,07 Dec 2025\r\n';
  await writeFile(file, Buffer.from(text, 'latin1'));
  await chooseFile(file);
  assert.match(await page.getByTestId('import-encoding').innerText(), /Windows-1252/);
  await page.getByText('New contacts (1)').click();
  await page.getByText('Jürgen Weiß').waitFor();
});
