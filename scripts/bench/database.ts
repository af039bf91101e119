// A fresh database per size, filled with synthetic cases (./data.ts) and their summaries.
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { migrate } from '../../lib/db/migrate';
import { CHUNK, dbUrl, log } from './config';
import { createGenerator, insertTables } from './data';

export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: dbUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  });
  const url = dbUrl(name);
  await migrate(url);
  return url;
}

export type LoadReport = { cases: number; rows: number; loadSeconds: number; summarySeconds: number };

export async function loadCases(url: string, count: number): Promise<LoadReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const generator = createGenerator();
    await client.query(`INSERT INTO "Tag" (id, name) SELECT * FROM unnest($1::uuid[], $2::text[])`, [[...generator.tagIds.values()], [...generator.tagIds.keys()]]);
    let rows = (await insertTables(client, generator.organisations)) + generator.tagIds.size;
    const ids: string[] = [];
    const started = performance.now();
    for (let done = 0; done < count; done += CHUNK) {
      const tables = generator.chunk(Math.min(CHUNK, count - done));
      await client.query('BEGIN');
      rows += await insertTables(client, tables);
      await client.query('COMMIT');
      ids.push(...tables.Case!.map((row) => row[0] as string));
    }
    const loadSeconds = (performance.now() - started) / 1000;
    log(`loaded ${count} cases, ${rows} rows in ${loadSeconds.toFixed(1)} s (${Math.round(rows / loadSeconds)} rows/s); computing summaries …`);
    // Fresh statistics first: planned on "empty" tables, every per-case lookup below scans the table.
    await client.query('ANALYZE');
    const summaryStart = performance.now();
    for (let i = 0; i < ids.length; i += CHUNK) await client.query('SELECT refresh_case_summaries($1::uuid[])', [ids.slice(i, i + CHUNK)]);
    const summarySeconds = (performance.now() - summaryStart) / 1000;
    await client.query('VACUUM ANALYZE');
    // The load wrote gigabytes that PostgreSQL and the kernel would otherwise write out during the
    // measurements (minutes of disk traffic on this VM): written now, so the figures are steady state.
    await client.query('CHECKPOINT');
    execFileSync('sync');
    log(`summaries of ${count} cases in ${summarySeconds.toFixed(1)} s (${Math.round(count / summarySeconds)} cases/s)`);
    return { cases: count, rows, loadSeconds, summarySeconds };
  } finally {
    await client.end();
  }
}
