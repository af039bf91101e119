// The account administration actions' definitions; lib/actions/users.ts makes them server actions.
import 'server-only';
import { formAction } from '../../actions/action';
import { changeRoleSchema, userIdSchema } from '../../validations/auth';
import { createUserSchema } from '../../validations/password';
import { changeRole, createUser, resetPassword, setActive } from '../users';

export const createUserDefinition = formAction('ADMIN', createUserSchema, async (input, { user: admin, db, revalidatePath }) => {
  const { user, generatedPassword } = await createUser(db, { ...input, actor: admin });
  revalidatePath('/admin/users');
  return {
    message: `Created ${user.email} (${user.role.toLowerCase()}).`,
    ...(generatedPassword && { secret: generatedPassword }),
  };
});

export const changeRoleDefinition = formAction('ADMIN', changeRoleSchema, async ({ userId, role }, { user: admin, db, revalidatePath }) => {
  await changeRole(db, admin, userId, role);
  revalidatePath('/admin/users');
  return { message: `Role changed to ${role.toLowerCase()}.` };
});

export const deactivateUserDefinition = formAction('ADMIN', userIdSchema, async ({ userId }, { user: admin, db, revalidatePath }) => {
  await setActive(db, admin, userId, false);
  revalidatePath('/admin/users');
  return { message: 'Deactivated: signed out at their next request.' };
});

export const reactivateUserDefinition = formAction('ADMIN', userIdSchema, async ({ userId }, { user: admin, db, revalidatePath }) => {
  await setActive(db, admin, userId, true);
  revalidatePath('/admin/users');
  return { message: 'Reactivated.' };
});

export const resetPasswordDefinition = formAction('ADMIN', userIdSchema, async ({ userId }, { user: admin, db, revalidatePath }) => {
  const password = await resetPassword(db, admin, userId);
  revalidatePath('/admin/users');
  return { message: 'New one-time password (shown once; they must change it at sign-in):', secret: password };
});
