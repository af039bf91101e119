import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { requireUser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Change my password' };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  return (
    <>
      <h1 className="text-2xl font-semibold">Change my password</h1>
      {user.mustChangePassword && (
        <p role="status" className="my-3 rounded bg-amber-50 p-2 text-sm text-amber-900">
          You signed in with a one-time password. Choose your own before you continue.
        </p>
      )}
      <p className="mb-4 text-sm text-muted">Afterwards you sign in again; your other sessions end.</p>
      <ChangePasswordForm />
    </>
  );
}
