// The one write path of a case: the editor's save, the backup import and the seed all store a
// version through commitCaseVersion, so each writes the same rows and the same history.
import 'server-only';
import type { Tx } from '../../db/client';
import { readCaseDocument } from './read-case-document';
import type { CaseDocument } from '../../case-document/schema';
import { deleteUnusedPartiesAndSources, sharedRecordsRenamedBy, type SharedRecords } from './shared-records';
import { recordRenames, type PendingRefresh } from './refresh-case-rows';
import { writeCaseDocument } from './write-case-document';
import type { Prisma } from '../../generated/prisma/client';
import type { ChangeAction } from '../../generated/prisma/enums';
import { describeChanges, type FieldChange } from '../../history/describe-changes';


export type CaseVersion = {
  /** The case as it is to be stored, its version included. */
  document: CaseDocument;
  action: ChangeAction;
  actorId: string | null;
  /** The case as stored before this version (null: not known or a new case). Shared rows it named and `document` does not go when unused. */
  before: CaseDocument | null;
  /** The case is known not to exist yet: inserted, with nothing to clear first. */
  isNew?: boolean;
  /**
   * The history entry: described from `before` (default); given (an import keeps the file's entry
   * for this version); or false, when one at this version is stored already.
   */
  history?: { id?: string; changes: FieldChange[] } | false;
  /** An import writes every case before any relation, so one may point at a case later in the file. */
  withoutRelations?: boolean;
  /** Every case this commit writes (an import's file): they need no rename entry of their own. */
  written?: string[];
};

export type CommittedVersion = { changes: FieldChange[]; pending: PendingRefresh | null };

export async function recordChange(tx: Tx, caseId: string, version: number, action: ChangeAction, actorId: string | null, changes: FieldChange[], snapshot: CaseDocument | null, id?: string) {
  await tx.caseChange.create({
    data: { ...(id && { id }), caseId, version, action, userId: actorId, changes, snapshot: (snapshot ?? undefined) as Prisma.InputJsonValue | undefined },
  });
}

/** What `before` named and `after` does not. */
function dropped(before: CaseDocument, after: CaseDocument): SharedRecords {
  const kept = new Set([...after.parties.map((p) => p.id), ...after.sources.map((s) => s.id)]);
  return { partyIds: before.parties.map((p) => p.id).filter((id) => !kept.has(id)), sourceIds: before.sources.map((s) => s.id).filter((id) => !kept.has(id)) };
}

/**
 * Writes `document` as a new version of its case inside the caller's transaction (the caller owns
 * the version check and the timeout): its rows, its history entry, and the settling of the shared
 * parties and sources it renames. A case elsewhere naming one of them changes with it: once the
 * caller has committed, finishRefresh(`pending`) gives it fresh list rows and a version and history
 * entry of its own, described in words and attributed to the same actor (after the commit, so a
 * party named by thousands of cases does not hold the save open, nor wait for their editors).
 */
export async function commitCaseVersion(tx: Tx, version: CaseVersion): Promise<CommittedVersion> {
  const { document, action, actorId, before, history } = version;
  const written = new Set([document.id, ...(version.written ?? [])]);
  const renamed = await sharedRecordsRenamedBy(tx, document);

  await writeCaseDocument(tx, version.withoutRelations ? { ...document, relatedCases: [] } : document, { actorId, isNew: version.isNew });
  if (before) await deleteUnusedPartiesAndSources(tx, dropped(before, document));

  let changes: FieldChange[] = [];
  if (history) {
    changes = history.changes;
    await recordChange(tx, document.id, document.version, action, actorId, changes, document, history.id);
  } else if (history === undefined) {
    const stored = (await readCaseDocument(tx, document.id))!;
    changes = describeChanges(before, stored);
    await recordChange(tx, document.id, document.version, action, actorId, changes, stored);
  }

  return { changes, pending: await recordRenames(tx, renamed, [...written], actorId) };
}
