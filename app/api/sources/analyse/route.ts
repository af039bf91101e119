// POST /api/sources/analyse?fileName=&published=&language= — the body is a source's file (PDF,
// HTML, DOCX, TXT) or its pasted text (Content-Type text/plain); answers its text, kept as a
// snapshot, and the suggestions drawn from it (editors only). A route rather than a server action:
// a file may be 20 MB, and actions are held to 4 MB before anyone is signed in (proxy.ts).
import { NextResponse } from 'next/server';
import { withRole } from '@/lib/api';
import { getPrisma } from '@/lib/db';
import { readUpload } from '@/lib/server/backup/read-upload';
import { analyseSource } from '@/lib/server/sources/analyse-source';
import { analyseSourceQuerySchema, SOURCE_UPLOAD_MAX_BYTES } from '@/lib/validations/source-text';

export const dynamic = 'force-dynamic';

export const POST = withRole('EDITOR', async (request, { user }) => {
  const query = analyseSourceQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readUpload(request, SOURCE_UPLOAD_MAX_BYTES);
  const declaredType = request.headers.get('content-type');
  const analysis = await analyseSource(await getPrisma(), { bytes, declaredType, ...query, actorId: user.id });
  return NextResponse.json(analysis, { headers: { 'Cache-Control': 'no-store' } });
});
