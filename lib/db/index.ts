// The one place that chooses the database: DATABASE_URL → that PostgreSQL server; unset → the
// embedded PGlite in COVENANT_DATA_DIR. Everything else asks `getPrisma()` and never knows which.
// DATABASE_REPLICA_URLS adds read replicas of DATABASE_URL; read-only pages reach them through
// `getReadPrisma()` (lib/db/replicas.ts), everything else stays on the primary.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { readEnv } from '../env';
import { createClient, type Db } from './client';
import { startEmbeddedServer } from './embedded';
import { DatabaseSetupError, describeConnectionFailure } from './errors';
import { migrate, type MigrateResult } from './migrate';

export { DatabaseSetupError } from './errors';
export type { Db, Tx } from './client';

export type Database = {
  /** The primary: every write, every transaction, and reads that must see the latest state. */
  prisma: Db;
  /** Clients of DATABASE_REPLICA_URLS, in order; empty without them (and always on PGlite). */
  replicas: Db[];
  /** How long after a user's own write their reads stay on the primary. */
  primaryAfterWriteMs: number;
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
  if (env.DATABASE_URL) {
    return openServer(env.DATABASE_URL, options.poolSize ?? 10, {
      replicaUrls: env.DATABASE_REPLICA_URLS,
      primaryAfterWriteMs: env.DATABASE_REPLICA_PRIMARY_AFTER_WRITE_SECONDS * 1000,
    });
  }
  return openEmbedded(env.COVENANT_DATA_DIR);
}

type ReplicaOptions = { replicaUrls: string[]; primaryAfterWriteMs: number };

async function openServer(connectionString: string, poolSize: number, { replicaUrls, primaryAfterWriteMs }: ReplicaOptions): Promise<Database> {
  try {
    const probe = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
    await probe.connect();
    await probe.end();
  } catch (error) {
    throw describeConnectionFailure(connectionString, error);
  }
  // A replica that cannot be reached is a setup mistake: say which at start, not at the first page.
  for (const replicaUrl of replicaUrls) {
    try {
      const probe = new pg.Client({ connectionString: replicaUrl, connectionTimeoutMillis: 5000 });
      await probe.connect();
      await probe.end();
    } catch (error) {
      throw new DatabaseSetupError(`DATABASE_REPLICA_URLS: ${describeConnectionFailure(replicaUrl, error).message}`);
    }
  }
  const migrations = await migrate(connectionString);
  const prisma = createClient(new PrismaPg({ connectionString, max: poolSize }));
  // Replicas replay the primary's migrations themselves; they are read-only and never migrated.
  const replicas = replicaUrls.map((replicaUrl) => createClient(new PrismaPg({ connectionString: replicaUrl, max: poolSize })));
  const location = describeLocation(connectionString);
  return {
    prisma,
    replicas,
    primaryAfterWriteMs,
    label: replicas.length ? `PostgreSQL at ${location} (with ${replicas.length} read ${replicas.length === 1 ? 'replica' : 'replicas'})` : `PostgreSQL at ${location}`,
    location,
    embedded: false,
    connectionString,
    wasEmpty: await isEmpty(prisma),
    migrations,
    close: async () => {
      await Promise.all([prisma, ...replicas].map((client) => client.$disconnect()));
    },
  };
}

function describeLocation(connectionString: string): string {
  const url = new URL(connectionString);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
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
  const prisma = createClient(new PrismaPg({ connectionString: server.connectionString, max: 1, idleTimeoutMillis: 0 }));
  return {
    prisma,
    replicas: [],
    primaryAfterWriteMs: 0,
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

async function isEmpty(prisma: Db): Promise<boolean> {
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

export async function getPrisma(): Promise<Db> {
  return (await getDatabase()).prisma;
}

export function isSetupError(error: unknown): error is DatabaseSetupError {
  return error instanceof DatabaseSetupError;
}
