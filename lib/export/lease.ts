// At most EXPORTS_PER_USER exports per account at once, counted in PostgreSQL so every instance
// agrees: an export takes one of the account's slots (table "ExportSlot") for as long as it runs
// and gives it back in `finally`; a slot left by a process that stopped expires on its own. Times
// are the database's clock, so instances with skewed clocks still agree.
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import type { Db } from '../db/client';
import { EXPORTS_PER_USER, LEASE_RENEW_SECONDS, LEASE_SECONDS, RETRY_AFTER_SECONDS } from './limits';

export type ExportLease = {
  /** Pushes the expiry back (at most every LEASE_RENEW_SECONDS): a long streamed export calls it as it goes. Never throws. */
  keepAlive: () => Promise<void>;
  /** Frees the slot; never throws (an unreleased slot expires). */
  release: () => Promise<void>;
};

/** Takes slot `slot` if it is free or expired; one statement, so two instances never both get it. */
async function takeSlot(prisma: Db, userId: string, slot: number, leaseId: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ slot: number }[]>`
    INSERT INTO "ExportSlot" ("userId", "slot", "leaseId", "expiresAt")
    VALUES (${userId}::uuid, ${slot}::int, ${leaseId}::uuid, now() + make_interval(secs => ${LEASE_SECONDS}::int))
    ON CONFLICT ("userId", "slot") DO UPDATE SET "leaseId" = EXCLUDED."leaseId", "expiresAt" = EXCLUDED."expiresAt"
    WHERE "ExportSlot"."expiresAt" <= now()
    RETURNING "slot"`;
  return rows.length === 1;
}

/** A free export slot of the account, or 429 with Retry-After when all of them are taken. */
export async function takeExportSlot(prisma: Db, userId: string): Promise<ExportLease> {
  const leaseId = randomUUID();
  for (let slot = 0; slot < EXPORTS_PER_USER; slot++) {
    if (!(await takeSlot(prisma, userId, slot, leaseId))) continue;
    let renewedAt = Date.now();
    let released = false;
    return {
      keepAlive: async () => {
        if (released || Date.now() - renewedAt < LEASE_RENEW_SECONDS * 1000) return;
        renewedAt = Date.now();
        try {
          await prisma.$executeRaw`
            UPDATE "ExportSlot" SET "expiresAt" = now() + make_interval(secs => ${LEASE_SECONDS}::int)
            WHERE "userId" = ${userId}::uuid AND "slot" = ${slot}::int AND "leaseId" = ${leaseId}::uuid`;
        } catch (error) {
          // A download is not broken off for this: at worst the slot frees itself early.
          console.error(`An export slot was not renewed: ${(error as Error).message}`);
        }
      },
      release: async () => {
        if (released) return;
        released = true;
        try {
          await prisma.exportSlot.deleteMany({ where: { userId, slot, leaseId } });
        } catch (error) {
          console.error(`An export slot was not released (it expires within ${LEASE_SECONDS} s): ${(error as Error).message}`);
        }
      },
    };
  }
  throw new AppError(
    'TOO_MANY_REQUESTS',
    `You already have ${EXPORTS_PER_USER} exports running. Try again when one has finished.`,
    undefined,
    { retryAfterSeconds: RETRY_AFTER_SECONDS },
  );
}

/** Runs one export in a slot of the account's, freed when it ends, whether it succeeded or not. */
export async function withExportSlot<T>(prisma: Db, userId: string, run: () => Promise<T>): Promise<T> {
  const lease = await takeExportSlot(prisma, userId);
  try {
    return await run();
  } finally {
    await lease.release();
  }
}

/**
 * A streamed export that holds its slot until the last byte is taken, the client goes away or the
 * stream fails; the slot is renewed while the stream is read.
 */
export function holdSlotWhileStreaming(body: ReadableStream<Uint8Array>, lease: ExportLease): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          await lease.keepAlive();
          const { value, done } = await reader.read();
          if (done) {
            await lease.release();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          await lease.release();
          throw error;
        }
      },
      async cancel(reason) {
        try {
          await reader.cancel(reason);
        } finally {
          await lease.release();
        }
      },
    },
    { highWaterMark: 0 },
  );
}
