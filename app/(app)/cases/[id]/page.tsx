import type { Metadata } from 'next';
import { CaseActions } from '@/components/cases/case-actions';
import { CaseView } from '@/components/cases/case-view';
import { CiteMenu } from '@/components/cases/cite-menu';
import { ExportMenu } from '@/components/cases/export-menu';
import { ResultNavigation } from '@/components/cases/result-navigation';
import { requireUser } from '@/lib/auth/guards';
import { getPrisma } from '@/lib/db';
import { getReadPrisma } from '@/lib/db/replicas';
import { markCaseSeen } from '@/lib/server/alerts/watches';
import { getCaseDocument } from '@/app/(app)/cases/[id]/case-document';
import { resultListPosition } from '@/app/(app)/cases/[id]/result-list';
import { readRelatedCases } from '@/lib/server/cases/related-cases';
import { findSnapshotInfo } from '@/lib/server/sources/store-snapshot';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireUser();
  const { id } = await params;
  return { title: (await getCaseDocument(id)).title };
}

export default async function CasePage({ params }: Params) {
  const user = await requireUser();
  const { id } = await params;
  // The list lookup runs beside the case's own reads (it needs only the id, and fails to null).
  const [doc, position] = await Promise.all([getCaseDocument(id), resultListPosition(id)]);
  const prisma = await getReadPrisma();
  const [related, snapshots, watching] = await Promise.all([
    readRelatedCases(prisma, doc),
    findSnapshotInfo(prisma, [...new Set(doc.sources.flatMap((s) => (s.snapshotSha256 ? [s.snapshotSha256] : [])))]),
    // A watcher who opens the case has seen this version (a write: the primary).
    getPrisma().then((primary) => markCaseSeen(primary, user.id, doc.id, doc.version)),
  ]);
  return (
    <>
      <ResultNavigation position={position} />
      <ExportMenu caseId={doc.id} />
      <CiteMenu caseId={doc.id} />
      <CaseActions caseId={doc.id} archived={doc.archivedAt !== null} role={user.role} watching={watching} />
      <CaseView doc={doc} related={related} snapshots={Object.fromEntries(snapshots)} />
    </>
  );
}
