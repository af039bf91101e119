// GET /api/cases/{id} — one case in its canonical JSON form (docs/case-json.md).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withRole } from '@/lib/api';
import { readCaseDocument } from '@/lib/case-document/read';
import { caseDocumentSchema } from '@/lib/case-document/schema';
import { getPrisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

export const GET = withRole<{ id: string }>('VIEWER', async (_request, { params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw new AppError('NOT_FOUND', 'There is no case with that id.');
  const doc = await readCaseDocument(await getPrisma(), id.data);
  if (!doc) throw new AppError('NOT_FOUND', 'There is no case with that id.');
  // Only what the canonical form declares leaves the server.
  return NextResponse.json(caseDocumentSchema.parse(doc));
});
