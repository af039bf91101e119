// GET /api/cases/[id]/export — one case as PDF, DOCX, Markdown or JSON, in one of the account's export slots
import { getPrisma } from '@/lib/db';
import { getReadPrisma } from '@/lib/db/replicas';
import { withRole } from '@/lib/api';
import { appBaseUrl } from '@/lib/export/base-url';
import { exportCase } from '@/lib/export/case-export';
import { withExportSlot } from '@/lib/export/lease';
import { readForExport } from '@/lib/export/read-gate';
import { findCaseDocument } from '@/lib/server/cases/get-case';
import { readRelatedCases } from '@/lib/server/cases/related-cases';
import { caseExportQuerySchema } from '@/lib/validations/export';

export const dynamic = 'force-dynamic';

export const GET = withRole<{ id: string }>('VIEWER', async (request, { user, params }) => {
  const { format } = caseExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  // The export slot is a write (primary); the case is read like its page (a replica when one may serve).
  const [prisma, readPrisma] = await Promise.all([getPrisma(), getReadPrisma()]);
  const file = await withExportSlot(prisma, user.id, async () => {
    const { doc, related } = await readForExport(async () => {
      const doc = await findCaseDocument(params.id);
      return { doc, related: await readRelatedCases(readPrisma, doc) };
    });
    // Rendered by a worker, outside the read gate: the next export reads meanwhile.
    return exportCase(doc, format, { exportedAt: new Date(), caseUrl: `${appBaseUrl(request)}/cases/${doc.id}`, related });
  });
  return new Response(file.body as BodyInit, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': file.disposition, 'Cache-Control': 'private, no-store' },
  });
});
