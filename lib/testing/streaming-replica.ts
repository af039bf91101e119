// A real streaming replica of the test PostgreSQL server, for the read-replica tests: a second
// cluster made with `pg_basebackup -R` from DATABASE_URL_TEST's server, on a free port, its data
// under a temporary folder, stopped and deleted at teardown. Never a fake: when one cannot be
// made here, `startStreamingReplica` says why and the suite reports itself skipped with that
// reason (under CI, where .ci/run prepares the server, it fails instead).
//
// What the primary must allow (PostgreSQL's defaults, except pg_hba.conf):
//   wal_level = replica (or logical), max_wal_senders > 0, and a pg_hba.conf line such as
//   `host replication all 127.0.0.1/32 trust` — `all` in the database column does not cover
//   replication connections, and pg_hba.conf cannot be changed through SQL.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, it } from 'vitest';
import { postgresBaseUrl, postgresReachable } from './databases';

export type StreamingReplica = {
  /** `base` with the replica's host and port: the same database, user and password. */
  urlFor: (base: string) => string;
  stop: () => Promise<void>;
};

/** Why no replica could be made, in words for the test summary. */
export class ReplicaUnavailable extends Error {}

async function query<T>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to and runs as `postgres`. */
function clusterOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new ReplicaUnavailable('running as root and there is no `postgres` user to own the replica (PostgreSQL refuses to run as root)');
  }
}

function run(binary: string, args: string[], owner: { uid: number; gid: number } | null): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { ...(owner ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGCONNECT_TIMEOUT: '5' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: null, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true or `ms` pass. */
export async function waitFor(what: string, check: () => Promise<boolean>, ms = 30_000, giveUp: () => boolean = () => false): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (giveUp()) throw new Error(`Gave up waiting until ${what}`);
    if (Date.now() > until) throw new Error(`Timed out after ${ms / 1000}s waiting until ${what}`);
    await sleep(100);
  }
}

export async function startStreamingReplica(): Promise<StreamingReplica> {
  const base = postgresBaseUrl();
  const primary = base.toString();
  if (!(await postgresReachable())) throw new ReplicaUnavailable(`PostgreSQL is not reachable at ${base.host}`);

  const [settings] = await query<{ version: string; wal_level: string; max_wal_senders: string }>(
    primary,
    "SELECT current_setting('server_version_num') AS version, current_setting('wal_level') AS wal_level, current_setting('max_wal_senders') AS max_wal_senders",
  );
  if (settings!.wal_level === 'minimal') throw new ReplicaUnavailable(`the server at ${base.host} has wal_level = minimal (a replica needs replica or logical)`);
  if (Number(settings!.max_wal_senders) < 1) throw new ReplicaUnavailable(`the server at ${base.host} has max_wal_senders = 0`);

  // The replica must run the primary's major version: its own binaries, not whatever is on PATH.
  const major = Math.floor(Number(settings!.version) / 10_000);
  const bin = process.env.PG_BINDIR ?? `/usr/lib/postgresql/${major}/bin`;
  for (const tool of ['pg_basebackup', 'postgres']) {
    if (!(await fs.stat(path.join(bin, tool)).catch(() => null))) {
      throw new ReplicaUnavailable(`no ${tool} for PostgreSQL ${major} in ${bin} (set PG_BINDIR to the folder with the server's binaries)`);
    }
  }

  const owner = clusterOwner();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'covenant-replica-'));
  let child: ChildProcess | undefined;
  const removeFolder = () => fs.rm(dir, { recursive: true, force: true });
  try {
    if (owner) await fs.chown(dir, owner.uid, owner.gid);
    const data = path.join(dir, 'data');
    // -R writes standby.signal and primary_conninfo; no slot is kept on the shared server.
    const backup = await run(path.join(bin, 'pg_basebackup'), ['-d', primary, '-D', data, '-R', '-X', 'stream', '-c', 'fast'], owner);
    if (backup.code !== 0) {
      const reason = backup.output.trim().split('\n').at(-1) ?? 'no output';
      const hint = /pg_hba\.conf/.test(backup.output) ? ` — the server needs a pg_hba.conf line like "host replication all 127.0.0.1/32 trust"` : '';
      throw new ReplicaUnavailable(`pg_basebackup from ${base.host} failed: ${reason}${hint}`);
    }
    // The copy holds no postgresql.conf or pg_hba.conf where the server keeps them elsewhere (Debian: /etc).
    await fs.writeFile(path.join(data, 'postgresql.conf'), '');
    await fs.writeFile(path.join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    if (owner) for (const file of ['postgresql.conf', 'pg_hba.conf']) await fs.chown(path.join(data, file), owner.uid, owner.gid);

    const port = await freePort();
    let log = '';
    child = spawn(
      path.join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`, '-c', 'hot_standby=on', '-c', 'shared_buffers=16MB', '-c', 'cluster_name=covenant_test_replica'],
      { ...(owner ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    let running = true;
    const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
    void exited.then(() => (running = false));

    const urlFor = (databaseUrl: string) => {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    };
    try {
      await waitFor('the replica streams from the primary', async () => {
        const [row] = await query<{ recovering: boolean; status: string | null }>(
          urlFor(primary),
          'SELECT pg_is_in_recovery() AS recovering, (SELECT status FROM pg_stat_wal_receiver) AS status',
        );
        return row!.recovering && row!.status === 'streaming';
      }, 30_000, () => !running);
    } catch (error) {
      throw new Error(`${(error as Error).message}; the replica's log:\n${log.slice(-2000)}`);
    }

    return {
      urlFor,
      stop: async () => {
        child!.kill('SIGINT'); // fast shutdown
        await Promise.race([exited, sleep(10_000).then(() => child!.kill('SIGKILL'))]);
        await removeFolder();
      },
    };
  } catch (error) {
    child?.kill('SIGKILL');
    await removeFolder();
    throw error;
  }
}

/**
 * The replica for a suite, or null with the suite reported skipped and why. Under CI a replica
 * that cannot be made is a failure: .ci/run prepares the server for it.
 */
export async function streamingReplicaOrSkip(): Promise<StreamingReplica | null> {
  try {
    return await startStreamingReplica();
  } catch (error) {
    if (!(error instanceof ReplicaUnavailable) || process.env.CI) throw error;
    console.warn(`[db tests] No streaming replica could be made: ${error.message}. Skipping the read-replica tests (under CI this is an error).`);
    describe.skip(`read replicas (no streaming replica: ${error.message})`, () => {
      it('reads from a streaming replica', () => undefined);
    });
    return null;
  }
}
