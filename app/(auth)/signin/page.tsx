import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { sameOriginPath } from '@/lib/auth/callback-url';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; changed?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, changed } = await searchParams;
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <p className="text-2xl font-semibold text-brand">Covenant</p>
      <h1 className="mt-6 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-muted">Covenant holds unpublished research: sign in with the account an admin gave you.</p>
      {changed && <p role="status" className="mb-4 rounded bg-emerald-50 p-2 text-sm text-emerald-900">Password changed. Sign in with your new password.</p>}
      <SignInForm callbackUrl={sameOriginPath(callbackUrl)} initialError={typeof error === 'string' ? error : undefined} />
    </main>
  );
}
