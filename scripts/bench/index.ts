// npm run bench [-- --cases 10000,100000] [--duration 10] [--connections 10] [--skip-build] [--out BENCHMARKS.md]
//
// For each size: a fresh database on the local PostgreSQL server, synthetic cases loaded with large
// multi-row INSERTs, the production build started against it, and autocannon at a fixed concurrency
// on six pages — each beside its database floor (the same SQL the page runs, sent with `pg`) and the
// framework floor (/bench-floor: same sign-in, same table, constant rows). Then query plans, one vs
// two server processes, exports, /api/health during 40 PDF exports, and the list page's first-load
// JavaScript. Everything goes to BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { build, createUser, groupPids, signIn, startServer, stopServer } from './app';
import { args, CONNECTIONS, DIST_DIR, log, PORT, SIZES } from './config';
import { freshDatabase, loadCases } from './database';
import { measureExports, measureHealthDuringExports, CONCURRENT_EXPORTS } from './exports';
import { loadHttp, loadSql } from './measure';
import { builtCommit, ms, report, type Row, type SizeResult } from './report';
import { keptSections } from './kept-sections';
import { explain, firstLoadJs, scenarios } from './scenarios';

async function main() {
  const kept = keptSections(args.out!).join('\n\n');
  const loadAtStart = os.loadavg()[0]!;
  const started = new Date();
  const reuse = args['skip-build'] && fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'));
  // A reused build was made from an earlier commit: the figures say so rather than name HEAD.
  const commit = reuse ? `${builtCommit()} (build reused: made from an earlier state)` : builtCommit();
  const buildSeconds = reuse ? null : build();
  const results: SizeResult[] = [];
  let js: Awaited<ReturnType<typeof firstLoadJs>> = null;

  for (const size of SIZES) {
    log(`=== ${size} cases`);
    const url = await freshDatabase(`covenant_bench_${size}`);
    const load = await loadCases(url, size);
    createUser(url);
    const list = await scenarios(url, size);
    const servers = [await startServer(url, PORT)];
    const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    try {
      const cookie = await signIn(PORT);
      const base = `http://127.0.0.1:${PORT}`;
      // Warm-up: compile paths, fill caches.
      const first = groupPids(servers[0]!);
      for (const s of list) await loadHttp([`${base}${s.path}`], cookie, { seconds: 2 });
      await loadHttp([`${base}/bench-floor`], cookie, { seconds: 2 });
      const framework = await loadHttp([`${base}/bench-floor`], cookie, { servers: first });
      log(`framework floor p50 ${ms(framework.p50)} ms, ${ms(framework.cpuMs ?? NaN)} ms CPU per request`);
      const rows: Row[] = [];
      for (const s of list) {
        const page = await loadHttp([`${base}${s.path}`], cookie, { servers: first });
        const db = await loadSql(pool, s.statements);
        rows.push({ scenario: s.name, page, db, framework });
        log(`${s.name}: page p50 ${ms(page.p50)} p95 ${ms(page.p95)} (${page.errors} errors), DB floor p50 ${ms(db.p50)}`);
      }
      const plans = await Promise.all(list.filter((s) => s.mainSql).map(async (s) => ({ scenario: s.name, ...(await explain(url, s)) })));
      if (!js) js = await firstLoadJs(PORT, cookie);
      const caseId = (await pool.query<{ id: string }>('SELECT id::text FROM "Case" ORDER BY id LIMIT 1')).rows[0]!.id;
      const exports = await measureExports(servers[0]!, base, cookie, caseId, url).catch((error: unknown) => {
        log(`exports not measured: ${(error as Error).message}`);
        return null;
      });
      if (exports) log(`CSV of ${exports.csv[0]!.rows} rows in ${exports.csv.map((run) => `${run.seconds.toFixed(1)} s (+${(run.rssPeakMb - run.rssBeforeMb).toFixed(0)} MB)`).join(', then ')} (DB floor ${exports.csvDbFloorSeconds.toFixed(1)} s); PDF ${exports.pdfMedianMs.toFixed(0)} ms`);

      const busy = await measureHealthDuringExports(base, PORT, url, caseId).catch((error: unknown) => {
        log(`health during exports not measured: ${(error as Error).message}`);
        return null;
      });
      if (busy) log(`/api/health p95 ${ms(busy.idle.p95)} ms alone, ${ms(busy.busy.p95)} ms (max ${ms(busy.busy.max)}) during ${CONCURRENT_EXPORTS} PDF exports (${busy.exportsDone} done, ${busy.exportsRefused} refused)`);

      servers.push(await startServer(url, PORT + 1));
      const twoProcesses = [];
      for (const s of [list[0]!, list[3]!]) {
        const one = await loadHttp([`${base}${s.path}`], cookie, { servers: first });
        const two = await loadHttp([`${base}${s.path}`, `http://127.0.0.1:${PORT + 1}${s.path}`], cookie, { servers: [...first, ...groupPids(servers[1]!)] });
        twoProcesses.push({ scenario: s.name, one, two });
        log(`${s.name}: 1 process p50 ${ms(one.p50)}, 2 processes p50 ${ms(two.p50)}`);
      }
      results.push({ size, load, rows, twoProcesses, plans, exports, busy });
    } finally {
      await pool.end();
      servers.forEach(stopServer);
    }
    fs.writeFileSync(args.out!, report(results, { commit, buildSeconds, js, started, totalSeconds: (Date.now() - started.getTime()) / 1000, kept, loadAtStart }));
  }
  const totalSeconds = (Date.now() - started.getTime()) / 1000;
  fs.writeFileSync(args.out!, report(results, { commit, buildSeconds, js, started, totalSeconds, kept, loadAtStart }));
  log(`wrote ${args.out} after ${(totalSeconds / 60).toFixed(1)} min`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
