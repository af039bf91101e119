'use server';
// The case actions, bound to the request (definitions in lib/server/actions/cases.ts).
import {
  archiveCaseDefinition,
  deleteCaseDefinition,
  findCaseChoicesDefinition,
  findDuplicatesDefinition,
  restoreCaseDefinition,
  saveCaseDefinition,
} from '../server/actions/cases';
import { inRequest } from './in-request';

export type { SaveCaseState } from '../server/actions/cases';

export const saveCaseAction = inRequest(saveCaseDefinition);
export const archiveCaseAction = inRequest(archiveCaseDefinition);
export const restoreCaseAction = inRequest(restoreCaseDefinition);
export const deleteCaseAction = inRequest(deleteCaseDefinition);
export const findDuplicatesAction = inRequest(findDuplicatesDefinition);
export const findCaseChoicesAction = inRequest(findCaseChoicesDefinition);
