// Read replicas (DATABASE_REPLICA_URLS). The primary (`getPrisma()`) serves every write, every
// transaction, sign-in and the account re-read, and every read an action makes before writing.
// Pages and exports that only show data ask `getReadPrisma()`, which answers a replica — except
// for a user who wrote within the last few seconds: their write set the wrote-at cookie
// (`markOwnWrite()`), and while it is fresh their reads stay on the primary, so they see their own
// change even while the replica is behind. Other users may see it a moment later, as replication
// allows. Without replicas both functions are the primary and no cookie is ever set.
//
// The cookie is not signed: it only chooses which copy of the same data a user reads, so a forged
// one gains nothing but a slower page.
import 'server-only';
import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { readEnv } from '../env';
import type { Db } from './client';
import { getDatabase, type Database } from './index';

export const WROTE_AT_COOKIE = 'covenant-wrote-at';

let nextReplica = 0;

/**
 * The client a read-only query should use: the primary when there are no replicas or when the
 * reader wrote less than `primaryAfterWriteMs` ago (`wroteAt`, epoch ms), else the replicas in turn.
 */
export function readClient(db: Pick<Database, 'prisma' | 'replicas' | 'primaryAfterWriteMs'>, wroteAt: number | null, now = Date.now()): Db {
  if (db.replicas.length === 0) return db.prisma;
  if (wroteAt !== null && now - wroteAt < db.primaryAfterWriteMs) return db.prisma;
  nextReplica = (nextReplica + 1) % db.replicas.length;
  return db.replicas[nextReplica]!;
}

/** A minute of clock difference between app servers: one sets the cookie, another may read it. */
const CLOCK_SKEW_MS = 60_000;

/** The wrote-at cookie's time, or null when absent or not a time (give or take clock skew) in the past. */
export function parseWroteAt(value: string | undefined, now = Date.now()): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  const at = Number(value);
  return at <= now + CLOCK_SKEW_MS ? at : null;
}

/** This request's wrote-at time; null outside a request (scripts, tests), where nobody has written. */
async function requestWroteAt(): Promise<number | null> {
  try {
    return parseWroteAt((await cookies()).get(WROTE_AT_COOKIE)?.value);
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must pass through
    return null;
  }
}

/** For pages, route handlers and exports that only read: a replica when one may serve this user. */
export async function getReadPrisma(): Promise<Db> {
  const db = await getDatabase();
  if (db.replicas.length === 0) return db.prisma;
  return readClient(db, await requestWroteAt());
}

/**
 * Called by server actions and route handlers that wrote: keeps this user's next reads on the
 * primary for `primaryAfterWriteMs`. Does nothing without replicas.
 */
export async function markOwnWrite(now = Date.now()): Promise<void> {
  // From the environment, not the open database: marking must never be what opens it.
  const env = readEnv();
  if (env.DATABASE_REPLICA_URLS.length === 0) return;
  (await cookies()).set(WROTE_AT_COOKIE, String(now), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: env.DATABASE_REPLICA_PRIMARY_AFTER_WRITE_SECONDS,
    secure: (env.NEXTAUTH_URL ?? '').startsWith('https://'), // as the session cookie (lib/auth/options.ts)
  });
}
