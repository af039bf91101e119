// Load and its figures: latency percentiles, throughput, and the server's own CPU time per request.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import type pg from 'pg';
import { CONNECTIONS, DURATION } from './config';

/** cpuMs: the server processes' own CPU time (user + system) over the run, per answered request; null where no server was watched. */
export type Stats = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; cpuMs: number | null };

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU milliseconds the processes have used so far, from /proc/<pid>/stat (utime + stime). Unlike
 * latency on a shared 2-core machine, this barely moves with what else runs: it is what a request costs.
 */
export function cpuMsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // The command name (field 2) may hold spaces: the fields counted from after its ')'.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function stats(latencies: number[], errors: number, seconds: number, cpuMs: number | null = null): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    cpuMs: cpuMs === null || latencies.length === 0 ? null : cpuMs / latencies.length,
  };
}

/**
 * autocannon against one or more servers, connections split between them; every latency recorded,
 * and the CPU time the `servers` (their processes) spent meanwhile.
 */
export async function loadHttp(urls: string[], cookie: string, { seconds = DURATION, servers = [] }: { seconds?: number; servers?: number[] } = {}): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = cpuMsOf(servers);
  await Promise.all(
    urls.map(
      (url) =>
        new Promise<void>((resolve, reject) => {
          const instance = autocannon(
            { url, connections: Math.max(1, Math.round(CONNECTIONS / urls.length)), duration: seconds, headers: { cookie }, timeout: 30 },
            (error) => (error ? reject(error) : resolve()),
          );
          instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
            if (status >= 200 && status < 300) latencies.push(time);
            else errors++;
          });
        }),
    ),
  );
  return stats(latencies, errors, seconds, servers.length ? cpuMsOf(servers) - cpuBefore : null);
}

export type Captured = { sql: string; params: unknown[] };

/** The database floor: the page's own SQL statements, in order, on a pool of `pg` connections. */
export async function loadSql(pool: pg.Pool, statements: Captured[], seconds = DURATION): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        try {
          for (const s of statements) await pool.query(s.sql, s.params);
          latencies.push(performance.now() - start);
        } catch {
          errors++;
        }
      }
    }),
  );
  return stats(latencies, errors, seconds);
}
