// Schemas shared by the sign-in, password and account forms (browser) and the server.
import { z } from 'zod';
import { Role } from '../generated/prisma/enums';
import { NO_NUL, NUL_MESSAGE } from './text';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const EMAIL_MAX_LENGTH = 254;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(EMAIL_MAX_LENGTH, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address.'));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Choose a password you have not used here.' });

export const roleSchema = z.enum(Role, { message: 'Choose admin, editor or viewer.' });

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200, 'At most 200 characters.').regex(NO_NUL, NUL_MESSAGE).optional().transform((v) => v || null),
  role: roleSchema,
  /** Empty: a one-time password is generated and must be changed at first sign-in. */
  password: z.union([z.literal(''), newPasswordSchema]).optional().transform((v) => v || null),
});

export const userIdSchema = z.object({ userId: z.uuid('Unknown user.') });
export const changeRoleSchema = userIdSchema.extend({ role: roleSchema });

export type CreateUserInput = z.infer<typeof createUserSchema>;
