import type { Metadata } from 'next';
import { CaseEditor } from '@/components/cases/editor/case-editor';
import { requireRole } from '@/lib/auth/guards';
import { currencyCodes } from '@/lib/money';
import { getPrisma } from '@/lib/db';
import { getCaseDocument } from '@/app/(app)/cases/[id]/case-document';
import { readNamedCases } from '@/lib/server/cases/related-cases';

export const metadata: Metadata = { title: 'Edit case' };

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole('EDITOR');
  const { id } = await params;
  const doc = await getCaseDocument(id);
  const named = await readNamedCases(await getPrisma(), doc);
  const caseTitles = Object.fromEntries(named.map((c) => [c.caseId, c.title]));
  return (
    <>
      <h1 className="text-2xl font-semibold">Edit: {doc.title}</h1>
      <CaseEditor key={doc.version} initial={doc} baseVersion={doc.version} caseTitles={caseTitles} userEmail={user.email} currencyCodes={currencyCodes()} />
    </>
  );
}
