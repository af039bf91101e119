'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorize } from '../auth/guards';
import { describeConflict, mergeDocuments } from '../case-document/merge';
import { caseDocumentSchema, type CaseDocument } from '../case-document/schema';
import { getPrisma } from '../db';
import { AppError } from '../errors';
import type { Role } from '../generated/prisma/enums';
import { describeFieldPath } from '../history/describe-changes';
import { findPossibleDuplicates } from '../server/cases/find-duplicates';
import { findCaseChoices, type CaseChoice } from '../server/cases/related-cases';
import { deleteCasePermanently, saveCase, setArchived, StaleVersionError } from '../server/cases/save-case';
import { authedAction } from './action';
import { caseIdSchema } from '../validations/case-id';
import { NO_NUL, NUL_MESSAGE } from '../validations/text';

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

const saveInputSchema = z.object({ doc: z.unknown(), baseVersion: z.number().int().min(1).nullable() });

function issuesByPath(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message);
  return errors;
}

/** A refusal's details that name fields, as saveCase gives them ({ "notes.0.body": [message] }). */
const isFieldErrors = (details: unknown): details is Record<string, string[]> => z.record(z.string(), z.array(z.string())).safeParse(details).success;

/** Creates (baseVersion null) or saves a whole case. Input is kept by the form on any refusal. */
export async function saveCaseAction(input: unknown): Promise<SaveCaseState> {
  let mine: CaseDocument | null = null;
  try {
    const user = await authorize('EDITOR');
    const { doc, baseVersion } = saveInputSchema.parse(input);
    const parsed = caseDocumentSchema.safeParse(doc);
    if (!parsed.success) return { code: 'INVALID_REQUEST', message: 'Some fields need attention; nothing was saved.', errors: issuesByPath(parsed.error) };
    mine = parsed.data;
    const saved = await saveCase(await getPrisma(), { doc: mine, baseVersion, actorId: user.id, actorEmail: user.email });
    revalidatePath(`/cases/${saved.id}`);
    return { ok: true, id: saved.id, version: saved.version, message: `Saved as version ${saved.version}.` };
  } catch (error) {
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
    if (error instanceof AppError) return { code: error.code, message: error.message, ...(isFieldErrors(error.details) && { errors: error.details }) };
    if (error instanceof z.ZodError) return { code: 'INVALID_REQUEST', message: 'The request is not valid.' };
    if ((error as { code?: unknown } | null)?.code === 'P2002') return { code: 'CONFLICT', message: 'An id in this case is already used by another case; nothing was saved.' };
    console.error(error);
    return { code: 'INTERNAL', message: 'The case could not be saved; nothing was changed. Try again.' };
  }
}

const caseIdFormSchema = z.object({ caseId: caseIdSchema });

export const archiveCaseAction = authedAction('EDITOR', caseIdFormSchema, async ({ caseId }, user) => {
  await setArchived(await getPrisma(), { caseId, archived: true, actorId: user.id });
  revalidatePath(`/cases/${caseId}`);
  return { message: 'Case archived: it no longer shows in the list. Restore it any time.' };
});

export const restoreCaseAction = authedAction('EDITOR', caseIdFormSchema, async ({ caseId }, user) => {
  await setArchived(await getPrisma(), { caseId, archived: false, actorId: user.id });
  revalidatePath(`/cases/${caseId}`);
  return { message: 'Case restored.' };
});

const deleteSchema = caseIdFormSchema.extend({ confirmTitle: z.string().max(1000).regex(NO_NUL, NUL_MESSAGE) });
export const deleteCaseAction = authedAction('ADMIN', deleteSchema, async ({ caseId, confirmTitle }) => {
  await deleteCasePermanently(await getPrisma(), { caseId, confirmTitle });
  return { message: 'Deleted permanently.' };
});

const duplicatesSchema = z.object({
  title: z.string().max(1000).regex(NO_NUL).default(''),
  names: z.array(z.string().max(1000).regex(NO_NUL)).max(200).default([]),
  excludeId: caseIdSchema.nullable().default(null),
});

/**
 * Whether the caller has `role`. The editor's hints (duplicates, case choices) answer a refused
 * caller (signed out, not an editor) with nothing rather than an error: never a 500 from a hint.
 */
async function isAuthorized(role: Role): Promise<boolean> {
  return authorize(role).then(
    () => true,
    (error: unknown) => (error instanceof AppError ? false : Promise.reject(error)),
  );
}

/** Cases whose title or party names resemble what is being entered. */
export async function findDuplicatesAction(input: unknown): Promise<{ id: string; title: string }[]> {
  if (!(await isAuthorized('EDITOR'))) return [];
  const parsed = duplicatesSchema.safeParse(input);
  if (!parsed.success) return [];
  return findPossibleDuplicates(await getPrisma(), parsed.data);
}

const caseChoicesSchema = z.object({ text: z.string().max(500).regex(NO_NUL), excludeId: caseIdSchema.nullable() });

/** Cases an editor can link as related: by a pasted address or id, or by words as in the list's search. */
export async function findCaseChoicesAction(input: unknown): Promise<CaseChoice[]> {
  if (!(await isAuthorized('EDITOR'))) return [];
  const parsed = caseChoicesSchema.safeParse(input);
  if (!parsed.success) return [];
  return findCaseChoices(await getPrisma(), parsed.data).catch((error: unknown) => (error instanceof AppError ? [] : Promise.reject(error)));
}
