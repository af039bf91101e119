// The embedded database: PGlite persisted in a folder, served over the Postgres wire protocol on
// 127.0.0.1 so the app talks to it through the same driver adapter as to a real server.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSetupError } from './errors';

export type EmbeddedServer = {
  connectionString: string;
  dataDir: string;
  stop: () => Promise<void>;
};

const LOCK_FILE = 'covenant.lock';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process owns a data folder at a time: PGlite has no multi-process locking of its own and
 * two writers would corrupt it. A stale lock (its process is gone) is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw unwritable(dataDir, error);
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (owner && owner !== process.pid && processIsAlive(owner)) {
        throw new DatabaseSetupError(
          `The embedded database in ${dataDir} is in use by process ${owner} (is the app running?). ` +
            'Stop that process first, or set DATABASE_URL to use a PostgreSQL server.',
        );
      }
      fs.unlinkSync(lockPath);
    }
  }
  throw new DatabaseSetupError(`Could not lock the embedded database in ${dataDir}.`);
}

function unwritable(dataDir: string, error: unknown): DatabaseSetupError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new DatabaseSetupError(
    `The data folder ${dataDir} is not writable (${reason}). Choose another with COVENANT_DATA_DIR, or fix its permissions.`,
  );
}

export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  const absolute = path.resolve(dataDir);
  try {
    fs.mkdirSync(absolute, { recursive: true });
    fs.accessSync(absolute, fs.constants.W_OK);
  } catch (error) {
    throw unwritable(absolute, error);
  }
  const releaseLock = acquireLock(absolute);
  const releaseOnExit = () => releaseLock();
  process.once('exit', releaseOnExit);

  try {
    // Imported here, not at module top: these load WebAssembly and must never run during `next build`.
    const [{ PGlite }, { PGLiteSocketServer }, { pg_trgm }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite-socket'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
    ]);
    const db = await PGlite.create(path.join(absolute, 'pgdata'), { extensions: { pg_trgm } });
    // Two, not one: a closed connection is released asynchronously, and the next must not be refused.
    // The app pool itself uses one connection (see lib/db/index.ts).
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
    await server.start();
    return {
      connectionString: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      dataDir: absolute,
      stop: async () => {
        await server.stop();
        await db.close();
        releaseLock();
        process.off('exit', releaseOnExit);
      },
    };
  } catch (error) {
    releaseLock();
    process.off('exit', releaseOnExit);
    if (error instanceof DatabaseSetupError) throw error;
    throw new DatabaseSetupError(
      `The embedded database in ${absolute} could not be opened: ${(error as Error).message}`,
    );
  }
}
