// Accounts: the queries and changes behind the admin pages and `npm run user:create`.
import { hashPassword, generatePassword } from '../auth/password';
import { AppError } from '../errors';
import type { PrismaClient } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';

export const USERS_PAGE_SIZE = 50;

const publicColumns = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true } as const;

/** Accounts by email, keyset-paginated; `search` narrows to emails containing it. */
export async function findUsers(prisma: PrismaClient, { cursor, search }: { cursor?: string; search?: string }) {
  const rows = await prisma.user.findMany({
    where: search ? { email: { contains: search.trim().toLowerCase() } } : {},
    select: publicColumns,
    orderBy: [{ email: 'asc' }],
    take: USERS_PAGE_SIZE + 1,
    ...(cursor && { cursor: { email: cursor }, skip: 1 }),
  });
  return { users: rows.slice(0, USERS_PAGE_SIZE), nextCursor: rows.length > USERS_PAGE_SIZE ? rows[USERS_PAGE_SIZE - 1]!.email : null };
}

export type CreateUserOptions = { email: string; role: Role; name?: string | null; password?: string | null };

/** Creates an account; without a password, generates a one-time one that must be changed at first sign-in. */
export async function createUser(prisma: PrismaClient, options: CreateUserOptions) {
  const existing = await prisma.user.findUnique({ where: { email: options.email }, select: { id: true } });
  if (existing) throw new AppError('CONFLICT', `An account for ${options.email} exists already.`);
  const password = options.password ?? generatePassword();
  const user = await prisma.user.create({
    data: {
      email: options.email,
      name: options.name ?? null,
      role: options.role,
      passwordHash: await hashPassword(password),
      mustChangePassword: !options.password,
    },
    select: publicColumns,
  });
  return { user, generatedPassword: options.password ? null : password };
}

/** Changes role and/or password of an existing account; older sessions stop working. */
export async function updateUser(prisma: PrismaClient, email: string, changes: { role?: Role; password?: string }) {
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) throw new AppError('NOT_FOUND', `There is no account for ${email}.`);
  return prisma.user.update({
    where: { email },
    data: {
      ...(changes.role && { role: changes.role }),
      ...(changes.password && { passwordHash: await hashPassword(changes.password), mustChangePassword: false }),
      tokenVersion: { increment: 1 },
    },
    select: publicColumns,
  });
}

function refuseSelf(actorId: string, userId: string, what: string) {
  if (actorId === userId) throw new AppError('FORBIDDEN', `You cannot ${what} your own account; ask another admin.`);
}

export async function changeRole(prisma: PrismaClient, actorId: string, userId: string, role: Role) {
  refuseSelf(actorId, userId, 'change the role of');
  await prisma.user.update({ where: { id: userId }, data: { role, tokenVersion: { increment: 1 } } });
}

export async function setActive(prisma: PrismaClient, actorId: string, userId: string, active: boolean) {
  refuseSelf(actorId, userId, active ? 'reactivate' : 'deactivate');
  await prisma.user.update({ where: { id: userId }, data: { active, tokenVersion: { increment: 1 } } });
}

/** A new one-time password; the user must change it at next sign-in. */
export async function resetPassword(prisma: PrismaClient, userId: string): Promise<string> {
  const password = generatePassword();
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), mustChangePassword: true, tokenVersion: { increment: 1 } },
  });
  return password;
}
