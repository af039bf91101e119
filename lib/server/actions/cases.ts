// The case actions' definitions (lib/actions/action.ts); lib/actions/cases.ts makes them server actions.
import 'server-only';
import { z } from 'zod';
import { formAction, objectAction, refusalFieldErrors, type ActionRefusal } from '../../actions/action';
import { describeConflict, mergeDocuments } from '../../case-document/merge';
import { caseDocumentSchema, type CaseDocument } from '../../case-document/schema';
import { describeFieldPath } from '../../history/describe-changes';
import { caseIdSchema } from '../../validations/case-id';
import { NO_NUL, NUL_MESSAGE } from '../../validations/text';
import { findPossibleDuplicates } from '../cases/find-duplicates';
import type { Db } from '../../db/client';
import { findCaseChoices } from '../cases/related-cases';
import { deleteCasePermanently, saveCase, setArchived, StaleVersionError } from '../cases/save-case';

export type SaveCaseState = {
  ok?: boolean;
  id?: string;
  version?: number;
  code?: string;
  message?: string;
  /** Problems keyed by the field's path in the document, e.g. "claims.0.amount.value". */
  errors?: Record<string, string[]>;
  conflict?: {
    version: number;
    changes: string[];
    /** The editor's changes applied to the current version (not saved): where both changed a field, theirs is described. */
    rebased: { doc: CaseDocument; conflicts: { path: string; field: string; text: string }[] } | null;
  };
};

const saveInputSchema = z.object({ doc: caseDocumentSchema, baseVersion: z.number().int().min(1).nullable() });

function issuesByPath(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  // The document's problems keep their paths inside it ("claims.0.amount.value"), as the form's fields are keyed.
  for (const issue of issues) (errors[(issue.path[0] === 'doc' ? issue.path.slice(1) : issue.path).join('.')] ??= []).push(issue.message);
  return errors;
}

/** The editor's form as it was refused: a conflict comes with the editor's changes merged into the current version. */
function refusedSave(refusal: ActionRefusal, mine: CaseDocument | null): SaveCaseState {
  const { code, error } = refusal;
  if (error instanceof StaleVersionError) {
    const rebased = error.versions && mine ? mergeDocuments(error.versions.base, error.versions.current, mine) : null;
    return {
      code: error.code,
      message: error.message,
      conflict: {
        version: error.currentVersion,
        changes: error.changesMeanwhile.map((c) => c.text),
        rebased: rebased && {
          doc: { ...rebased.merged, version: error.currentVersion },
          conflicts: rebased.conflicts.map((c) => ({ path: c.path.join('.'), field: describeFieldPath(rebased.merged, c.path), text: describeConflict(c) })),
        },
      },
    };
  }
  if (refusal.issues) {
    const docIssues = refusal.issues.some((issue) => issue.path[0] === 'doc' && issue.path.length > 1);
    return docIssues
      ? { code, message: 'Some fields need attention; nothing was saved.', errors: issuesByPath(refusal.issues) }
      : { code, message: 'The request is not valid.' };
  }
  if ((error as { code?: unknown } | null)?.code === 'P2002') return { code: 'CONFLICT', message: 'An id in this case is already used by another case; nothing was saved.' };
  if (code === 'INTERNAL') return { code, message: 'The case could not be saved; nothing was changed. Try again.' };
  const errors = refusalFieldErrors(refusal, issuesByPath);
  return { code, message: refusal.message, ...(errors && { errors }) };
}

/** Creates (baseVersion null) or saves a whole case. Input is kept by the form on any refusal. */
export const saveCaseDefinition = objectAction(
  'EDITOR',
  saveInputSchema,
  async ({ doc, baseVersion }, { user, db, revalidatePath }): Promise<SaveCaseState> => {
    const saved = await saveCase(db, { doc, baseVersion, actorId: user.id, actorEmail: user.email });
    revalidatePath(`/cases/${saved.id}`);
    return { ok: true, id: saved.id, version: saved.version, message: `Saved as version ${saved.version}.` };
  },
  // The parsed document is merged into the current version when the save is refused as stale.
  (refusal, parsed) => refusedSave(refusal, parsed?.doc ?? null),
);

const caseIdFormSchema = z.object({ caseId: caseIdSchema });

export const archiveCaseDefinition = formAction('EDITOR', caseIdFormSchema, async ({ caseId }, { user, db, revalidatePath }) => {
  await setArchived(db, { caseId, archived: true, actorId: user.id });
  revalidatePath(`/cases/${caseId}`);
  return { message: 'Case archived: it no longer shows in the list. Restore it any time.' };
});

export const restoreCaseDefinition = formAction('EDITOR', caseIdFormSchema, async ({ caseId }, { user, db, revalidatePath }) => {
  await setArchived(db, { caseId, archived: false, actorId: user.id });
  revalidatePath(`/cases/${caseId}`);
  return { message: 'Case restored.' };
});

const deleteSchema = caseIdFormSchema.extend({ confirmTitle: z.string().max(1000).regex(NO_NUL, NUL_MESSAGE) });
export const deleteCaseDefinition = formAction('ADMIN', deleteSchema, async ({ caseId, confirmTitle }, { db }) => {
  await deleteCasePermanently(db, { caseId, confirmTitle });
  return { message: 'Deleted permanently.' };
});

const duplicatesSchema = z.object({
  title: z.string().max(1000).regex(NO_NUL).default(''),
  names: z.array(z.string().max(1000).regex(NO_NUL)).max(200).default([]),
  excludeId: caseIdSchema.nullable().default(null),
});

/**
 * The editor's hints (duplicates, case choices) answer any refusal (signed out, not an editor, bad
 * input, a refused search) with nothing rather than an error: never a 500 from a hint.
 */
const hint = <S extends z.ZodType, T>(schema: S, run: (input: z.output<S>, db: Db) => Promise<T[]>) =>
  objectAction('EDITOR', schema, (input, { db }) => run(input, db), (): T[] => [], { readOnly: true });

/** Cases whose title or party names resemble what is being entered. */
export const findDuplicatesDefinition = hint(duplicatesSchema, (query, db) => findPossibleDuplicates(db, query));

const caseChoicesSchema = z.object({ text: z.string().max(500).regex(NO_NUL), excludeId: caseIdSchema.nullable() });

/** Cases an editor can link as related: by a pasted address or id, or by words as in the list's search. */
export const findCaseChoicesDefinition = hint(caseChoicesSchema, (query, db) => findCaseChoices(db, query));
