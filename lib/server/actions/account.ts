// The own-account actions' definitions; lib/actions/account.ts makes them server actions.
import 'server-only';
import { formAction } from '../../actions/action';
import { LOCK_MINUTES } from '../../auth/throttle';
import { AppError } from '../../errors';
import { changePasswordSchema } from '../../validations/password';
import { changeOwnPassword } from '../users';

/** Any signed-in user, including one who must replace a one-time password. */
export const changePasswordDefinition = formAction('SIGNED_IN', changePasswordSchema, async (input, { user, db, clientAddress }) => {
  const outcome = await changeOwnPassword(db, { user, ...input, address: clientAddress });
  if (outcome === 'wrong') throw new AppError('INVALID_REQUEST', 'Check the highlighted fields.', { currentPassword: ['That is not your current password.'] });
  if (outcome === 'locked') throw new AppError('TOO_MANY_REQUESTS', `Too many wrong passwords for this account: try again in ${LOCK_MINUTES} minutes.`);
  if (outcome === 'busy') throw new AppError('TOO_MANY_REQUESTS', 'Too many failed sign-ins right now: try again in a minute.');
  return { message: 'Password changed. Sign in with your new password.' };
});
