// Account changes and their audit log (issue 16, item 10): each change writes its event in the
// same transaction, and the change-password check is throttled like a sign-in (item 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES } from '../auth/throttle';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { AUDIT_PAGE_SIZE, findAuditEvents, recordAuditEvent } from './audit';
import { changeOwnPassword, changeRole, createUser, resetPassword, setActive, updateUser } from './users';

const PASSWORD = 'a long and unguessable passphrase 7';

describe.each(await testEngines())('accounts and their audit log on %s', (engine) => {
  let db: OpenTestDatabase;
  let admin: { id: string; email: string };
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    ({ user: admin } = await createUser(db.prisma, { email: `admin-${engine}@example.com`, role: 'ADMIN', password: PASSWORD }));
  });
  afterAll(async () => {
    await db?.drop();
  });

  const eventsFor = (email: string) =>
    db.prisma.auditEvent.findMany({ where: { targetEmail: email }, orderBy: { id: 'asc' }, select: { action: true, actorEmail: true, detail: true } });

  it('records who created, re-roled, deactivated, reactivated and reset an account, and the user’s own password change', async () => {
    const email = `life-${engine}@example.com`;
    const { user } = await createUser(db.prisma, { email, role: 'EDITOR', actor: admin });
    await changeRole(db.prisma, admin, user.id, 'VIEWER');
    await setActive(db.prisma, admin, user.id, false);
    await setActive(db.prisma, admin, user.id, true);
    const oneTime = await resetPassword(db.prisma, admin, user.id);
    expect(await changeOwnPassword(db.prisma, { user, currentPassword: oneTime, newPassword: PASSWORD, address: null })).toBe('changed');
    await updateUser(db.prisma, email, { role: 'EDITOR' });

    expect(await eventsFor(email)).toEqual([
      { action: 'USER_CREATED', actorEmail: admin.email, detail: 'editor, one-time password' },
      { action: 'ROLE_CHANGED', actorEmail: admin.email, detail: 'editor → viewer' },
      { action: 'USER_DEACTIVATED', actorEmail: admin.email, detail: null },
      { action: 'USER_REACTIVATED', actorEmail: admin.email, detail: null },
      { action: 'PASSWORD_RESET', actorEmail: admin.email, detail: 'one-time password' },
      { action: 'PASSWORD_CHANGED', actorEmail: email, detail: null },
      { action: 'ROLE_CHANGED', actorEmail: null, detail: 'viewer → editor' },
    ]);
  });

  it('logs nothing for a refused change', async () => {
    const before = await db.prisma.auditEvent.count();
    await expect(changeRole(db.prisma, admin, admin.id, 'VIEWER')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createUser(db.prisma, { email: admin.email, role: 'VIEWER', actor: admin })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(resetPassword(db.prisma, admin, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'P2025' });
    expect(await db.prisma.auditEvent.count()).toBe(before);
  });

  it('makes no change it cannot log: the change and its event commit together', async () => {
    const { user } = await createUser(db.prisma, { email: `atomic-${engine}@example.com`, role: 'EDITOR', password: PASSWORD });
    await db.prisma.$executeRaw`ALTER TABLE "AuditEvent" RENAME TO "AuditEventAway"`;
    try {
      await expect(changeRole(db.prisma, admin, user.id, 'VIEWER')).rejects.toThrow();
      await expect(setActive(db.prisma, admin, user.id, false)).rejects.toThrow();
    } finally {
      await db.prisma.$executeRaw`ALTER TABLE "AuditEventAway" RENAME TO "AuditEvent"`;
    }
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, active: true, tokenVersion: true } })).toEqual({ role: 'EDITOR', active: true, tokenVersion: 0 });
  });

  it('throttles the current-password check of “change my password” like a sign-in, and logs the lock-out', async () => {
    const email = `guessed-${engine}@example.com`;
    const { user } = await createUser(db.prisma, { email, role: 'VIEWER', password: PASSWORD });
    const change = (currentPassword: string) => changeOwnPassword(db.prisma, { user, currentPassword, newPassword: 'an entirely new passphrase 9', address: '192.0.2.50' });
    const outcomes = await Promise.all(Array.from({ length: 3 * MAX_FAILURES }, (_, i) => change(`guess number ${i}`)));
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(MAX_FAILURES - 1);
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(2 * MAX_FAILURES + 1);
    // Locked now, even for the right password: it is not checked, and nothing changes.
    expect(await change(PASSWORD)).toBe('locked');
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { tokenVersion: true } })).toEqual({ tokenVersion: 0 });
    expect(await eventsFor(email)).toEqual([
      expect.objectContaining({ action: 'USER_CREATED' }),
      { action: 'SIGN_IN_LOCKED', actorEmail: null, detail: `${MAX_FAILURES} wrong passwords; locked for 15 minutes` },
    ]);
  });

  it('pages through the log newest first without repeating or skipping an event', async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      await recordAuditEvent(db.prisma, { action: 'ROLE_CHANGED', actor: admin, target: { id: null, email: `page-${i}@example.com` } });
    }
    const total = await db.prisma.auditEvent.count();
    const seen: number[] = [];
    let cursor: number | undefined;
    let previous = Infinity;
    do {
      const page = await findAuditEvents(db.prisma, { cursor });
      expect(page.events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      for (const event of page.events) {
        expect(event.id).toBeLessThan(previous);
        previous = event.id;
        seen.push(event.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toHaveLength(total);
  });
});
