// Schemas shared by the sign-in and account forms (browser) and the server; those that set a
// password are in ./password.ts.
import { z } from 'zod';
import { Role } from '../generated/prisma/enums';

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

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

export const roleSchema = z.enum(Role, { message: 'Choose admin, editor or viewer.' });

export const userIdSchema = z.object({ userId: z.uuid('Unknown user.') });
export const changeRoleSchema = userIdSchema.extend({ role: roleSchema });

