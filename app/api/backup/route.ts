// GET /api/backup — the whole collection as a backup file, streamed (admins only)
// POST /api/backup?mode=dry-run|import — checks or restores an uploaded backup (admins only); with
// Accept: application/x-ndjson an import answers with progress lines, then the report
import { NextResponse } from 'next/server';
import { withRole } from '@/lib/api';
import { todayIsoDate } from '@/lib/dates';
import { getPrisma } from '@/lib/db';
import { getReadPrisma, markOwnWrite } from '@/lib/db/replicas';
import { exportCollection } from '@/lib/server/backup/export-collection';
import { importCollection } from '@/lib/server/backup/import-collection';
import { importProgressStream, NDJSON } from '@/lib/server/backup/import-progress';
import { readUpload } from '@/lib/server/backup/read-upload';
import { backupImportQuerySchema, backupQuerySchema } from '@/lib/validations/export';

export const dynamic = 'force-dynamic';

export const GET = withRole('ADMIN', async (request) => {
  const { history } = backupQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = await getReadPrisma();
  const exportedAt = new Date();
  const chunks = exportCollection(prisma, { withHistory: history, exportedAt });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const name = `covenant-backup-${todayIsoDate(exportedAt)}${history ? '-with-history' : ''}.json`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
  });
});

export const POST = withRole('ADMIN', async (request, { user }) => {
  const { mode } = backupImportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readUpload(request);
  const prisma = await getPrisma();
  const dryRun = mode === 'dry-run';
  // The upload page asks for progress lines: a large import takes minutes. Its headers leave before
  // it ends, so the wrote-at cookie is set at its start (it then covers the replicas' lag only
  // for an import shorter than the window).
  if (!dryRun && request.headers.get('accept')?.includes(NDJSON)) {
    await markOwnWrite();
    const body = importProgressStream((onProgress) => importCollection(prisma, bytes, { dryRun, actorId: user.id, onProgress }));
    return new Response(body, { headers: { 'Content-Type': `${NDJSON}; charset=utf-8`, 'Cache-Control': 'no-store' } });
  }
  const report = await importCollection(prisma, bytes, { dryRun, actorId: user.id });
  if (!dryRun) await markOwnWrite();
  return NextResponse.json({ report }, { status: report.status === 'refused' ? 422 : 200 });
});
