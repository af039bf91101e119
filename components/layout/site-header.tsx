import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { CurrentUser } from '@/lib/auth/guards';
import { ROLE_LABELS } from '@/lib/labels';

export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/cases" className="text-xl font-semibold tracking-tight text-brand">
          Covenant
        </Link>
        {user && (
          <nav aria-label="Main">
            <ul className="flex flex-wrap items-center gap-4 text-sm">
              <li>
                <Link href="/cases" className="text-ink hover:text-brand hover:underline">
                  Cases
                </Link>
              </li>
              <li>
                <Link href="/searches" className="text-ink hover:text-brand hover:underline">
                  Saved searches
                </Link>
              </li>
              {user.role !== 'VIEWER' && (
                <li>
                  <Link href="/cases/new" className="text-ink hover:text-brand hover:underline">
                    New case
                  </Link>
                </li>
              )}
              {user.role === 'ADMIN' && (
                <li>
                  <Link href="/admin/users" className="text-ink hover:text-brand hover:underline">
                    Users
                  </Link>
                </li>
              )}
              {user.role === 'ADMIN' && (
                <li>
                  <Link href="/admin/audit" className="text-ink hover:text-brand hover:underline">
                    Audit log
                  </Link>
                </li>
              )}
              <li>
                <Link href="/account/password" className="text-ink hover:text-brand hover:underline" title="Change my password">
                  {user.email} <span className="text-muted">({ROLE_LABELS[user.role]})</span>
                </Link>
              </li>
              <li>
                <SignOutButton />
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
