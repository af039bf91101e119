// Real databases for the `db` test project: a fresh PostgreSQL database or a fresh PGlite per
// test file, each dropped afterwards. Never mocks, and never anything but a local server.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, it } from 'vitest';
import { openDatabase, type Database } from '../db';
import type { Db } from '../db/client';
import { startEmbeddedServer } from '../db/embedded';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export type TestDatabase = {
  engine: Engine;
  connectionString: string;
  /** Drops the database (PostgreSQL) or stops the server and deletes its folder (PGlite). */
  drop: () => Promise<void>;
};

const DEFAULT_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The server tests may use: DATABASE_URL_TEST, else the local default. Refuses anything remote. */
export function postgresBaseUrl(): URL {
  const url = new URL(process.env.DATABASE_URL_TEST?.trim() || DEFAULT_POSTGRES_URL);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(
      `DATABASE_URL_TEST points at ${url.hostname}: tests create and drop databases, so they only run against ` +
        'a server on this machine (localhost, 127.0.0.1 or ::1).',
    );
  }
  return url;
}

function describeServer(url: URL): string {
  return `${url.hostname}:${url.port || '5432'}`;
}

/** Whether the test PostgreSQL server answers within two seconds. */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresBaseUrl().toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new, empty database on the local PostgreSQL server. */
export async function createPostgresDatabase(): Promise<TestDatabase> {
  const base = postgresBaseUrl();
  // Lower-case letters, digits and underscores only: safe to interpolate as an identifier.
  const name = `covenant_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    connectionString: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base.toString(), connectionTimeoutMillis: 5000 });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A new PGlite in its own temporary folder, served on 127.0.0.1 like the app's embedded database. */
export async function createPgliteDatabase(): Promise<TestDatabase> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'covenant-pglite-'));
  try {
    const server = await startEmbeddedServer(dir);
    return {
      engine: 'pglite',
      connectionString: server.connectionString,
      drop: async () => {
        try {
          await server.stop();
        } finally {
          await fs.rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

export function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  return engine === 'pglite' ? createPgliteDatabase() : createPostgresDatabase();
}

export type OpenTestDatabase = Database & { engine: Engine; drop: () => Promise<void> };

/**
 * A fresh database, migrated and with a Prisma client, opened exactly as the app opens a
 * DATABASE_URL (lib/db/index.ts). PGlite serves one backend, so its pool has one connection.
 * `drop()` disconnects and then removes the database.
 */
export async function openTestDatabase(engine: Engine): Promise<OpenTestDatabase> {
  const test = await createTestDatabase(engine);
  let db: Database;
  try {
    db = await openDatabase({
      env: { NODE_ENV: 'test', DATABASE_URL: test.connectionString },
      poolSize: engine === 'pglite' ? 1 : 4,
    });
  } catch (error) {
    await test.drop();
    throw error;
  }
  return {
    ...db,
    engine,
    drop: async () => {
      try {
        await db.close();
      } finally {
        await test.drop();
      }
    },
  };
}

let reachability: Promise<boolean> | undefined;

/**
 * The engines a suite should run on, for `describe.each(await testEngines())`. When PostgreSQL is
 * not reachable its variant is reported as skipped with the reason, except under CI, where a
 * missing server is a broken pipeline and fails the run.
 */
export async function testEngines(wanted: readonly Engine[] = ENGINES): Promise<Engine[]> {
  if (!wanted.includes('postgres')) return [...wanted];
  reachability ??= postgresReachable();
  if (await reachability) return [...wanted];

  const where = describeServer(postgresBaseUrl());
  if (process.env.CI) {
    throw new Error(
      `PostgreSQL is not reachable at ${where} and CI is set: the database tests must run against PostgreSQL in CI. ` +
        'Start the server or set DATABASE_URL_TEST.',
    );
  }
  console.warn(
    `[db tests] PostgreSQL is not reachable at ${where}: skipping the postgres variants. ` +
      'Start PostgreSQL or set DATABASE_URL_TEST to run them (under CI this is an error).',
  );
  describe.skip(`on postgres (not reachable at ${where})`, () => {
    it('runs against PostgreSQL', () => undefined);
  });
  return wanted.filter((engine) => engine !== 'postgres');
}

/** Rows in every table of the schema, `_prisma_migrations` included. */
export async function rowCounts(prisma: Db): Promise<Record<string, number>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM "${name.replaceAll('"', '""')}"`);
    counts[name] = row!.count;
  }
  return counts;
}
