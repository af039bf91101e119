'use client';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { z } from 'zod';
import { Field } from '@/components/forms/field';
import { sameOriginPath } from '@/lib/auth/callback-url';
import { signInSchema } from '@/lib/validations/auth';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'The email or password is not right.',
  Locked: 'Too many failed attempts for this email: sign-in is paused for 15 minutes.',
  Busy: 'Sign-in is under heavy load (many failed attempts): try again in a minute.',
  InvalidInput: 'Enter a valid email address and your password.',
};

export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState(initialError ? (MESSAGES[initialError] ?? MESSAGES.CredentialsSignin) : '');
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage('');
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(sameOriginPath(callbackUrl, window.location.origin));
      return;
    }
    setMessage(MESSAGES[result?.error ?? ''] ?? MESSAGES.CredentialsSignin!);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field name="email" label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} errors={errors.email} required />
      <Field name="password" label="Password" type="password" autoComplete="current-password" errors={errors.password} required />
      <div aria-live="polite" role="alert" className="min-h-5 text-sm text-rose-700">
        {message}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-3 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
