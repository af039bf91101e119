'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/signin' })} className="text-ink hover:text-brand hover:underline">
      Sign out
    </button>
  );
}
