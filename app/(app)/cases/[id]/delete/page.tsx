import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteCaseForm } from '@/components/cases/delete-case-form';
import { requireRole } from '@/lib/auth/guards';
import { getCaseDocument } from '@/app/(app)/cases/[id]/case-document';

export const metadata: Metadata = { title: 'Delete case' };

export default async function DeleteCasePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('ADMIN');
  const { id } = await params;
  const doc = await getCaseDocument(id);
  return (
    <>
      <h1 className="text-2xl font-semibold">Delete “{doc.title}” permanently</h1>
      <p className="my-3 max-w-2xl text-sm">
        This removes the case, everything recorded in it and its history: no past version stays readable. To hide a case from
        the list but keep it, <Link href={`/cases/${id}`} className="text-brand underline">archive it</Link> instead.
      </p>
      <DeleteCaseForm caseId={doc.id} title={doc.title} />
    </>
  );
}
