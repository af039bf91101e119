// Citing as a researcher meets it: the case page's "Cite this case" (a style, Copy, downloads) and a
// whole list view cited in one file, each read back by an independent parser.
import { expect, signInAs, test } from './fixtures/accounts';
import { parseBibtex } from './fixtures/bibtex';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'VIEWER');
});

test('the case page cites the reference case in a chosen style, copies it and downloads BibTeX', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/cases/${lenovo.id}`);
  await page.getByText('Cite this case').click();
  const citation = page.getByRole('textbox', { name: 'Citation' });
  await expect(citation).toHaveValue('Lenovo Group v. Chang Cheng (Arbitration, filed June 2020)');
  await page.getByRole('combobox', { name: 'Style' }).selectOption({ label: 'GB/T 7714' });
  await expect(citation).toHaveValue(new RegExp(`^Lenovo Group v\\. Chang Cheng\\[Z/OL\\]\\. Arbitration, 2020-06\\[\\d{4}-\\d{2}-\\d{2}\\]\\. http.*/cases/${lenovo.id}$`));
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.inputValue());

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'BibTeX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Lenovo Group v. Chang Cheng.bib');
  const { entries, errors } = parseBibtex(Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8'));
  expect(errors).toEqual([]);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ type: 'jurisdiction', key: 'lenovo2020', fields: { title: 'Lenovo Group v. Chang Cheng', institution: ['Arbitration'], date: '2020-06' } });
});

test('the CSL-JSON of a case is a legal_case item; a bad format or style is refused', async ({ page }) => {
  const response = await page.request.get(`/api/cases/${lenovo.id}/citation?format=csl-json`);
  expect(response.headers()['content-type']).toContain('application/vnd.citationstyles.csl+json');
  const [item] = (await response.json()) as Record<string, unknown>[];
  expect(item).toMatchObject({ id: lenovo.id, type: 'legal_case', title: lenovo.title, jurisdiction: 'cn', submitted: { 'date-parts': [[2020, 6]] } });
  expect((await page.request.get(`/api/cases/${lenovo.id}/citation?format=text&style=apa`)).status()).toBe(400);
  expect((await page.request.get(`/api/cases/${lenovo.id}/citation?format=docx`)).status()).toBe(400);
  expect((await page.request.get('/api/cases/00000000-0000-4000-8000-000000000000/citation?format=ris')).status()).toBe(404);
});

test('a list view is cited in one file: one entry for each case the view holds, in its order', async ({ page }) => {
  await page.goto('/cases?jurisdiction=CN&sort=title');
  const view = (await (await page.request.get('/api/cases?jurisdiction=CN&sort=title&limit=100')).json()) as { items: { title: string }[] };
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'BibTeX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^covenant-cases-\d{4}-\d{2}-\d{2}\.bib$/);
  const bib = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  const { entries, errors } = parseBibtex(bib);
  expect(errors).toEqual([]);
  expect(entries.map((e) => e.fields.title)).toEqual(view.items.map((c) => c.title));
  expect(entries.map((e) => e.fields.title)).toContain('Lenovo Group v. Chang Cheng');
  expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);

  const listed = await page.request.get('/api/cases/export?format=text&style=bluebook&jurisdiction=CN&sort=title');
  const lines = (await listed.text()).trim().split('\n');
  expect(lines).toHaveLength(Number(listed.headers()['x-total-count']));
  expect(lines).toContain('Lenovo Group v. Chang Cheng (Arbitration filed Jun. 2020).');
});
