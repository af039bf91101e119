// GET /api/cases/{id} — one case in its canonical JSON form (docs/case-json.md).
import { NextResponse } from 'next/server';
import { withRole } from '@/lib/api';
import { caseDocumentSchema } from '@/lib/case-document/schema';
import { findCaseDocument } from '@/lib/server/cases/get-case';

export const GET = withRole<{ id: string }>('VIEWER', async (_request, { params }) => {
  const doc = await findCaseDocument(params.id);
  // Only what the canonical form declares leaves the server.
  return NextResponse.json(caseDocumentSchema.parse(doc));
});
