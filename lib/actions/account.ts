'use server';
import { hashPassword, verifyPassword } from '../auth/password';
import { getCurrentUser } from '../auth/guards';
import { getPrisma } from '../db';
import { changePasswordSchema } from '../validations/password';
import { z } from 'zod';
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
  const prisma = await getPrisma();
  const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, parsed.data.currentPassword))) {
    return { code: 'INVALID_REQUEST', errors: { currentPassword: ['That is not your current password.'] } };
  }
  // A new token version signs out every other session, this one included: sign in again.
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(parsed.data.newPassword), mustChangePassword: false, tokenVersion: { increment: 1 } },
  });
  return { ok: true, message: 'Password changed. Sign in with your new password.' };
}
