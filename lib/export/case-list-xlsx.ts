// A result list as XLSX, written row by row with ExcelJS's streaming writer: typed cells (sums as
// numbers beside their exact text and their currency; dates as dates only when known to the
// day), the header row frozen and filters on.
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { totalQualifierWords } from '../money';
import type { CaseRow } from './case-rows';

type Column = { header: string; key: string; width: number; value: (row: CaseRow) => string | number | Date | null; numFmt?: string };

const COLUMNS: Column[] = [
  { header: 'Title', key: 'title', width: 40, value: (r) => r.title },
  { header: 'Jurisdiction', key: 'jurisdiction', width: 18, value: (r) => r.jurisdiction },
  { header: 'Status', key: 'status', width: 11, value: (r) => r.status },
  { header: 'Fictional', key: 'fictional', width: 9, value: (r) => (r.fictional ? 'yes' : 'no') },
  { header: 'Forums', key: 'forums', width: 28, value: (r) => r.forums },
  { header: 'Case numbers', key: 'caseNumbers', width: 22, value: (r) => r.caseNumbers },
  { header: 'Year begun', key: 'yearBegun', width: 10, value: (r) => r.yearBegun, numFmt: '0' },
  { header: 'First filed', key: 'filed', width: 12, value: (r) => r.filed?.day ?? r.filed?.text ?? null, numFmt: 'yyyy-mm-dd' },
  { header: 'Last decided', key: 'decided', width: 12, value: (r) => r.decided?.day ?? r.decided?.text ?? null, numFmt: 'yyyy-mm-dd' },
  { header: 'Claim kinds', key: 'claimKinds', width: 28, value: (r) => r.claimKinds },
  { header: 'Claimed (each claim)', key: 'claimed', width: 40, value: (r) => r.claimed },
  { header: 'Claimed total qualifier', key: 'claimedTotalQualifier', width: 10, value: (r) => (r.claimedTotal ? totalQualifierWords(r.claimedTotal.qualifier) : null) },
  { header: 'Claimed total', key: 'claimedTotal', width: 16, value: (r) => (r.claimedTotal ? Number(r.claimedTotal.value) : null), numFmt: '#,##0.00' },
  { header: 'Claimed total (exact)', key: 'claimedTotalExact', width: 20, value: (r) => r.claimedTotal?.value ?? null },
  { header: 'Claimed currency', key: 'claimedCurrency', width: 9, value: (r) => r.claimedTotal?.currency ?? null },
  { header: 'Awarded (latest decision on each claim)', key: 'awarded', width: 30, value: (r) => r.awarded },
  { header: 'Awarded total qualifier', key: 'awardedTotalQualifier', width: 10, value: (r) => (r.awardedTotal ? totalQualifierWords(r.awardedTotal.qualifier) : null) },
  { header: 'Awarded total', key: 'awardedTotal', width: 16, value: (r) => (r.awardedTotal ? Number(r.awardedTotal.value) : null), numFmt: '#,##0.00' },
  { header: 'Awarded total (exact)', key: 'awardedTotalExact', width: 20, value: (r) => r.awardedTotal?.value ?? null },
  { header: 'Awarded currency', key: 'awardedCurrency', width: 9, value: (r) => r.awardedTotal?.currency ?? null },
  { header: 'Outcomes (certainty, date)', key: 'outcomes', width: 30, value: (r) => r.outcomes },
  { header: 'Parties (original name): roles', key: 'parties', width: 50, value: (r) => r.parties },
  { header: 'Judges and arbitrators (original name)', key: 'judges', width: 30, value: (r) => r.judges },
  { header: 'Counsel (lawyer) for party', key: 'counsel', width: 40, value: (r) => r.counsel },
  { header: 'Tags', key: 'tags', width: 24, value: (r) => r.tags },
  { header: 'Last updated', key: 'updatedAt', width: 18, value: (r) => r.updatedAt, numFmt: 'yyyy-mm-dd hh:mm' },
  { header: 'Case page', key: 'url', width: 40, value: (r) => r.url },
  { header: 'Id', key: 'id', width: 38, value: (r) => r.id },
];

/** Resolves when `stream` drains or closes, whichever comes first, leaving no listener behind. */
async function drainedOrClosed(stream: PassThrough): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race([once(stream, 'drain', { signal: done.signal }), once(stream, 'close', { signal: done.signal })]);
  } finally {
    done.abort();
  }
}

/** Streams the workbook; the returned stream ends when the last row is written. */
export function caseListXlsx(rows: AsyncIterable<CaseRow>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Covenant';
  const sheet = workbook.addWorksheet('Cases', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  void (async () => {
    try {
      for await (const row of rows) {
        sheet.addRow(COLUMNS.map((c) => c.value(row))).commit();
        // ExcelJS writes without waiting: when the client reads slowly, wait for it instead of buffering the sheet.
        if (out.writableNeedDrain) await drainedOrClosed(out);
        if (out.destroyed) return; // the download was cancelled
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}
