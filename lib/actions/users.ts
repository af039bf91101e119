'use server';
// The account administration actions, bound to the request (definitions in lib/server/actions/users.ts).
import {
  changeRoleDefinition,
  createUserDefinition,
  deactivateUserDefinition,
  reactivateUserDefinition,
  resetPasswordDefinition,
} from '../server/actions/users';
import { inRequest } from './in-request';

export const createUserAction = inRequest(createUserDefinition);
export const changeRoleAction = inRequest(changeRoleDefinition);
export const deactivateUserAction = inRequest(deactivateUserDefinition);
export const reactivateUserAction = inRequest(reactivateUserDefinition);
export const resetPasswordAction = inRequest(resetPasswordDefinition);
