// Exports as a researcher and an admin meet them: one case in four formats, the list as CSV and
// XLSX, and backups that only admins can make.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { expect, signInAs, test } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

const EXPORT_URL = `/api/cases/${lenovo.id}/export`;

test.describe('as a viewer', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, 'VIEWER');
  });

  test('the case page offers the summary in four formats', async ({ page }) => {
    await page.goto(`/cases/${lenovo.id}`);
    const menu = page.getByRole('navigation', { name: 'Export this case' });
    for (const name of ['PDF', 'Word', 'Markdown', 'JSON']) await expect(menu.getByRole('link', { name })).toBeVisible();
    const download = page.waitForEvent('download');
    await menu.getByRole('link', { name: 'Markdown' }).click();
    expect((await download).suggestedFilename()).toBe('Lenovo Group v. Chang Cheng.md') // from filename*, the exact title;
  });

  test('a researcher downloads the Lenovo summary as PDF, Word, Markdown and JSON', async ({ page }) => {
    const pdf = await page.request.get(`${EXPORT_URL}?format=pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toContain('filename="lenovo-group-v-chang-cheng.pdf"');
    const pdfBytes = await pdf.body();
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfBytes.length).toBeLessThan(500_000); // the CJK font is subset, not embedded whole
    // Laid out by a render worker of the production build: the Chinese name is text in the PDF.
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdfBytes, encoding: 'utf8' })).toContain('常程');

    const docx = await page.request.get(`${EXPORT_URL}?format=docx`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-disposition']).toContain('lenovo-group-v-chang-cheng.docx');
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');

    const md = await page.request.get(`${EXPORT_URL}?format=md`);
    const text = await md.text();
    for (const expected of ['# Lenovo Group v. Chang Cheng', '常程', '2017-07-24', '5,000,000', 'Liquidated damages', 'signature disputed', 'unconfirmed']) {
      expect(text).toContain(expected);
    }

    const json = await page.request.get(`${EXPORT_URL}?format=json`);
    expect(await json.json()).toEqual(lenovo);
  });

  test('an unknown case or format is refused with a JSON error', async ({ page }) => {
    const missing = await page.request.get('/api/cases/00000000-0000-4000-8000-000000000000/export?format=pdf');
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
    const badFormat = await page.request.get(`${EXPORT_URL}?format=exe`);
    expect(badFormat.status()).toBe(400);
  });

  test('a researcher downloads the list as CSV and XLSX, with Chinese names and exact amounts', async ({ page }) => {
    const csv = await page.request.get('/api/cases/export?format=csv');
    expect(csv.status()).toBe(200);
    const total = Number(csv.headers()['x-total-count']);
    expect(total).toBeGreaterThanOrEqual(4);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(total + 1);
    const lenovoLine = text.split('\r\n').find((line) => line.startsWith('Lenovo Group v. Chang Cheng'))!;
    expect(lenovoLine).toContain('Chang Cheng (常程)');
    expect(lenovoLine).toContain('more than 5,000,000 CNY');
    expect(lenovoLine).toContain('5000000.00');

    const filtered = await page.request.get('/api/cases/export?format=csv&jurisdiction=CN&claim=LIQUIDATED_DAMAGES');
    expect(Number(filtered.headers()['x-total-count'])).toBeLessThanOrEqual(total);
    expect(await filtered.text()).toContain('Lenovo Group v. Chang Cheng');

    const xlsx = await page.request.get('/api/cases/export?format=xlsx');
    expect(xlsx.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await xlsx.body()).buffer);
    const sheet = workbook.getWorksheet('Cases')!;
    expect(sheet.rowCount).toBe(total + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = sheet.getRows(2, total)!.find((r) => r.getCell(1).value === 'Lenovo Group v. Chang Cheng')!;
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell('Claimed total qualifier')).toBe('more than'); // the claim is "more than 5M": so is the total
    expect(cell('Claimed total')).toBe(5000000);
    expect(cell('Claimed total (exact)')).toBe('5000000.00');
    expect(cell('Claimed currency')).toBe('CNY');
    expect(String(cell('Parties (original name): roles'))).toContain('常程');
    expect(cell('First filed')).toBe('2020-06'); // known to the month: text, not a date
  });

  test('a viewer cannot reach the backup routes or page', async ({ page }) => {
    const download = await page.request.get('/api/backup');
    expect(download.status()).toBe(403);
    expect((await download.json()).error.code).toBe('FORBIDDEN');
    const upload = await page.request.post('/api/backup?mode=dry-run', { data: '{}' });
    expect(upload.status()).toBe(403);
    const response = await page.goto('/admin/backup');
    expect(response?.status()).toBe(403);
  });
});

test('an admin downloads a backup and checks it as a dry run', async ({ page }) => {
  await signInAs(page, 'ADMIN');
  const response = await page.request.get('/api/backup');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/filename="covenant-backup-\d{4}-\d{2}-\d{2}\.json"/);
  const body = await response.text();
  const backup = JSON.parse(body);
  expect(backup).toMatchObject({ format: 'covenant-backup', schemaVersion: lenovo.schemaVersion, withHistory: false });
  expect(backup.cases.map((c: { id: string }) => c.id)).toContain(lenovo.id);

  const check = await page.request.post('/api/backup?mode=dry-run', { data: Buffer.from(body), headers: { 'content-type': 'application/json' } });
  expect(check.status()).toBe(200);
  const { report } = await check.json();
  expect(report.status).toBe('ready');
  expect(report.cases.unchanged.map((c: { id: string }) => c.id)).toContain(lenovo.id);

  const broken = await page.request.post('/api/backup?mode=import', { data: Buffer.from(body.slice(0, 200)), headers: { 'content-type': 'application/json' } });
  expect(broken.status()).toBe(422);
  expect((await broken.json()).report.problems[0].message).toMatch(/truncated/);

  await page.goto('/admin/backup');
  await expect(page.getByRole('heading', { name: 'Backup and restore', level: 1 })).toBeVisible();
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('nothing has been written yet');
  // The same collection again: importing it changes nothing, through the page's progress stream.
  await page.getByRole('button', { name: 'Import now' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('Imported.');

  const streamed = await page.request.post('/api/backup?mode=import', {
    data: Buffer.from(body),
    headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
  });
  expect(streamed.headers()['content-type']).toMatch(/^application\/x-ndjson/);
  const last = JSON.parse((await streamed.text()).trimEnd().split('\n').at(-1)!);
  expect(last.report).toMatchObject({ status: 'imported', cases: { created: [], updated: [] } });
});
