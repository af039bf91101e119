// Exports (issue "Exporting"): a 100k-row CSV streamed by the server, and one case PDF; then
// /api/health while PDF exports are kept running.
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { iterateCaseRows } from '../../lib/export/case-rows';
import { iterateMatchingCaseIds } from '../../lib/server/cases/find-cases';
import { parseCaseQuery } from '../../lib/validations/case-query';
import { groupPids, rssMb, signIn } from './app';
import { DURATION, EMAIL } from './config';
import { percentile } from './measure';
import { capture } from './scenarios';

export type CsvRun = { seconds: number; rows: number; megabytes: number; rssBeforeMb: number; rssPeakMb: number };
export type ExportReport = { csv: CsvRun[]; csvDbFloorSeconds: number; pdfFirstMs: number; pdfMedianMs: number };

/**
 * The whole list as CSV, read as fast as the server sends it, with the server's memory sampled
 * every 100 ms. The sampler must not stall the reader: a synchronous `ps` ten times a second held
 * this loop (and through TCP back-pressure, the server) for a good part of each export.
 */
async function csvExport(server: ChildProcess, base: string, cookie: string): Promise<CsvRun> {
  const pids = groupPids(server);
  const rssBeforeMb = await rssMb(pids);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => void rssMb(pids).then((mb) => (rssPeakMb = Math.max(rssPeakMb, mb))), 100);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const response = await fetch(`${base}/api/cases/export?format=csv`, { headers: { cookie } });
    if (!response.ok || !response.body) throw new Error(`CSV export answered ${response.status}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (let i = 1; i < chunk.length; i++) if (chunk[i] === 10 && chunk[i - 1] === 13) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  return { seconds: (performance.now() - started) / 1000, rows: Math.max(lines - 1, 0), megabytes: bytes / 1e6, rssBeforeMb, rssPeakMb };
}

/**
 * The floor of the CSV export: its own SQL (ids in keyset batches, then each batch's rows),
 * captured from one run of the export code and sent again with `pg`, one statement at a time.
 */
async function csvDbFloor(url: string): Promise<number> {
  const { query } = parseCaseQuery(new URLSearchParams());
  const statements = await capture(url, async (prisma) => {
    for await (const row of iterateCaseRows(prisma, iterateMatchingCaseIds({ query, db: prisma }), { baseUrl: '' })) void row;
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    for (const s of statements) await client.query(s.sql, s.params);
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

export async function measureExports(server: ChildProcess, base: string, cookie: string, caseId: string, url: string): Promise<ExportReport> {
  // Twice: the first export after start also grows the V8 heap the process keeps afterwards.
  const csv = [await csvExport(server, base, cookie), await csvExport(server, base, cookie)];
  const csvDbFloorSeconds = await csvDbFloor(url);
  const pdfTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const response = await fetch(`${base}/api/cases/${caseId}/export?format=pdf`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`PDF export answered ${response.status}`);
    pdfTimes.push(performance.now() - t);
  }
  const warm = pdfTimes.slice(1).sort((a, b) => a - b);
  return { csv, csvDbFloorSeconds, pdfFirstMs: pdfTimes[0]!, pdfMedianMs: warm[Math.floor(warm.length / 2)]! };
}

// Responsiveness during exports (issue 16, item 5): /api/health, one request at a time, alone and
// while 40 PDF exports are kept running. One account may run 3 exports at once (lib/export/limits.ts),
// so the 40 come from 14 accounts, 3 each at most.

export const CONCURRENT_EXPORTS = 40;
export const EXPORTS_PER_ACCOUNT = 3;
export type Latency = { requests: number; p50: number; p95: number; max: number };
export type BusyReport = { idle: Latency; busy: Latency; exportsDone: number; exportsRefused: number; exportsPerSecond: number };

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { requests: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

/** /api/health requested back to back until `until` resolves; each request's time. */
async function probeHealth(base: string, until: Promise<unknown>): Promise<number[]> {
  let over = false;
  const stop = () => (over = true);
  until.then(stop, stop); // a failure of `until` is the caller's to report
  const samples: number[] = [];
  while (!over) {
    const started = performance.now();
    const response = await fetch(`${base}/api/health`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Accounts beside the bench viewer, with its password (hash copied), for exports in parallel. */
async function exportAccounts(url: string, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `bench-export-${i}@bench.test`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", role, "updatedAt")
       SELECT gen_random_uuid(), e, u."passwordHash", u.role, now() FROM "User" u, unnest($2::text[]) e WHERE u.email = $1
       ON CONFLICT (email) DO NOTHING`,
      [EMAIL, emails],
    );
  } finally {
    await client.end();
  }
  return emails;
}

export async function measureHealthDuringExports(base: string, port: number, url: string, caseId: string): Promise<BusyReport> {
  const accounts = await exportAccounts(url, Math.ceil(CONCURRENT_EXPORTS / EXPORTS_PER_ACCOUNT));
  const cookies = await Promise.all(accounts.map((email) => signIn(port, email)));
  const idle = latency(await probeHealth(base, new Promise((r) => setTimeout(r, DURATION * 1000))));

  let exportsDone = 0;
  let exportsRefused = 0;
  const deadline = Date.now() + DURATION * 1000;
  // 40 lanes, each exporting again as soon as its last export is in; lane i belongs to account i / 3.
  const lanes = Promise.all(
    Array.from({ length: CONCURRENT_EXPORTS }, async (_, lane) => {
      const cookie = cookies[Math.floor(lane / EXPORTS_PER_ACCOUNT)]!;
      while (Date.now() < deadline) {
        const response = await fetch(`${base}/api/cases/${caseId}/export?format=pdf`, { headers: { cookie } });
        await response.arrayBuffer();
        if (response.status === 429) exportsRefused++;
        else if (!response.ok) throw new Error(`PDF export answered ${response.status}`);
        else exportsDone++;
      }
    }),
  );
  const started = performance.now();
  // The probe starts once the exports are in flight.
  await new Promise((r) => setTimeout(r, 200));
  const busySamples = await probeHealth(base, lanes);
  await lanes;
  return { idle, busy: latency(busySamples), exportsDone, exportsRefused, exportsPerSecond: exportsDone / ((performance.now() - started) / 1000) };
}
