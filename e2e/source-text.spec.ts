// A source's text drafts a case: the reference article pasted into a new case, every suggestion
// accepted and saved; the case page cites sentences of the article and keeps its text, which the
// list's search finds. A PDF upload is read; an empty or binary file gets a message at the field.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { expect, signInAs, test } from './fixtures/accounts';
import { ROOT } from '../lib/testing/server-actions';
import { field, group } from './fixtures/case-form';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'prisma/seed-data/lenovo-v-chang-cheng.article.txt'), 'utf8');
const UUID = /\/cases\/([0-9a-f-]{36})$/;
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function pdfOf(text: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

test('an editor pastes the reference article into a new case, accepts every suggestion and saves', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  // Named as the case it drafts: other specs take the top "possible duplicates" of "Lenovo v Chang" to say so.
  const title = `Lenovo v. Chang Cheng, drafted from its source ${Date.now()}`;
  await field(page, 'Title').fill(title);
  await field(page, 'Country').selectOption('CN');
  await page.getByRole('button', { name: 'Add source', exact: true }).click();
  const source = group(page, 'Source 1');
  await field(source, 'Source title').fill('Xiaomi vice president Chang Cheng leaves (Zhongxin Finance)');
  await field(source, 'Language').fill('en');
  await field(source, 'Published').fill('2021-01-29');
  await source.getByText('Add the text of this source').click();
  await field(source, 'Text of the article or judgment').fill(ARTICLE);
  await source.getByRole('button', { name: 'Keep this text and suggest facts' }).click();

  const review = page.getByRole('region', { name: 'Suggestions from this source' });
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(source.getByText(/Text kept/).first()).toBeVisible();
  await expect(review.getByText(/\d+ suggestions: 0 accepted/)).toBeVisible();
  // Each suggestion shows the sentence it came from; the first one's is found in the text when asked.
  const first = review.getByRole('listitem').first();
  await first.getByRole('button', { name: 'Show in the text' }).click();
  await page.screenshot({ path: testInfo.outputPath('review-panel.png'), fullPage: false });
  await review.screenshot({ path: testInfo.outputPath('review-panel-region.png') });

  for (;;) {
    const acceptAll = review.getByRole('button', { name: /^Accept all / }).and(page.locator(':enabled')).first();
    if ((await acceptAll.count()) === 0) break;
    await acceptAll.click();
  }
  await expect(review.getByText(/to review\b/)).toContainText(/, 0 to review/);
  expect(await review.getByRole('button', { name: 'Accept', exact: true }).count()).toBe(0);

  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page).toHaveURL(UUID, { timeout: 30_000 });
  const id = UUID.exec(new URL(page.url()).pathname)![1]!;

  // Stored: facts cited to this source, each excerpt a sentence of the article, located in it.
  const stored = await (await page.request.get(`/api/cases/${id}`)).json();
  const sourceId = stored.sources[0].id;
  expect(stored.sources[0].snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
  const citations = JSON.stringify(stored).match(/"excerpt":"(?:[^"\\]|\\.)*"/g)!.map((m) => JSON.parse(`{${m}}`).excerpt as string);
  expect(stored.parties.length).toBeGreaterThan(0);
  expect(citations.length).toBeGreaterThan(0);
  for (const excerpt of citations) expect(squeeze(ARTICLE)).toContain(squeeze(excerpt));
  expect(JSON.stringify(stored)).toContain(`"sourceId":"${sourceId}"`);

  // The case page: the facts with their sources, the excerpts, and the kept text.
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const partiesSection = page.getByRole('region', { name: 'Parties', exact: true });
  for (const party of stored.parties) await expect(partiesSection).toContainText(party.name);
  const excerpts = page.getByRole('list', { name: 'Excerpts cited from source 1' }).getByRole('listitem');
  expect(await excerpts.count()).toBeGreaterThan(0);
  for (const excerpt of await excerpts.allTextContents()) expect(squeeze(ARTICLE)).toContain(squeeze(excerpt));
  await expect(page.getByLabel('Text kept of this source')).toContainText(stored.sources[0].snapshotSha256);
  const kept = await page.request.get(`/api/sources/snapshots/${stored.sources[0].snapshotSha256}`);
  expect([kept.status(), kept.headers()['content-type']]).toEqual([200, 'text/plain; charset=utf-8']);
  expect(squeeze(await kept.text())).toBe(squeeze(ARTICLE));

  // The list's search finds the case by a word only the article holds (in no fact or excerpt).
  const recorded = JSON.stringify(stored).toLowerCase();
  const word = [...new Set(ARTICLE.match(/\b[A-Za-z]{8,}\b/g)!)].find((w) => !recorded.includes(w.toLowerCase()))!;
  expect(word).toBeTruthy();
  await page.goto(`/cases?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('a PDF is read from its text layer; an empty, a binary and a scanned file get a message at the field', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  await page.getByRole('button', { name: 'Add source', exact: true }).click();
  const source = group(page, 'Source 1');
  await source.getByText('Add the text of this source').click();
  const file = source.getByLabel(/^Or a file/);
  const read = source.getByRole('button', { name: 'Read this file and suggest facts' });
  const error = source.locator('[id$="-file-error"]');

  await source.getByRole('button', { name: 'Keep this text and suggest facts' }).click();
  await expect(source.locator('[id$="-text-error"]')).toHaveText('Paste the text of the article or judgment first.');

  await file.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await read.click();
  await expect(error).toHaveText('This file is empty: choose the file the text is in.');

  await file.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x10]) });
  await read.click();
  await expect(error).toHaveText('This file is not text: choose a PDF, HTML, Word (DOCX) or plain-text (TXT) file.');
  await expect(file).toHaveAttribute('aria-invalid', 'true');

  const scan = new PDFDocument();
  const scanChunks: Buffer[] = [];
  scan.on('data', (chunk: Buffer) => scanChunks.push(chunk));
  const scanned = new Promise<Buffer>((resolve) => scan.on('end', () => resolve(Buffer.concat(scanChunks))));
  scan.rect(50, 50, 300, 400).fill('#888');
  scan.end();
  await file.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await scanned });
  await read.click();
  await expect(error).toContainText('This PDF has no text layer');
  expect(await page.request.get('/api/cases').then((r) => r.status())).toBe(200);

  const pdf = await pdfOf('Lenovo Group filed a labour arbitration against Chang Cheng in June 2020. The arbitration is pending.');
  await file.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
  await read.click();
  await expect(source.getByText(/Text kept/).first()).toBeVisible({ timeout: 30_000 });
  await expect(source).toContainText('from report.pdf');
  await expect(page.getByRole('region', { name: 'Suggestions from this source' })).toContainText('Lenovo Group filed a labour arbitration');
});

test('a mixed English and Chinese text is reviewed the same way, its Chinese sentences cited as written', async ({ page }) => {
  test.setTimeout(120_000);
  const mixed = fs.readFileSync(path.join(ROOT, 'lib/extract/fixtures/5-hengda-v-liu.mixed.txt'), 'utf8');
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  await page.getByRole('button', { name: 'Add source', exact: true }).click();
  const source = group(page, 'Source 1');
  await field(source, 'Source title').fill('Hengda Robotics v. Liu Wei (fictional)');
  await source.getByText('Add the text of this source').click();
  await field(source, 'Text of the article or judgment').fill(mixed);
  await source.getByRole('button', { name: 'Keep this text and suggest facts' }).click();
  const review = page.getByRole('region', { name: 'Suggestions from this source' });
  await expect(review.getByRole('region', { name: 'Text of the source, matched words highlighted' })).toContainText('恒达机器人称，刘伟于2018年7月签订了竞业限制协议');
  const parties = review.getByRole('region', { name: 'Suggested Parties' });
  await expect(parties).toContainText('刘伟');
  await parties.getByRole('button', { name: 'Accept all parties' }).click();
  await expect(review.getByText(/suggestions: \d+ accepted/)).not.toContainText('0 accepted');
  // The accepted party is in the form, cited with a sentence of the text.
  await expect(field(group(page, 'Party 1'), 'Name')).not.toHaveValue('');
  const excerpt = await group(page, 'Party 1').getByLabel('Excerpt').first().inputValue();
  expect(squeeze(mixed)).toContain(squeeze(excerpt));
});
