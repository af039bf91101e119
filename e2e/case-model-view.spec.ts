// Every field of the case model (schema version 2), as a reader meets it: the every-field fixture
// is imported as an admin restores a backup, then a viewer finds each value on the case page and
// in the PDF, Word and Markdown summaries.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, sharedAccount, signInAs, signInViaApi, test } from './fixtures/accounts';
import { docxText } from '../lib/testing/docx-text';
import { EVERY_FIELD_VALUES, normaliseSpace } from '../lib/testing/every-field-values';
import everyField from '../lib/testing/fixtures/every-field.json' with { type: 'json' };

const CASE_URL = `/cases/${everyField.id}`;
const EXPORT_URL = `/api/cases/${everyField.id}/export`;

test.beforeAll(async ({ playwright }, testInfo) => {
  const admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { 'x-forwarded-for': '198.18.0.15' } });
  await signInViaApi(admin, sharedAccount('ADMIN'));
  const backup = {
    format: 'covenant-backup',
    schemaVersion: everyField.schemaVersion,
    exportedAt: new Date().toISOString(),
    withHistory: false,
    tags: [],
    sources: [],
    parties: [],
    cases: [everyField],
    history: [],
  };
  const response = await admin.post('/api/backup?mode=import', { data: Buffer.from(JSON.stringify(backup)), headers: { 'content-type': 'application/json' } });
  expect(response.status(), await response.text()).toBe(200);
  await admin.dispose();
});

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'VIEWER');
});

test('the case page shows every field, each fact with its own certainty', async ({ page }, testInfo) => {
  await page.goto(CASE_URL);
  await expect(page.getByRole('heading', { name: everyField.title, level: 1 })).toBeVisible();
  const text = normaliseSpace(await page.locator('article').innerText());
  for (const value of EVERY_FIELD_VALUES) expect(text, value).toContain(value);
  expect(text).not.toContain('1,800,000,000.00');

  // A party's roles say in which proceeding it holds each.
  const brightwater = page.getByRole('region', { name: 'Parties' }).getByRole('listitem').filter({ hasText: 'Brightwater Analytics Inc.' }).first();
  await expect(brightwater).toContainText('In the proceedings: Plaintiff in 21CV123456; Defendant in 5:21-cv-00987-XYZ');
  await expect(page.getByRole('region', { name: 'Parties' }).getByText('not checked in the sources', { exact: true })).toBeVisible();

  // The reported award beside the confirmed claim carries its own badge and source.
  const claim = page.getByRole('region', { name: 'Claims' }).getByRole('row').filter({ hasText: 'Misappropriation of trade secrets' });
  const awarded = claim.getByRole('cell').nth(3);
  await expect(awarded).toContainText('about 3,000,000 USD');
  await expect(awarded.getByText('Reported', { exact: true })).toBeVisible();
  await expect(awarded.getByRole('link', { name: 'source 2' })).toBeVisible();
  await expect(claim.getByRole('cell').nth(5).getByText('Confirmed', { exact: true })).toBeVisible();

  // Judges and counsel, each cited.
  const proceedings = page.getByRole('region', { name: 'Proceedings and forums' });
  const magistrate = proceedings.getByRole('listitem').filter({ hasText: /^Robert Lin \(林博\), magistrate/ });
  await expect(magistrate.getByText('Reported', { exact: true })).toBeVisible();
  const counsel = proceedings.locator('p').filter({ hasText: 'Counsel: Oakridge Legal' });
  await expect(counsel.getByText('Reported', { exact: true })).toBeVisible();

  // The excerpts the new facts cite are quoted under their sources.
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources).toContainText('Hon. Maria Delgado, Judge of the Superior Court');
  await expect(sources).toContainText('about $3 million, people familiar with the matter said');

  const screenshot = testInfo.outputPath('every-field-case-page.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  expect(fs.statSync(screenshot).size).toBeGreaterThan(0);
});

test('the PDF, Word and Markdown summaries carry every field', async ({ page }) => {
  const pdf = await page.request.get(`${EXPORT_URL}?format=pdf`);
  expect(pdf.status()).toBe(200);
  const pdfText = normaliseSpace(execFileSync('pdftotext', ['-raw', '-', '-'], { input: await pdf.body(), encoding: 'utf8' }));

  const docx = await page.request.get(`${EXPORT_URL}?format=docx`);
  expect(docx.status()).toBe(200);
  const wordText = normaliseSpace(docxText(await docx.body()));

  const md = await page.request.get(`${EXPORT_URL}?format=md`);
  expect(md.status()).toBe(200);
  // Markdown without its escapes and emphasis, as it reads once rendered.
  const markdownText = (await md.text()).replaceAll('\\', '').replaceAll('**', '');

  for (const value of EVERY_FIELD_VALUES) {
    expect(pdfText, `PDF: ${value}`).toContain(value);
    expect(wordText, `Word: ${value}`).toContain(value);
    expect(markdownText, `Markdown: ${value}`).toContain(value);
  }
  for (const text of [pdfText, wordText, markdownText]) {
    expect(text).toContain('about 3,000,000 USD. Certainty: reported. Source [2]');
    expect(text).not.toContain('1,800,000,000.00');
  }
});
