// Failed sign-ins, counted in the database (so every instance and every restart agrees):
// - an email gets MAX_FAILURES password checks per 15-minute window; the last failure locks it for
//   15 minutes — known or not, so a lock reveals nothing. Each check is reserved atomically before
//   the password is verified, so parallel guesses cannot all be checked before the lock lands;
// - failures from one address only slow it down, never lock it;
// - past GLOBAL_FREE_FAILURES failures (all emails, all addresses) in a window, password checks are
//   spaced GLOBAL_SPACING_MS apart across the whole service, so spraying one guess over many emails
//   from spoofed addresses is not free; a check that would wait more than GLOBAL_MAX_WAIT_MS is
//   refused ("busy") instead of queued.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../server/audit';

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;
const MAX_DELAY_MS = 8_000;
export const GLOBAL_FREE_FAILURES = 300;
export const GLOBAL_SPACING_MS = 250;
export const GLOBAL_MAX_WAIT_MS = 10_000;
/** The service-wide row: `failures` counts every failure; `lockedUntil` is booked-until (see globalWait). */
export const GLOBAL_KEY = 'global';

/**
 * The address a sign-in came from, as the slow-down keys it: the X-Forwarded-For entry written by
 * the outermost of `trustedHops` proxies, counted from the right. Entries to its left are the
 * client's to choose. Without a proxy the server fills the header with the socket's address only
 * when the client sent none, so there a client can pick its address (the per-email lock and the
 * global budget still hold).
 */
export function clientAddress(forwardedFor: unknown, trustedHops: number): string | null {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (typeof value !== 'string') return null;
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.length ? entries[Math.max(0, entries.length - trustedHops)]! : null;
}

export const emailKey = (email: string) => `email:${email}`;
export const addressKey = (address: string) => `ip:${address}`;

const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** Why a password was not even checked: the email is locked, or the service is saturated. */
export type Refusal = 'locked' | 'busy';

export type Attempt =
  | { refused: Refusal }
  | {
      refused: null;
      /** The password was wrong (or the account unknown or inactive): counts it, maybe locks the email. */
      failed: () => Promise<{ locked: boolean }>;
      /** The password was right: the email's failures are forgotten. */
      succeeded: () => Promise<void>;
    };

/**
 * Waits out the address's slow-down and the global spacing, then reserves one of the email's
 * password checks. Only when this returns `refused: null` may the caller verify the password, and
 * it must then report `failed()` or `succeeded()`.
 */
export async function beginAttempt(prisma: Db, email: string, address: string | null): Promise<Attempt> {
  await sleep(await delayForAddress(prisma, address));
  const wait = await globalWait(prisma);
  if (wait === null) return { refused: 'busy' };
  await sleep(wait);
  const reservation = await reserveCheck(prisma, emailKey(email));
  if (!reservation) return { refused: 'locked' };
  return {
    refused: null,
    failed: async () => {
      if (address) await countFailure(prisma, addressKey(address));
      await countFailure(prisma, GLOBAL_KEY);
      // Reservations are numbered within the window, so exactly one check can be the last allowed.
      if (reservation.number < MAX_FAILURES) return { locked: false };
      await prisma.$transaction(async (tx) => {
        await tx.$executeRaw`
          UPDATE "SignInThrottle" SET "lockedUntil" = now() + make_interval(mins => ${LOCK_MINUTES}::int), "failures" = 0, "windowStartedAt" = now()
          WHERE "key" = ${emailKey(email)}`;
        // Lock-outs of accounts only: those of unknown emails would let anyone fill the log.
        const account = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
        if (account) await recordAuditEvent(tx, { action: 'SIGN_IN_LOCKED', actor: null, target: account, detail: `${MAX_FAILURES} wrong passwords; locked for ${LOCK_MINUTES} minutes` });
      });
      return { locked: true };
    },
    succeeded: () => clearFailures(prisma, email),
  };
}

/**
 * Counts a check under `key` in one statement (concurrent ones queue on the row), or refuses it:
 * the key is locked, or its window's MAX_FAILURES checks are taken. A locked key's count stays.
 */
async function reserveCheck(prisma: Db, key: string): Promise<{ number: number } | null> {
  const rows = await prisma.$queryRaw<{ failures: number; locked: boolean }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."lockedUntil" > now() THEN t."failures"
                        WHEN t."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int) THEN 1
                        ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE WHEN t."lockedUntil" > now() THEN t."windowStartedAt"
                        WHEN t."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int) THEN now()
                        ELSE t."windowStartedAt" END
    RETURNING "failures", coalesce("lockedUntil" > now(), false) AS "locked"`;
  const row = rows[0]!;
  return row.locked || row.failures > MAX_FAILURES ? null : { number: row.failures };
}

/** Counts one failure under `key` atomically, in a window that restarts once it is over. */
async function countFailure(prisma: Db, key: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int) THEN 1 ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE WHEN t."windowStartedAt" < now() - make_interval(mins => ${WINDOW_MINUTES}::int) THEN now() ELSE t."windowStartedAt" END`;
}

export async function clearFailures(prisma: Db, email: string) {
  await prisma.signInThrottle.deleteMany({ where: { key: emailKey(email) } });
}

/** How long to wait before answering an address with recent failures: doubling, capped. */
export async function delayForAddress(prisma: Db, address: string | null): Promise<number> {
  if (!address) return 0;
  const row = await prisma.signInThrottle.findUnique({ where: { key: addressKey(address) } });
  if (!row || row.windowStartedAt.getTime() < Date.now() - WINDOW_MINUTES * 60_000) return 0;
  return row.failures < 3 ? 0 : Math.min(250 * 2 ** (row.failures - 3), MAX_DELAY_MS);
}

/**
 * Milliseconds to wait for this check's turn, or null when the queue is full. Within the free
 * budget: 0. Past it, each check books the next GLOBAL_SPACING_MS slot after the last one booked
 * (one statement, so instances and parallel requests never share a slot).
 */
export async function globalWait(prisma: Db): Promise<number | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { key: GLOBAL_KEY } });
  if (!row || row.failures < GLOBAL_FREE_FAILURES || row.windowStartedAt.getTime() < Date.now() - WINDOW_MINUTES * 60_000) return 0;
  // clock_timestamp(), not now(): a booking that queued on the row lock must count from when it got it.
  const booked = await prisma.$queryRaw<{ wait: number }[]>`
    UPDATE "SignInThrottle"
    SET "lockedUntil" = greatest(clock_timestamp(), coalesce("lockedUntil", clock_timestamp())) + ${GLOBAL_SPACING_MS}::int * interval '1 millisecond'
    WHERE "key" = ${GLOBAL_KEY} AND coalesce("lockedUntil", clock_timestamp()) < clock_timestamp() + ${GLOBAL_MAX_WAIT_MS}::int * interval '1 millisecond'
    RETURNING greatest(0, round(extract(epoch FROM "lockedUntil" - clock_timestamp()) * 1000) - ${GLOBAL_SPACING_MS}::int)::int AS "wait"`;
  return booked[0]?.wait ?? null;
}
