// Failed sign-ins, counted in the database (so every instance and every restart agrees):
// 5 failures for one email within 15 minutes lock it for 15 minutes — known or not, so a lock
// reveals nothing; failures from one address only slow it down, never lock it.
import type { PrismaClient } from '../generated/prisma/client';

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;
const MAX_DELAY_MS = 8_000;

/**
 * The address a sign-in came from, as the slow-down keys it: the X-Forwarded-For entry written by
 * the outermost of `trustedHops` proxies, counted from the right. Entries to its left are the
 * client's to choose. Without a proxy the server fills the header with the socket's address only
 * when the client sent none, so there a client can pick its address (the per-email lock still
 * holds).
 */
export function clientAddress(forwardedFor: unknown, trustedHops: number): string | null {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (typeof value !== 'string') return null;
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.length ? entries[Math.max(0, entries.length - trustedHops)]! : null;
}

export const emailKey = (email: string) => `email:${email}`;
export const addressKey = (address: string) => `ip:${address}`;

export async function lockedUntil(prisma: PrismaClient, email: string): Promise<Date | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { key: emailKey(email) } });
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/** Counts one failure under `key` atomically; locks it when `lock` and the limit is reached. */
async function countFailure(prisma: PrismaClient, key: string, lock: boolean): Promise<{ failures: number; lockedUntil: Date | null }> {
  const rows = await prisma.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int)
                        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int)
                        THEN now() ELSE "SignInThrottle"."windowStartedAt" END
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0]!;
  if (lock && row.failures >= MAX_FAILURES) {
    const until = new Date(Date.now() + LOCK_MINUTES * 60_000);
    await prisma.signInThrottle.update({ where: { key }, data: { lockedUntil: until, failures: 0, windowStartedAt: new Date() } });
    return { failures: row.failures, lockedUntil: until };
  }
  return row;
}

export async function recordFailure(prisma: PrismaClient, email: string, address: string | null) {
  const result = await countFailure(prisma, emailKey(email), true);
  if (address) await countFailure(prisma, addressKey(address), false);
  return result;
}

export async function clearFailures(prisma: PrismaClient, email: string) {
  await prisma.signInThrottle.deleteMany({ where: { key: emailKey(email) } });
}

/** How long to wait before answering an address with recent failures: doubling, capped. */
export async function delayForAddress(prisma: PrismaClient, address: string | null): Promise<number> {
  if (!address) return 0;
  const row = await prisma.signInThrottle.findUnique({ where: { key: addressKey(address) } });
  if (!row || row.windowStartedAt.getTime() < Date.now() - WINDOW_MINUTES * 60_000) return 0;
  return row.failures < 3 ? 0 : Math.min(250 * 2 ** (row.failures - 3), MAX_DELAY_MS);
}
