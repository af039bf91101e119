// Sign-in throttling lives in the database, so two app instances (two clients here) share it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db';
import type { Db } from '../db/client';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { beginAttempt, clearFailures, delayForAddress, GLOBAL_FREE_FAILURES, GLOBAL_KEY, GLOBAL_MAX_WAIT_MS, GLOBAL_SPACING_MS, globalWait, LOCK_MINUTES, MAX_FAILURES } from './throttle';

/** One attempt that turns out wrong: reserved, then reported failed. */
async function fail(prisma: Db, email: string, address: string | null) {
  const attempt = await beginAttempt(prisma, email, address);
  return attempt.refused ? { refused: attempt.refused, locked: false } : { refused: null, ...(await attempt.failed()) };
}

const lockOf = async (prisma: Db, email: string) => (await prisma.signInThrottle.findUnique({ where: { key: `email:${email}` } }))?.lockedUntil ?? null;

describe.each(await testEngines(['postgres']))('sign-in throttling on %s', (engine) => {
  let db: OpenTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('locks an email after five failures counted by two instances together', async () => {
    const other = await openDatabase({ env: { ...process.env, DATABASE_URL: db.connectionString }, poolSize: 1 });
    try {
      const email = 'shared@example.com';
      for (let i = 1; i < MAX_FAILURES; i++) {
        expect(await fail(i % 2 ? db.prisma : other.prisma, email, '192.0.2.10')).toEqual({ refused: null, locked: false });
      }
      expect(await lockOf(other.prisma, email)).toBeNull();
      expect(await fail(db.prisma, email, '192.0.2.10')).toEqual({ refused: null, locked: true });
      const until = await lockOf(other.prisma, email);
      expect(until!.getTime() - Date.now()).toBeGreaterThan((LOCK_MINUTES - 1) * 60_000);
      expect((await beginAttempt(other.prisma, email, null)).refused).toBe('locked');
    } finally {
      await other.close();
    }
  });

  it('reserves concurrent checks exactly once each, and refuses those past the limit', async () => {
    const email = 'burst@example.com';
    const attempts = await Promise.all(Array.from({ length: 3 * MAX_FAILURES }, () => beginAttempt(db.prisma, email, null)));
    expect(attempts.filter((a) => !a.refused)).toHaveLength(MAX_FAILURES);
    expect(attempts.filter((a) => a.refused === 'locked')).toHaveLength(2 * MAX_FAILURES);
  });

  it('starts a new window once the old one is over', async () => {
    const email = 'stale@example.com';
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail(db.prisma, email, null);
    await db.prisma.signInThrottle.update({ where: { key: `email:${email}` }, data: { windowStartedAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await fail(db.prisma, email, null)).toEqual({ refused: null, locked: false });
    expect((await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } })).failures).toBe(1);
  });

  it('counts a failure against the address it came from, never locking it', async () => {
    const address = '192.0.2.76';
    await fail(db.prisma, 'first@example.com', address);
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `ip:${address}` } })).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('slows an address down more with every failure, up to 8 seconds', async () => {
    const address = '192.0.2.77';
    await db.prisma.signInThrottle.create({ data: { key: `ip:${address}`, failures: 0, windowStartedAt: new Date() } });
    const delays: number[] = [];
    for (let failures = 1; failures <= 12; failures++) {
      await db.prisma.signInThrottle.update({ where: { key: `ip:${address}` }, data: { failures } });
      delays.push(await delayForAddress(db.prisma, address));
    }
    expect(delays.slice(0, 2)).toEqual([0, 0]);
    for (let i = 3; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBeGreaterThan(0);
    expect(delays.at(-1)).toBeLessThanOrEqual(8_000);
  });

  it('forgets an email’s failures after a successful sign-in', async () => {
    const email = 'recovered@example.com';
    await fail(db.prisma, email, null);
    const attempt = await beginAttempt(db.prisma, email, null);
    if (attempt.refused) throw new Error('refused');
    await attempt.succeeded();
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
    await clearFailures(db.prisma, email);
  });

  it('within the global budget checks wait for nothing; past it they are spaced apart, and a full queue refuses', async () => {
    await db.prisma.signInThrottle.deleteMany({ where: { key: GLOBAL_KEY } });
    expect(await globalWait(db.prisma)).toBe(0);
    await db.prisma.signInThrottle.create({ data: { key: GLOBAL_KEY, failures: GLOBAL_FREE_FAILURES, windowStartedAt: new Date() } });

    const slots = GLOBAL_MAX_WAIT_MS / GLOBAL_SPACING_MS;
    const waits = await Promise.all(Array.from({ length: slots + 10 }, () => globalWait(db.prisma)));
    const booked = waits.filter((w): w is number => w !== null).sort((a, b) => a - b);
    // Every booking has its own slot, one spacing after the previous one: parallel checks are serialized.
    for (let i = 1; i < booked.length; i++) {
      expect(booked[i]! - booked[i - 1]!).toBeGreaterThan(0);
      expect(booked[i]! - booked[i - 1]!).toBeLessThanOrEqual(GLOBAL_SPACING_MS + 1); // rounding to whole milliseconds
    }
    expect(booked.at(-1)).toBeLessThan(GLOBAL_MAX_WAIT_MS);
    expect(booked.length).toBeLessThanOrEqual(slots + 1);
    expect(waits.filter((w) => w === null).length).toBeGreaterThanOrEqual(9);
    expect((await beginAttempt(db.prisma, 'someone@example.com', null)).refused).toBe('busy');
    await db.prisma.signInThrottle.deleteMany({ where: { key: GLOBAL_KEY } });
  });
});
