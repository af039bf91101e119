// The numbers that keep exports from stalling the server, in one place (README "Exports"):
// rendering runs on a pool of worker threads, and each account has a few export slots.
import os from 'node:os';

/** Exports one account may have running at once, across every instance (lib/export/lease.ts). */
export const EXPORTS_PER_USER = 3;

/**
 * How long a slot is held without news of its export: a crashed process's slots free themselves
 * after this. A long streamed export renews its slot as it goes (every LEASE_RENEW_SECONDS).
 */
export const LEASE_SECONDS = 120;
export const LEASE_RENEW_SECONDS = 30;

/** Retry-After of a refused export: most exports end within a second or two. */
export const RETRY_AFTER_SECONDS = 5;

/** Worker threads rendering PDF, Word and XLSX: one per core the process may use. */
export const RENDER_WORKERS = Math.max(1, os.availableParallelism());

/**
 * One-case exports reading their case at once, per process (read-gate.ts): 40 exports arriving
 * together would otherwise queue ~200 queries on the 10 database connections, ahead of every other
 * request's (measured: /api/health waited 5 s behind them).
 */
export const EXPORT_READS_PER_PROCESS = 3;

/** Rows sent to the XLSX worker at a time: the list export holds about one batch in flight. */
export const XLSX_BATCH_ROWS = 200;
