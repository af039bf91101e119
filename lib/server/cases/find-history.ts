import 'server-only';
import { notFound } from 'next/navigation';
import type { CaseDocument } from '../../case-document/schema';
import { getPrisma } from '../../db';
import type { FieldChange } from '../../history/describe-changes';

export const HISTORY_PAGE_SIZE = 30;

/** A case's changes, newest first, keyset-paginated by version. */
export async function findCaseHistory(caseId: string, beforeVersion?: number) {
  const prisma = await getPrisma();
  const rows = await prisma.caseChange.findMany({
    where: { caseId, ...(beforeVersion && { version: { lt: beforeVersion } }) },
    orderBy: { version: 'desc' },
    take: HISTORY_PAGE_SIZE + 1,
    select: { version: true, action: true, at: true, changes: true, user: { select: { email: true } } },
  });
  const entries = rows.slice(0, HISTORY_PAGE_SIZE).map((r) => ({ ...r, changes: r.changes as FieldChange[] }));
  return { entries, nextBefore: rows.length > HISTORY_PAGE_SIZE ? entries.at(-1)!.version : null };
}

/** The case exactly as it was after `version` was saved. */
export async function getCaseVersion(caseId: string, version: number) {
  const prisma = await getPrisma();
  const change = await prisma.caseChange.findUnique({
    where: { caseId_version: { caseId, version } },
    select: { snapshot: true, at: true, action: true, user: { select: { email: true } } },
  });
  if (!change?.snapshot) notFound();
  return { doc: change.snapshot as CaseDocument, at: change.at, action: change.action, author: change.user?.email ?? null };
}
