import 'server-only';
import { caseDocumentSchema, type CaseDocument } from '../../case-document/schema';
import { getReadPrisma } from '../../db/replicas';
import { AppError } from '../../errors';
import { fieldChangesSchema } from '../../history/describe-changes';

export const HISTORY_PAGE_SIZE = 30;

// What is stored is read through its schema, never cast: one malformed entry (an old import) shows
// as such on its own line instead of failing the page for everyone.

/** A case's changes, newest first, keyset-paginated by version. `changes` null: not readable. */
export async function findCaseHistory(caseId: string, beforeVersion?: number) {
  const prisma = await getReadPrisma();
  const rows = await prisma.caseChange.findMany({
    where: { caseId, ...(beforeVersion && { version: { lt: beforeVersion } }) },
    orderBy: { version: 'desc' },
    take: HISTORY_PAGE_SIZE + 1,
    select: { version: true, action: true, at: true, changes: true, user: { select: { email: true } } },
  });
  const entries = rows.slice(0, HISTORY_PAGE_SIZE).map((r) => {
    const changes = fieldChangesSchema.safeParse(r.changes);
    return { ...r, changes: changes.success ? changes.data : null };
  });
  return { entries, nextBefore: rows.length > HISTORY_PAGE_SIZE ? entries.at(-1)!.version : null };
}

/** The case exactly as it was after `version` was saved; `doc` null when the stored snapshot is not a valid case. */
export async function getCaseVersion(caseId: string, version: number): Promise<{ doc: CaseDocument | null; at: Date; author: string | null }> {
  const prisma = await getReadPrisma();
  const change = await prisma.caseChange.findUnique({
    where: { caseId_version: { caseId, version } },
    select: { snapshot: true, at: true, user: { select: { email: true } } },
  });
  if (!change?.snapshot) throw new AppError('NOT_FOUND', 'This case has no such version.');
  const doc = caseDocumentSchema.safeParse(change.snapshot);
  return { doc: doc.success ? doc.data : null, at: change.at, author: change.user?.email ?? null };
}
