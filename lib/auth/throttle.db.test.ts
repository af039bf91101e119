// Sign-in throttling lives in the database, so two app instances (two clients here) share it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { clearFailures, delayForAddress, LOCK_MINUTES, lockedUntil, MAX_FAILURES, recordFailure } from './throttle';

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
        const result = await recordFailure(i % 2 ? db.prisma : other.prisma, email, '192.0.2.10');
        expect(result.lockedUntil).toBeNull();
      }
      expect(await lockedUntil(other.prisma, email)).toBeNull();
      const fifth = await recordFailure(db.prisma, email, '192.0.2.10');
      expect(fifth.lockedUntil).not.toBeNull();
      const until = await lockedUntil(other.prisma, email);
      expect(until!.getTime() - Date.now()).toBeGreaterThan((LOCK_MINUTES - 1) * 60_000);
    } finally {
      await other.close();
    }
  });

  it('counts concurrent failures exactly once each', async () => {
    const email = 'burst@example.com';
    await Promise.all(Array.from({ length: MAX_FAILURES - 1 }, () => recordFailure(db.prisma, email, null)));
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(row.failures).toBe(MAX_FAILURES - 1);
  });

  it('starts a new window once the old one is over', async () => {
    const email = 'stale@example.com';
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(db.prisma, email, null);
    await db.prisma.signInThrottle.update({ where: { key: `email:${email}` }, data: { windowStartedAt: new Date(Date.now() - 16 * 60_000) } });
    const next = await recordFailure(db.prisma, email, null);
    expect(next).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('slows an address down more with every failure but never locks it', async () => {
    const address = '192.0.2.77';
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      await recordFailure(db.prisma, `user${i}@example.com`, address);
      delays.push(await delayForAddress(db.prisma, address));
    }
    expect(delays.slice(0, 2)).toEqual([0, 0]);
    for (let i = 3; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBeGreaterThan(0);
    expect(delays.at(-1)).toBeLessThanOrEqual(8_000);
    expect(await lockedUntil(db.prisma, address)).toBeNull();
  });

  it('forgets an email’s failures after a successful sign-in', async () => {
    const email = 'recovered@example.com';
    await recordFailure(db.prisma, email, null);
    await clearFailures(db.prisma, email);
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
  });
});
