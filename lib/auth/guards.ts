// The one place that decides who may do what. Every page, server action and route handler
// calls one of these first; the proxy's early redirect is a convenience, never the check.
import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { AppError } from '../errors';
import type { Role } from '../generated/prisma/enums';
import { authOptions } from './options';

export type CurrentUser = { id: string; email: string; name: string | null; role: Role; mustChangePassword: boolean };

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/**
 * The signed-in user as the database has them now, or null (no session, deactivated, revoked).
 * The session's jwt callback (lib/auth/options.ts) re-reads the account on every call; cached
 * per request, so a layout and its page share one read.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const { id, email, name, role, mustChangePassword } = session.user;
  return { id, email, name, role, mustChangePassword };
});

async function signInUrl(): Promise<string> {
  const path = (await headers()).get('x-covenant-path') ?? '/cases';
  return `/signin?callbackUrl=${encodeURIComponent(path)}`;
}

/** Pages: the signed-in user, or a redirect to the sign-in page (or to change a one-time password). */
export async function requireUser(options: { allowPendingPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(await signInUrl());
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect('/account/password');
  return user;
}

/** Pages: a user with at least `role`, else the 403 page. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roleAllows(user.role, role)) forbidden();
  return user;
}

/** Who may call a server action: a role, or any signed-in user (also one who must still replace a one-time password). */
export type Access = Role | 'SIGNED_IN';

/** The checks of `authorize` on a user already read: the user, or the refusal as an AppError. */
export function checkAccess(user: CurrentUser | null, access: Access): CurrentUser {
  if (!user) throw new AppError('UNAUTHORIZED', access === 'SIGNED_IN' ? 'Your session has ended: sign in again.' : 'Sign in first.');
  if (access === 'SIGNED_IN') return user;
  if (user.mustChangePassword) throw new AppError('FORBIDDEN', 'Change your one-time password first.');
  if (!roleAllows(user.role, access)) throw new AppError('FORBIDDEN', `This needs the ${access.toLowerCase()} role.`);
  return user;
}

/** Route handlers: the same checks, as errors instead of redirects. */
export async function authorize(role: Role): Promise<CurrentUser> {
  return checkAccess(await getCurrentUser(), role);
}
