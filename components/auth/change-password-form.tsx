'use client';
import { useActionState, useEffect } from 'react';
import { signOut } from 'next-auth/react';
import { Field, FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { changePasswordAction } from '@/lib/actions/account';
import { PASSWORD_MIN_LENGTH } from '@/lib/validations/auth';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, {});
  useEffect(() => {
    if (state.ok) void signOut({ callbackUrl: '/signin?changed=1' });
  }, [state.ok]);
  return (
    <form action={action} className="max-w-sm space-y-4">
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={state.errors?.currentPassword} required />
      <Field name="newPassword" label="New password" type="password" autoComplete="new-password" hint={`At least ${PASSWORD_MIN_LENGTH} characters, and not a common password or pattern.`} errors={state.errors?.newPassword} required />
      <Field name="confirmPassword" label="New password again" type="password" autoComplete="new-password" errors={state.errors?.confirmPassword} required />
      <FormMessage state={state} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
