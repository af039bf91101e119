// PDF, Word and XLSX come from the pool's worker threads (render-pool.ts), and are the same files
// as before: the Lenovo PDF still carries 常程 as text, the workbook every row streamed to it.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSeedDocuments } from '../seed';
import type { CaseRow } from './case-rows';
import { exportCase } from './case-export';
import { RENDER_WORKERS } from './limits';
import { caseListXlsxInPool, renderPool } from './render-pool';

const lenovo = readSeedDocuments().find((d) => d.title === 'Lenovo Group v. Chang Cheng')!;
const options = { exportedAt: new Date('2026-11-25T09:30:00Z'), caseUrl: `https://covenant.example/cases/${lenovo.id}` };

function row(n: number): CaseRow {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Case ${n} 常程`,
    url: `https://covenant.example/cases/${n}`,
    jurisdiction: 'China',
    status: 'Decided',
    fictional: true,
    forums: 'Court',
    caseNumbers: '',
    yearBegun: 2020,
    filed: { text: '2020-06', day: null },
    decided: { text: '2021-01-05', day: new Date('2021-01-05T00:00:00Z') },
    claimKinds: 'Liquidated damages',
    claimed: '5,000,000 CNY',
    claimedTotal: { qualifier: 'EXACT', value: '5000000.00', currency: 'CNY' },
    awarded: '',
    awardedTotal: null,
    outcomes: '',
    parties: 'Chang Cheng (常程): employee',
    tags: '',
    updatedAt: new Date('2026-11-25T09:30:00Z'),
  } as CaseRow;
}

async function* rows(count: number): AsyncGenerator<CaseRow> {
  for (let n = 1; n <= count; n++) yield row(n);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

describe('the render pool', { timeout: 60_000 }, () => {
  it('renders the Lenovo PDF on a worker: a valid PDF whose text has 常程', async () => {
    const before = renderPool.tasksRun;
    const file = await exportCase(lenovo, 'pdf', options);
    expect(renderPool.tasksRun).toBe(before + 1);
    const bytes = Buffer.from(file.body as Uint8Array);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
    expect(text).toContain('常程');
    expect(text).toContain('Lenovo Group v. Chang Cheng');
  });

  it('renders Word on a worker', async () => {
    const before = renderPool.tasksRun;
    const file = await exportCase(lenovo, 'docx', options);
    expect(renderPool.tasksRun).toBe(before + 1);
    expect(Buffer.from(file.body as Uint8Array).subarray(0, 2).toString()).toBe('PK');
  });

  it('renders more exports at once than it has workers, each one whole', async () => {
    const files = await Promise.all(Array.from({ length: RENDER_WORKERS * 2 + 1 }, () => exportCase(lenovo, 'pdf', options)));
    const sizes = new Set(files.map((f) => (f.body as Uint8Array).length));
    expect(sizes.size).toBe(1); // the same document each time
  });

  it('streams a workbook written on a worker, with every row', async () => {
    const before = renderPool.tasksRun;
    const body = await readAll(caseListXlsxInPool(rows(1234)));
    expect(renderPool.tasksRun).toBe(before + 1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(body).buffer);
    const sheet = workbook.getWorksheet('Cases')!;
    expect(sheet.rowCount).toBe(1235);
    expect(sheet.getRow(1235).getCell(1).value).toBe('Case 1234 常程');
    expect(sheet.getRow(2).getCell(13).value).toBe(5000000);
  });

  it('ends a workbook’s task when its download is cancelled, or its rows fail', async () => {
    const reader = caseListXlsxInPool(rows(10_000)).getReader();
    await reader.read();
    expect(renderPool.tasksRunning()).toBe(1);
    await reader.cancel();
    expect(renderPool.tasksRunning()).toBe(0);
    async function* failing(): AsyncGenerator<CaseRow> {
      yield row(1);
      throw new Error('the database went away');
    }
    await expect(readAll(caseListXlsxInPool(failing()))).rejects.toThrow('the database went away');
    expect(renderPool.tasksRunning()).toBe(0);
  });

  it('renders PDFs while every worker has a workbook download that its client reads slowly', async () => {
    const downloads = Array.from({ length: RENDER_WORKERS }, () => caseListXlsxInPool(rows(10_000)).getReader());
    for (const download of downloads) await download.read(); // then left unread, as a slow client does
    const files = await Promise.all(Array.from({ length: RENDER_WORKERS + 1 }, () => exportCase(lenovo, 'pdf', options)));
    expect(files.every((f) => Buffer.from(f.body as Uint8Array).subarray(0, 5).toString() === '%PDF-')).toBe(true);
    await Promise.all(downloads.map((download) => download.cancel()));
    expect(renderPool.tasksRunning()).toBe(0);
  });
});
