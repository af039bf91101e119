// Schemas of the forms and tools that set a password (change-password, create account,
// `npm run user:create`). Apart from lib/validations/auth.ts because the guessable-password check
// carries ~2 MB of word lists, which must not reach the browser bundle of the sign-in form.
import { z } from 'zod';
import { NO_NUL, NUL_MESSAGE } from './text';
import { isGuessablePassword } from '../auth/password-strength';
import { emailSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, roleSchema } from './auth';

export const GUESSABLE_PASSWORD_MESSAGE = 'This password is too easy to guess (common, breached or a common pattern such as a word with digits): choose a longer, less predictable one.';

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`)
  // Only once the length is right: the length message is the one to show first, and no
  // oversized input reaches the estimator.
  .refine((p) => p.length < PASSWORD_MIN_LENGTH || p.length > PASSWORD_MAX_LENGTH || !isGuessablePassword(p), GUESSABLE_PASSWORD_MESSAGE);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Choose a password you have not used here.' });

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200, 'At most 200 characters.').regex(NO_NUL, NUL_MESSAGE).optional().transform((v) => v || null),
  role: roleSchema,
  /** Empty: a one-time password is generated and must be changed at first sign-in. */
  password: z.union([z.literal(''), newPasswordSchema]).optional().transform((v) => v || null),
});
