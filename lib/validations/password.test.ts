// New passwords: long enough, and not common, breached or a common pattern (issue 16, item 10).
import { describe, expect, it } from 'vitest';
import { generatePassword } from '../auth/password';
import { changePasswordSchema, createUserSchema, GUESSABLE_PASSWORD_MESSAGE, newPasswordSchema } from './password';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('newPasswordSchema', () => {
  it.each(['password1234', 'Password123!', 'qwertyuiop12', 'aaaaaaaaaaaa', 'iloveyou2020', 'letmein12345', 'admin123456789', 'hunter2hunter2', '123456789012', 'P@ssw0rd2024!'])(
    'refuses the guessable %s',
    (password) => {
      expect(messages(newPasswordSchema.safeParse(password))).toEqual([GUESSABLE_PASSWORD_MESSAGE]);
    },
  );

  it.each(['my own long passphrase 2026', 'correct horse battery staple', 'Tr0ub4dor&3 wh1sky lantern'])('accepts the hard-to-guess %s', (password) => {
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
  });

  it('accepts the one-time passwords the app generates', () => {
    for (let i = 0; i < 20; i++) expect(newPasswordSchema.safeParse(generatePassword()).success).toBe(true);
  });

  it('says only that a password is too short or too long when it is', () => {
    expect(messages(newPasswordSchema.safeParse('password'))).toEqual(['A password needs at least 12 characters.']);
    expect(messages(newPasswordSchema.safeParse('a'.repeat(257)))).toEqual(['A password has at most 256 characters.']);
  });
});

describe('where passwords are set', () => {
  it('the change-password form refuses a guessable new password', () => {
    const result = changePasswordSchema.safeParse({ currentPassword: 'my own long passphrase 2026', newPassword: 'Password123!', confirmPassword: 'Password123!' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['newPassword'], message: GUESSABLE_PASSWORD_MESSAGE })]);
  });

  it('creating an account refuses a guessable password but still allows none (a one-time password)', () => {
    const base = { email: 'new@example.com', role: 'VIEWER' };
    expect(createUserSchema.safeParse({ ...base, password: 'qwertyuiop12' }).error?.issues).toEqual([expect.objectContaining({ path: ['password'], message: GUESSABLE_PASSWORD_MESSAGE })]);
    expect(createUserSchema.safeParse({ ...base, password: '' })).toMatchObject({ success: true, data: { password: null } });
  });
});
