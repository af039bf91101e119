// GET /api/sources/snapshots/{sha256} — the text a source was read from, as plain text (any signed-in reader)
import { withRole } from '@/lib/api';
import { sha256Schema } from '@/lib/case-document/schema';
import { getPrisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getSnapshotText } from '@/lib/server/sources/store-snapshot';

export const dynamic = 'force-dynamic';

export const GET = withRole<{ sha256: string }>('VIEWER', async (_request, { params }) => {
  const sha256 = sha256Schema.safeParse(params.sha256);
  if (!sha256.success) throw new AppError('NOT_FOUND', 'No source text with this SHA-256 is stored.');
  const { text } = await getSnapshotText(await getPrisma(), sha256.data);
  return new Response(text, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      // Never rendered as a page: the text is someone else's HTML or script as often as not.
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=31536000, immutable',
    },
  });
});
