'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getCurrentUser } from '../auth/guards';
import { clientAddress, LOCK_MINUTES } from '../auth/throttle';
import { getPrisma } from '../db';
import { readEnv } from '../env';
import { changeOwnPassword } from '../server/users';
import { changePasswordSchema } from '../validations/password';
import type { ActionState } from './action';

/** Any signed-in user, including one who must replace a one-time password. */
export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getCurrentUser();
  if (!user) return { code: 'UNAUTHORIZED', message: 'Your session has ended: sign in again.' };
  if (!(formData instanceof FormData)) return { code: 'INVALID_REQUEST', message: 'The request is not valid.' };
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { code: 'INVALID_REQUEST', message: 'Check the highlighted fields.', errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  const address = clientAddress((await headers()).get('x-forwarded-for') ?? undefined, readEnv().TRUSTED_PROXY_HOPS);
  const outcome = await changeOwnPassword(await getPrisma(), { user, ...parsed.data, address });
  if (outcome === 'wrong') return { code: 'INVALID_REQUEST', errors: { currentPassword: ['That is not your current password.'] } };
  if (outcome === 'locked') return { code: 'TOO_MANY_REQUESTS', message: `Too many wrong passwords for this account: try again in ${LOCK_MINUTES} minutes.` };
  if (outcome === 'busy') return { code: 'TOO_MANY_REQUESTS', message: 'Too many failed sign-ins right now: try again in a minute.' };
  return { ok: true, message: 'Password changed. Sign in with your new password.' };
}
