// GET /api/cases/[id]/citation — one case's citation as CSL-JSON, BibTeX/BibLaTeX, RIS or text in a style
import { withRole } from '@/lib/api';
import { citableCase, toCslItem } from '@/lib/citations/csl-item';
import { citationFileWriter } from '@/lib/citations/formats';
import { CITATION_FORMAT_FILES } from '@/lib/citations/options';
import { appBaseUrl } from '@/lib/export/base-url';
import { contentDisposition } from '@/lib/export/file-name';
import { findCaseDocument } from '@/lib/server/cases/get-case';
import { citationQuerySchema } from '@/lib/validations/export';

export const dynamic = 'force-dynamic';

export const GET = withRole<{ id: string }>('VIEWER', async (request, { params }) => {
  const { format, style } = citationQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const doc = await findCaseDocument(params.id);
  const item = toCslItem(citableCase(doc), { url: `${appBaseUrl(request)}/cases/${doc.id}`, accessed: new Date().toISOString().slice(0, 10) });
  const writer = citationFileWriter(format, style);
  const { extension, contentType } = CITATION_FORMAT_FILES[format];
  return new Response(writer.start() + writer.batch([item]) + writer.end(), {
    headers: { 'Content-Type': contentType, 'Content-Disposition': contentDisposition(doc.title, extension), 'Cache-Control': 'private, no-store' },
  });
});
