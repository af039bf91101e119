// The app's client leaves the password hash out of every User read (issue 14): a page, an export or
// a relation include cannot carry it by accident; only a query that names it gets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';

describe.each(await testEngines())('the password hash on %s', (engine) => {
  let db: OpenTestDatabase;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    userId = (await db.prisma.user.create({ data: { email: `omit-${engine}@example.test`, passwordHash: 'argon2-hash-stand-in', role: 'EDITOR' } })).id;
    await db.prisma.sourceSnapshot.create({ data: { sha256: '0'.repeat(64), text: 'kept text', contentType: 'text/plain', byteLength: 9, createdById: userId } });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('is absent from what create, find and a relation include return', async () => {
    const created = await db.prisma.user.create({ data: { email: `other-${engine}@example.test`, passwordHash: 'another-stand-in', role: 'VIEWER' } });
    expect(created).not.toHaveProperty('passwordHash');
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).not.toHaveProperty('passwordHash');
    for (const user of await db.prisma.user.findMany()) expect(user).not.toHaveProperty('passwordHash');
    const snapshot = await db.prisma.sourceSnapshot.findFirstOrThrow({ where: { createdById: userId }, include: { createdBy: true } });
    expect(snapshot.createdBy).not.toHaveProperty('passwordHash');
    expect(snapshot.createdBy?.email).toBe(`omit-${engine}@example.test`);
    // Inside a transaction too, whatever Prisma's own callback type says (lib/db/client.ts: Tx).
    const inTransaction = await db.prisma.$transaction((tx) => tx.user.findUniqueOrThrow({ where: { id: userId } }));
    expect(inTransaction).not.toHaveProperty('passwordHash');
  });

  it('is read only by a query that asks for it', async () => {
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(passwordHash).toBe('argon2-hash-stand-in');
  });
});
