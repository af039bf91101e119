// GET /api/cases/export — the case list (same query parameters and order as /cases) as CSV or XLSX (zipped
// by a render worker) or as citations (BibTeX, RIS, CSL-JSON, text in a style), streamed, in one of the
// account's export slots
import { withRole } from '@/lib/api';
import { getPrisma } from '@/lib/db';
import { getReadPrisma } from '@/lib/db/replicas';
import { todayIsoDate } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { CITATION_FORMAT_FILES } from '@/lib/citations/options';
import { appBaseUrl } from '@/lib/export/base-url';
import { caseListCitations } from '@/lib/export/case-list-citations';
import { caseListCsv } from '@/lib/export/case-list-csv';
import { iterateCaseRows } from '@/lib/export/case-rows';
import { holdSlotWhileStreaming, takeExportSlot } from '@/lib/export/lease';
import { caseListXlsxInPool } from '@/lib/export/render-pool';
import { findCases, iterateMatchingCaseIds } from '@/lib/server/cases/find-cases';
import { parseCaseQueryStrict } from '@/lib/validations/case-query';
import { listExportFormatSchema } from '@/lib/validations/export';

export const dynamic = 'force-dynamic';

const SPREADSHEET_CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Text chunks as a byte stream that reads the next chunk only when the client has taken the last. */
function pullStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

export const GET = withRole('VIEWER', async (request, { user }) => {
  const params = new URL(request.url).searchParams;
  const { format, style } = listExportFormatSchema.parse({ format: params.get('format') ?? undefined, style: params.get('style') ?? undefined });
  const parsed = parseCaseQueryStrict(params);
  if (!parsed.ok) throw new AppError('INVALID_REQUEST', 'The list query is not valid.', parsed.issues);
  const { query } = parsed;
  // The export slot is a write (primary); the rows are read like the list (a replica when one may serve).
  const [prisma, readPrisma] = await Promise.all([getPrisma(), getReadPrisma()]);
  // The slot is held until the stream ends, not until this handler returns.
  const lease = await takeExportSlot(prisma, user.id);
  try {
    const { total } = await findCases({ query, facets: false, db: readPrisma });
    const ids = iterateMatchingCaseIds({ query, db: readPrisma });
    const baseUrl = appBaseUrl(request);
    const today = todayIsoDate();
    let body: ReadableStream<Uint8Array>;
    let contentType: string;
    let name: string;
    if (format === 'csv' || format === 'xlsx') {
      const rows = iterateCaseRows(readPrisma, ids, { baseUrl });
      body = format === 'csv' ? pullStream(caseListCsv(rows)) : caseListXlsxInPool(rows);
      contentType = SPREADSHEET_CONTENT_TYPES[format];
      name = `covenant-cases-${today}.${format}`;
    } else {
      body = pullStream(caseListCitations(readPrisma, ids, { format, style, baseUrl, accessed: today }));
      contentType = CITATION_FORMAT_FILES[format].contentType;
      name = `covenant-cases-${today}${format === 'text' ? `-${style}` : ''}.${CITATION_FORMAT_FILES[format].extension}`;
    }
    return new Response(holdSlotWhileStreaming(body, lease), {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Total-Count': String(total),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    await lease.release();
    throw error;
  }
});
