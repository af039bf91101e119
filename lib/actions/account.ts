'use server';
import { headers } from 'next/headers';
import { clientAddress, LOCK_MINUTES } from '../auth/throttle';
import { getPrisma } from '../db';
import { readEnv } from '../env';
import { AppError } from '../errors';
import { changeOwnPassword } from '../server/users';
import { changePasswordSchema } from '../validations/password';
import { authedAction } from './action';

/** Any signed-in user, including one who must replace a one-time password. */
export const changePasswordAction = authedAction('SIGNED_IN', changePasswordSchema, async (input, user) => {
  const address = clientAddress((await headers()).get('x-forwarded-for') ?? undefined, readEnv().TRUSTED_PROXY_HOPS);
  const outcome = await changeOwnPassword(await getPrisma(), { user, ...input, address });
  if (outcome === 'wrong') throw new AppError('INVALID_REQUEST', 'Check the highlighted fields.', { currentPassword: ['That is not your current password.'] });
  if (outcome === 'locked') throw new AppError('TOO_MANY_REQUESTS', `Too many wrong passwords for this account: try again in ${LOCK_MINUTES} minutes.`);
  if (outcome === 'busy') throw new AppError('TOO_MANY_REQUESTS', 'Too many failed sign-ins right now: try again in a minute.');
  return { message: 'Password changed. Sign in with your new password.' };
});
