// The pages measured, each with the SQL it runs (captured from the app: the database floor),
// their query plans, and the first-load JavaScript of /cases.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { CLIENT_OMIT, type Db } from '../../lib/db/client';
import { encodeCursor } from '../../lib/search/cursor';
import { findCases } from '../../lib/server/cases/find-cases';
import { parseCaseQuery } from '../../lib/validations/case-query';
import { DIST_DIR, EMAIL } from './config';
import type { Captured } from './measure';

export type Scenario = { name: string; path: string; statements: Captured[]; mainSql: Captured | null };

/** Runs findCases once with query logging on, to send exactly the same SQL as the database floor. */
export async function capture(url: string, fn: (prisma: Db) => Promise<unknown>): Promise<Captured[]> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), log: [{ emit: 'event', level: 'query' }], omit: CLIENT_OMIT });
  const statements: Captured[] = [];
  prisma.$on('query', (event) => statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  try {
    await fn(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return statements;
}

export const USER_LOOKUP: Captured = {
  sql: 'SELECT "id", "email", "name", "role", "active", "tokenVersion", "mustChangePassword" FROM "User" WHERE "email" = $1 LIMIT 1',
  params: [EMAIL],
};

export async function scenarios(url: string, count: number): Promise<Scenario[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let pageCursor: { page: number; cursor: string };
  let caseId: string;
  let chineseName: string;
  try {
    // Page 500 (or the last page) of the default list, reached by its cursor: the row before it.
    const page = Math.min(500, Math.ceil(count / 25));
    const { rows } = await client.query<{ titleSort: string; caseId: string }>(
      `SELECT "titleSort", "caseId"::text AS "caseId" FROM "CaseSummary" WHERE NOT archived ORDER BY "titleSort", "caseId" OFFSET $1 LIMIT 1`,
      [(page - 1) * 25 - 1],
    );
    pageCursor = { page, cursor: encodeCursor({ sort: 'title', values: [rows[0]!.titleSort], id: rows[0]!.caseId, direction: 'after' }) };
    caseId = (await client.query<{ id: string }>(`SELECT id::text FROM "Case" ORDER BY id OFFSET $1 LIMIT 1`, [Math.floor(count / 2)])).rows[0]!.id;
    // A two-character Chinese name that several cases share.
    chineseName = (
      await client.query<{ name: string }>(
        `SELECT "originalName" AS name FROM "Party" WHERE char_length("originalName") = 2 GROUP BY 1 ORDER BY count(*) DESC, 1 OFFSET 20 LIMIT 1`,
      )
    ).rows[0]!.name;
  } finally {
    await client.end();
  }

  const list = async (name: string, qs: string): Promise<Scenario> => {
    const { query } = parseCaseQuery(new URLSearchParams(qs));
    const statements = await capture(url, (prisma) => findCases({ query, db: prisma }));
    const main = statements.find((s) => s.sql.includes('ORDER BY')) ?? null;
    // The session check reads the signed-in account once per request.
    return { name, path: `/cases${qs ? `?${qs}` : ''}`, statements: [USER_LOOKUP, ...statements], mainSql: main };
  };
  // The case page reads the account once, the case once (metadata and page share the read) and the
  // cases linked to it.
  const read = await capture(url, async (prisma) => {
    const { readCaseDocument } = await import('../../lib/server/cases/read-case-document');
    const { readRelatedCases } = await import('../../lib/server/cases/related-cases');
    await readRelatedCases(prisma, (await readCaseDocument(prisma, caseId))!);
  });
  const casePage: Scenario = { name: 'Case page', path: `/cases/${caseId}`, statements: [USER_LOOKUP, ...read], mainSql: null };
  return [
    await list('Default list', ''),
    await list('Three-facet filter', 'jurisdiction=CN&forum=COURT&claim=LIQUIDATED_DAMAGES'),
    await list('English text search', 'q=semiconductor'),
    await list(`2-character Chinese name search (${chineseName})`, `q=${encodeURIComponent(chineseName)}`),
    { ...(await list(`Page ${pageCursor.page} of the default list`, `cursor=${pageCursor.cursor}`)) },
    casePage,
  ];
}

// ---------------------------------------------------------------------------------------------
// Plans and first-load JavaScript

export async function explain(url: string, scenario: Scenario): Promise<{ plan: string; seqScanOnSummaries: boolean }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const statements = scenario.statements.filter((s) => s !== USER_LOOKUP && /CaseSummary/.test(s.sql));
    const plans: string[] = [];
    for (const statement of statements) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.sql}`, statement.params);
      plans.push(`-- ${statement.sql.trim().split('\n')[0]!.trim().slice(0, 100)} …\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    const text = plans.join('\n\n');
    return { plan: text, seqScanOnSummaries: /Seq Scan on "CaseSummary"/.test(text) };
  } finally {
    await client.end();
  }
}

/** The scripts /cases loads, gzipped as served: Playwright's Chromium records them, the files are read from the build. */
export async function firstLoadJs(port: number, cookie: string): Promise<{ files: number; gzipBytes: number; rawBytes: number } | null> {
  let chromium;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch {
    return null;
  }
  const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`http://127.0.0.1:${port}/cases`, { waitUntil: 'networkidle' });
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const script of scripts) {
      const file = path.join(DIST_DIR, decodeURIComponent(script.replace(/^\/_next\//, '')));
      if (!fs.existsSync(file)) continue;
      const content = fs.readFileSync(file);
      rawBytes += content.length;
      gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
    }
    return { files: scripts.size, gzipBytes, rawBytes };
  } finally {
    await browser.close();
  }
}
