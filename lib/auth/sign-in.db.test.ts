// Sign-in through the real credentials check (the provider's authorize): parallel guesses for one
// email cannot get more password checks than the lock allows (issue 16, item 2).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { authorizeCredentials, SIGN_IN_ERRORS } from './options';
import { hashPassword, verifyPassword } from './password';
import { MAX_FAILURES } from './throttle';

// Pass-through: every password check still runs, the test only counts them.
vi.mock('./password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const PASSWORD = 'a long and unguessable passphrase 7';

describe.each(await testEngines())('sign-in under parallel guessing on %s', (engine) => {
  let db: OpenTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(() => {
    vi.mocked(verifyPassword).mockClear();
  });

  const signIn = (email: string, password: string, address = '192.0.2.1') => authorizeCredentials(db.prisma, { email, password }, address);

  it('40 parallel wrong passwords and then the right one: at most five are checked, and the right one gets no session', async () => {
    const email = `target-${engine}@example.com`;
    await db.prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD), role: 'EDITOR' } });
    // Each guess from its own address, as a spoofing client would send them.
    const guesses = Array.from({ length: 40 }, (_, i) => signIn(email, `wrong guess ${i}`, `198.51.100.${i + 1}`));
    const results = await Promise.allSettled([...guesses, signIn(email, PASSWORD, '198.51.100.200')]);

    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES);
    const right = results.at(-1)!;
    expect(right.status).toBe('rejected');
    expect((right as PromiseRejectedResult).reason).toMatchObject({ message: SIGN_IN_ERRORS.locked });
    expect(results.every((r) => r.status === 'rejected' || r.value === null)).toBe(true);
    await expect(signIn(email, PASSWORD)).rejects.toThrow(SIGN_IN_ERRORS.locked);
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES);
  });

  it('120 parallel guesses for an unknown email are checked at most five times too', async () => {
    const email = `nobody-${engine}@example.com`;
    const results = await Promise.allSettled(Array.from({ length: 120 }, (_, i) => signIn(email, `guess ${i}`, `203.0.113.${(i % 250) + 1}`)));
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as Error).message === SIGN_IN_ERRORS.locked).length).toBeGreaterThanOrEqual(120 - MAX_FAILURES);
  });

  it('the right password still signs in after a few failures, and clears them', async () => {
    const email = `typo-${engine}@example.com`;
    await db.prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD), role: 'VIEWER' } });
    for (let i = 1; i < MAX_FAILURES; i++) expect(await signIn(email, `typo ${i}`, `192.0.2.${100 + i}`)).toBeNull();
    expect(await signIn(email, PASSWORD)).toMatchObject({ email, role: 'VIEWER' });
    expect(await db.prisma.signInThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
  });
});
