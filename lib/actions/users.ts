'use server';
import { revalidatePath } from 'next/cache';
import { getPrisma } from '../db';
import { changeRole, createUser, resetPassword, setActive } from '../server/users';
import { changeRoleSchema, userIdSchema } from '../validations/auth';
import { createUserSchema } from '../validations/password';
import { authedAction } from './action';

export const createUserAction = authedAction('ADMIN', createUserSchema, async (input, admin) => {
  const { user, generatedPassword } = await createUser(await getPrisma(), { ...input, actor: admin });
  revalidatePath('/admin/users');
  return {
    message: `Created ${user.email} (${user.role.toLowerCase()}).`,
    ...(generatedPassword && { secret: generatedPassword }),
  };
});

export const changeRoleAction = authedAction('ADMIN', changeRoleSchema, async ({ userId, role }, admin) => {
  await changeRole(await getPrisma(), admin, userId, role);
  revalidatePath('/admin/users');
  return { message: `Role changed to ${role.toLowerCase()}.` };
});

export const deactivateUserAction = authedAction('ADMIN', userIdSchema, async ({ userId }, admin) => {
  await setActive(await getPrisma(), admin, userId, false);
  revalidatePath('/admin/users');
  return { message: 'Deactivated: signed out at their next request.' };
});

export const reactivateUserAction = authedAction('ADMIN', userIdSchema, async ({ userId }, admin) => {
  await setActive(await getPrisma(), admin, userId, true);
  revalidatePath('/admin/users');
  return { message: 'Reactivated.' };
});

export const resetPasswordAction = authedAction('ADMIN', userIdSchema, async ({ userId }, admin) => {
  const password = await resetPassword(await getPrisma(), admin, userId);
  revalidatePath('/admin/users');
  return { message: 'New one-time password (shown once; they must change it at sign-in):', secret: password };
});
