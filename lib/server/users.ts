// Accounts: the queries and changes behind the admin pages, the password page and
// `npm run user:create`. Every change is written with its audit event in one transaction.
import 'server-only';
import { hashPassword, generatePassword, verifyPassword } from '../auth/password';
import { beginAttempt, type Refusal } from '../auth/throttle';
import { AppError } from '../errors';
import type { Db } from '../db/client';
import type { Role } from '../generated/prisma/enums';
import { recordAuditEvent, type Actor } from './audit';

export type { Actor } from './audit';

export const USERS_PAGE_SIZE = 50;

const publicColumns = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true } as const;

const roleWord = (role: Role) => role.toLowerCase();

/** Accounts by email, keyset-paginated; `search` narrows to emails containing it. */
export async function findUsers(prisma: Db, { cursor, search }: { cursor?: string; search?: string }) {
  const rows = await prisma.user.findMany({
    where: search ? { email: { contains: search.trim().toLowerCase() } } : {},
    select: publicColumns,
    orderBy: [{ email: 'asc' }],
    take: USERS_PAGE_SIZE + 1,
    ...(cursor && { cursor: { email: cursor }, skip: 1 }),
  });
  return { users: rows.slice(0, USERS_PAGE_SIZE), nextCursor: rows.length > USERS_PAGE_SIZE ? rows[USERS_PAGE_SIZE - 1]!.email : null };
}

export type CreateUserOptions = { email: string; role: Role; name?: string | null; password?: string | null; actor?: Actor };

/** Creates an account; without a password, generates a one-time one that must be changed at first sign-in. */
export async function createUser(prisma: Db, options: CreateUserOptions) {
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: options.email }, select: { id: true } });
    if (existing) throw new AppError('CONFLICT', `An account for ${options.email} exists already.`);
    const created = await tx.user.create({
      data: { email: options.email, name: options.name ?? null, role: options.role, passwordHash, mustChangePassword: !options.password },
      select: publicColumns,
    });
    const detail = `${roleWord(created.role)}, ${options.password ? 'password chosen' : 'one-time password'}`;
    await recordAuditEvent(tx, { action: 'USER_CREATED', actor: options.actor ?? null, target: created, detail });
    return created;
  });
  return { user, generatedPassword: options.password ? null : password };
}

/** `npm run user:create -- --update`: changes role and/or password; older sessions stop working. */
export async function updateUser(prisma: Db, email: string, changes: { role?: Role; password?: string }) {
  const passwordHash = changes.password ? await hashPassword(changes.password) : null;
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
    if (!existing) throw new AppError('NOT_FOUND', `There is no account for ${email}.`);
    const user = await tx.user.update({
      where: { email },
      data: {
        ...(changes.role && { role: changes.role }),
        ...(passwordHash && { passwordHash, mustChangePassword: false }),
        tokenVersion: { increment: 1 },
      },
      select: publicColumns,
    });
    if (changes.role && changes.role !== existing.role) {
      await recordAuditEvent(tx, { action: 'ROLE_CHANGED', actor: null, target: user, detail: `${roleWord(existing.role)} → ${roleWord(changes.role)}` });
    }
    if (passwordHash) await recordAuditEvent(tx, { action: 'PASSWORD_RESET', actor: null, target: user, detail: 'set from the command line' });
    return user;
  });
}

function refuseSelf(actor: NonNullable<Actor>, userId: string, what: string) {
  if (actor.id === userId) throw new AppError('FORBIDDEN', `You cannot ${what} your own account; ask another admin.`);
}

export async function changeRole(prisma: Db, actor: NonNullable<Actor>, userId: string, role: Role) {
  refuseSelf(actor, userId, 'change the role of');
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
    const user = await tx.user.update({ where: { id: userId }, data: { role, tokenVersion: { increment: 1 } }, select: { id: true, email: true } });
    await recordAuditEvent(tx, { action: 'ROLE_CHANGED', actor, target: user, detail: `${roleWord(before.role)} → ${roleWord(role)}` });
  });
}

export async function setActive(prisma: Db, actor: NonNullable<Actor>, userId: string, active: boolean) {
  refuseSelf(actor, userId, active ? 'reactivate' : 'deactivate');
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { active, tokenVersion: { increment: 1 } }, select: { id: true, email: true } });
    await recordAuditEvent(tx, { action: active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED', actor, target: user });
  });
}

/** A new one-time password; the user must change it at next sign-in. */
export async function resetPassword(prisma: Db, actor: NonNullable<Actor>, userId: string): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, tokenVersion: { increment: 1 } }, select: { id: true, email: true } });
    await recordAuditEvent(tx, { action: 'PASSWORD_RESET', actor, target: user, detail: 'one-time password' });
  });
  return password;
}

export type ChangeOwnPasswordOptions = { user: NonNullable<Actor>; currentPassword: string; newPassword: string; address: string | null };

/**
 * A signed-in user replaces their password. The current-password check is throttled like a
 * sign-in, under the same email (a stolen session gets no more guesses than the sign-in form).
 * A new token version signs out every session, this one included.
 */
export async function changeOwnPassword(prisma: Db, { user, currentPassword, newPassword, address }: ChangeOwnPasswordOptions): Promise<'changed' | 'wrong' | Refusal> {
  const attempt = await beginAttempt(prisma, user.email, address);
  if (attempt.refused) return attempt.refused;
  const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, currentPassword))) return (await attempt.failed()).locked ? 'locked' : 'wrong';
  await attempt.succeeded();
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    const target = await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, tokenVersion: { increment: 1 } }, select: { id: true, email: true } });
    await recordAuditEvent(tx, { action: 'PASSWORD_CHANGED', actor: user, target });
  });
  return 'changed';
}
