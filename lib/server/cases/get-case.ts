import 'server-only';
import { readCaseDocument } from './read-case-document';
import type { CaseDocument } from '../../case-document/schema';
import { getReadPrisma } from '../../db/replicas';
import { AppError } from '../../errors';
import { isCaseId } from '../../validations/case-id';

/** The canonical document of one case; NOT_FOUND for an id that is no case (pages show their 404, routes answer 404). */
export async function findCaseDocument(id: string): Promise<CaseDocument> {
  const doc = isCaseId(id) ? await readCaseDocument(await getReadPrisma(), id) : null;
  if (!doc) throw new AppError('NOT_FOUND', 'There is no case with this id.');
  return doc;
}
