'use server';
// The own-account actions, bound to the request (definitions in lib/server/actions/account.ts).
import { changePasswordDefinition } from '../server/actions/account';
import { inRequest } from './in-request';

export const changePasswordAction = inRequest(changePasswordDefinition);
