// GET /api/cases/[id]/citation — one case's citation as CSL-JSON, BibTeX/BibLaTeX, RIS or text in a style
import { withRole } from '@/lib/api';
import { toCslItem } from '@/lib/citations/csl-item';
import { citationFileWriter } from '@/lib/citations/formats';
import { CITATION_FORMAT_FILES } from '@/lib/citations/options';
import { appBaseUrl } from '@/lib/export/base-url';
import { contentDisposition } from '@/lib/export/file-name';
import { todayIsoDate } from '@/lib/dates';
import { getReadPrisma } from '@/lib/db/replicas';
import { readCitableCase } from '@/lib/server/cases/citable-cases';
import { citationQuerySchema } from '@/lib/validations/export';

export const dynamic = 'force-dynamic';

export const GET = withRole<{ id: string }>('VIEWER', async (request, { params }) => {
  const { format, style } = citationQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const cited = await readCitableCase(await getReadPrisma(), params.id);
  const item = toCslItem(cited, { url: `${appBaseUrl(request)}/cases/${cited.id}`, accessed: todayIsoDate() });
  const writer = citationFileWriter(format, style);
  const { extension, contentType } = CITATION_FORMAT_FILES[format];
  return new Response(writer.start() + writer.batch([item]) + writer.end(), {
    headers: { 'Content-Type': contentType, 'Content-Disposition': contentDisposition(cited.title, extension), 'Cache-Control': 'private, no-store' },
  });
});
