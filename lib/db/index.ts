// The one place that chooses the database: DATABASE_URL → that PostgreSQL server; unset → the
// embedded PGlite in COVENANT_DATA_DIR. Everything else asks `getPrisma()` and never knows which.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { readEnv } from '../env';
import { PrismaClient } from '../generated/prisma/client';
import { startEmbeddedServer } from './embedded';
import { DatabaseSetupError, describeConnectionFailure } from './errors';
import { migrate, type MigrateResult } from './migrate';

export { DatabaseSetupError } from './errors';

export type Database = {
  prisma: PrismaClient;
  /** For people: "PostgreSQL at 127.0.0.1:5432/covenant" or "embedded PGlite (.data)". */
  label: string;
  /** The host and database, or the data folder: "127.0.0.1:5432/covenant", ".data". */
  location: string;
  embedded: boolean;
  /** A connection string for tools that speak SQL directly (migrations, benchmarks). */
  connectionString: string;
  /** True when this open found no cases and no users: a brand-new database. */
  wasEmpty: boolean;
  /** What opening it migrated. */
  migrations: MigrateResult;
  close: () => Promise<void>;
};

type OpenOptions = { env?: NodeJS.ProcessEnv; poolSize?: number };

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const env = readEnv(options.env);
  if (env.DATABASE_URL) return openServer(env.DATABASE_URL, options.poolSize ?? 10);
  return openEmbedded(env.COVENANT_DATA_DIR);
}

async function openServer(connectionString: string, poolSize: number): Promise<Database> {
  try {
    const probe = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
    await probe.connect();
    await probe.end();
  } catch (error) {
    throw describeConnectionFailure(connectionString, error);
  }
  const migrations = await migrate(connectionString);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
  const url = new URL(connectionString);
  const location = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  return {
    prisma,
    label: `PostgreSQL at ${location}`,
    location,
    embedded: false,
    connectionString,
    wasEmpty: await isEmpty(prisma),
    migrations,
    close: () => prisma.$disconnect(),
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const server = await startEmbeddedServer(dataDir);
  let migrations: MigrateResult;
  try {
    migrations = await migrate(server.connectionString);
  } catch (error) {
    await server.stop();
    throw error;
  }
  // PGlite has one backend: one pooled connection, so a transaction never waits on itself.
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: server.connectionString, max: 1, idleTimeoutMillis: 0 }),
  });
  return {
    prisma,
    label: `embedded PGlite (${dataDir})`,
    location: dataDir,
    embedded: true,
    connectionString: server.connectionString,
    wasEmpty: await isEmpty(prisma),
    migrations,
    close: async () => {
      await prisma.$disconnect();
      await server.stop();
    },
  };
}

async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  const [cases, users] = await Promise.all([prisma.case.count(), prisma.user.count()]);
  return cases === 0 && users === 0;
}

const store = globalThis as unknown as { covenantDatabase?: Promise<Database> };

/**
 * The app's database, opened lazily once per process (never at import time: that would run
 * during `next build`). A failed open is forgotten so the next request retries.
 */
export function getDatabase(): Promise<Database> {
  store.covenantDatabase ??= openDatabase().catch((error: unknown) => {
    store.covenantDatabase = undefined;
    throw error;
  });
  return store.covenantDatabase;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

export function isSetupError(error: unknown): error is DatabaseSetupError {
  return error instanceof DatabaseSetupError;
}
