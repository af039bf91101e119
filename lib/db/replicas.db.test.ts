// Read replicas against a real streaming replica of the test server (lib/testing/streaming-replica.ts):
// writes reach the replica, the app's read-only functions read from it, and a user's reads right
// after their own write go to the primary. The replica's replay is paused to make "which copy
// answered" visible: while paused, the replica still shows the version before the last save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseDocument } from '../server/cases/read-case-document';
import type { CaseDocument } from '../case-document/schema';
import { findCaseHistory } from '../server/cases/find-history';
import { findCases } from '../server/cases/find-cases';
import { findCaseDocument } from '../server/cases/get-case';
import { saveCase } from '../server/cases/save-case';
import { createUser } from '../server/users';
import { createPostgresDatabase, type TestDatabase } from '../testing/databases';
import { freshLenovo } from '../testing/documents';
import { streamingReplicaOrSkip, waitFor } from '../testing/streaming-replica';
import { parseCaseQuery } from '../validations/case-query';
import type { Db } from './client';
import { getDatabase, type Database } from './index';
import { readClient } from './replicas';

const replica = await streamingReplicaOrSkip();

const inRecovery = async (client: Db) => (await client.$queryRaw<{ r: boolean }[]>`SELECT pg_is_in_recovery() AS r`)[0]!.r;

if (replica) {
  describe('read replicas (DATABASE_REPLICA_URLS) on a streaming replica', () => {
    let test: TestDatabase;
    let db: Database;
    let actor: { id: string; email: string };
    const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, DATABASE_REPLICA_URLS: process.env.DATABASE_REPLICA_URLS };

    const save = (doc: CaseDocument, baseVersion: number | null) => saveCase(db.prisma, { doc, baseVersion, actorId: actor.id, actorEmail: actor.email });
    const replicaClient = () => db.replicas[0]!;
    const replicaHasVersion = (id: string, version: number) => waitFor(`version ${version} reaches the replica`, async () => (await readCaseDocument(replicaClient(), id))?.version === version);

    /** Runs `body` with the replica's replay stopped: it keeps showing what it had replayed so far. */
    async function withReplayPaused(body: () => Promise<void>) {
      try {
        await replicaClient().$executeRaw`SELECT pg_wal_replay_pause()`;
        await waitFor('replay is paused', async () => (await replicaClient().$queryRaw<{ s: string }[]>`SELECT pg_get_wal_replay_pause_state() AS s`)[0]!.s === 'paused');
        await body();
      } finally {
        await replicaClient().$executeRaw`SELECT pg_wal_replay_resume()`;
      }
    }

    beforeAll(async () => {
      test = await createPostgresDatabase();
      const replicaUrl = replica.urlFor(test.connectionString);
      // The new database exists on the replica once its CREATE DATABASE is replayed.
      await waitFor('the test database reaches the replica', async () => {
        const client = new (await import('pg')).default.Client({ connectionString: replicaUrl });
        await client.connect();
        await client.end();
        return true;
      });
      // The app's own configuration path: getDatabase() reads these, as the server would.
      process.env.DATABASE_URL = test.connectionString;
      process.env.DATABASE_REPLICA_URLS = replicaUrl;
      db = await getDatabase();
      ({ user: actor } = await createUser(db.prisma, { email: 'replica-editor@example.com', role: 'EDITOR', password: 'a long enough password' }));
    });

    afterAll(async () => {
      await db?.close();
      await test?.drop();
      await replica.stop();
      for (const [key, value] of Object.entries(savedEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    it('opens the primary and the replica, and says so', () => {
      expect(db.replicas).toHaveLength(1);
      expect(db.label).toMatch(/with 1 read replica/);
    });

    it('a write on the primary becomes visible on the replica, which refuses writes of its own', async () => {
      const doc = freshLenovo();
      const saved = await save(doc, null);
      await replicaHasVersion(doc.id, saved.version);
      expect(await inRecovery(replicaClient())).toBe(true);
      expect(await inRecovery(db.prisma)).toBe(false);
      await expect(replicaClient().user.create({ data: { email: 'nobody@example.com', passwordHash: 'x', role: 'VIEWER' } })).rejects.toThrow(/read-only/);
    });

    it("the app's read-only functions (case page, history, list) read from the replica", async () => {
      const doc = freshLenovo();
      const v1 = await save(doc, null);
      await replicaHasVersion(doc.id, v1.version);
      expect(await inRecovery(readClient(db, null))).toBe(true);

      await withReplayPaused(async () => {
        await save({ ...doc, title: 'Renamed on the primary only' }, v1.version);
        // Outside a request nobody has just written: these go to the replica, which has not replayed v2.
        expect((await findCaseDocument(doc.id)).title).toBe(doc.title);
        expect((await findCaseHistory(doc.id)).entries.map((e) => e.version)).toEqual([1]);
        const list = await findCases({ query: parseCaseQuery({ q: 'Renamed on the primary only' }).query, facets: false });
        expect(list.total).toBe(0);
      });
      await replicaHasVersion(doc.id, 2);
      expect((await findCaseDocument(doc.id)).title).toBe('Renamed on the primary only');
    });

    it("a user's reads right after their own write go to the primary; after the window, to the replica again", async () => {
      const doc = freshLenovo();
      const v1 = await save(doc, null);
      await replicaHasVersion(doc.id, v1.version);

      await withReplayPaused(async () => {
        const wroteAt = Date.now();
        await save({ ...doc, title: 'Just saved by this user' }, v1.version);
        const rightAfter = readClient(db, wroteAt);
        expect(await inRecovery(rightAfter)).toBe(false);
        expect((await readCaseDocument(rightAfter, doc.id))!.title).toBe('Just saved by this user');

        const later = readClient(db, wroteAt, wroteAt + db.primaryAfterWriteMs);
        expect(await inRecovery(later)).toBe(true);
        expect((await readCaseDocument(later, doc.id))!.title).toBe(doc.title);
      });
    });
  });
}
