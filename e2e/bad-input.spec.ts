// Bad input never breaks anything, over HTTP: every server action in lib/actions, replayed
// against the production build the way the browser calls it (React's reply encoding, the action
// id from the page's JavaScript, a signed-in session), gets a sample of the generated bad inputs
// of lib/testing/bad-input.ts from a caller whose role allows it. Each must be refused with a
// clear code — never a 500, never 'INTERNAL' — and must leave the database exactly as it was.
// The hundreds of inputs per action run as database tests of the definitions
// (lib/server/actions/bad-input.db.test.ts); this suite proves the same holds through Next's
// decoding of the request, and that the replay really writes when the input is valid.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx playwright test e2e/bad-input.spec.ts
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { APIRequestContext, APIResponse, Request } from '@playwright/test';
import { expect, makeAccount, signInViaApi, test, type Account, type Role } from './fixtures/accounts';
import lenovoJson from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };
import {
  badInputsFor,
  differences,
  freshLenovo,
  FUZZED_ACTIONS,
  fuzz,
  HOSTILE_TEXT,
  judge,
  LENOVO_ID,
  snapshot as snapshotOf,
  Special,
  tablesToCompare,
  type Ctx,
  type Doc,
  type FormCtx,
  type Reply,
} from '../lib/testing/bad-input';
import { discoverActions, ROOT, walk } from '../lib/testing/server-actions';

/** A sample per action: the database suite runs hundreds. */
const RUNS = Math.max(20, Number(process.env.E2E_FUZZ_RUNS ?? 20));

const discoveredActions = discoverActions();

/** Every page of the app, with concrete segments: [id] → the Lenovo case, [version] → 1. */
const pages = walk(path.join(ROOT, 'app'))
  .filter((f) => /[/\\]page\.(tsx|ts|jsx|js|mdx)$/.test(f))
  .map((file) =>
    '/' +
    path
      .relative(path.join(ROOT, 'app'), path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
      .map((s) => (/^\[\[?\.\.\./.test(s) ? 'x' : /^\[version\]$/.test(s) ? '1' : /^\[.+\]$/.test(s) ? LENOVO_ID : s))
      .join('/'),
  )
  .filter((url) => url !== '/signin');


// ---------------------------------------------------------------------------------------------
// Calling actions the way the browser does
// ---------------------------------------------------------------------------------------------

/** React's encodeReply for plain data: strings starting with '$' are escaped, specials tagged. */
function encodeValue(value: unknown): unknown {
  if (value instanceof Special) return value.encoded;
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: encodeValue((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
const encodeArgs = (args: unknown[]) => JSON.stringify(encodeValue(args));

type Home = { id: string; page: string };

/**
 * The rows of a React Flight reply: `id:json\n`, except text rows `id:T<hex byte length>,<text>`,
 * which carry no newline (long strings echoed back arrive that way).
 */
function parseFlightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString('utf8');
    const text = /^T([0-9a-f]+),/.exec(body.subarray(colon + 1, colon + 20).toString('latin1'));
    if (text) {
      const start = colon + 2 + text[1]!.length + 1;
      const end = start + parseInt(text[1]!, 16);
      if (!rows.has(id)) rows.set(id, JSON.stringify(body.subarray(start, end).toString('utf8')));
      at = end;
      continue;
    }
    const newline = body.indexOf(0x0a, colon);
    const end = newline < 0 ? body.length : newline;
    if (!rows.has(id)) rows.set(id, body.subarray(colon + 1, end).toString('utf8'));
    at = end + 1;
  }
  return rows;
}

async function readReply(response: APIResponse): Promise<Reply> {
  const status = response.status();
  const type = response.headers()['content-type'] ?? '';
  const body = await response.body();
  const text = body.toString('utf8');
  if (!type.includes('text/x-component')) return { status, result: undefined, error: `${type}: ${text.slice(0, 200)}` };
  const rows = parseFlightRows(body);
  const ref = /^\$@(\w+)$/.exec((JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null)?.a ?? '')?.[1];
  const row = ref ? rows.get(ref) : undefined;
  if (row === undefined) return { status, result: undefined, error: `no action result in the reply: ${text.slice(0, 200)}` };
  if (row.startsWith('E')) return { status, result: undefined, error: `the action threw: ${row.slice(0, 200)}` };
  return { status, result: JSON.parse(row) };
}

/** A call with plain arguments: `Next-Action`, text/plain, the arguments as a JSON array. */
async function callWithArgs(request: APIRequestContext, home: Home, args: unknown[]): Promise<Reply> {
  return readReply(
    await request.post(home.page, {
      headers: { 'Next-Action': home.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
      data: encodeArgs(args),
      maxRedirects: 0,
    }),
  );
}

/** A form action's call (previousState, formData), as in e2e/authorization.spec.ts. */
async function callWithForm(request: APIRequestContext, home: Home, fields: [string, string][]): Promise<Reply> {
  const form = new FormData();
  for (const [key, value] of fields) form.append(`_1_${key}`, value);
  form.append('0', JSON.stringify([{}, '$K1']));
  return readReply(await request.post(home.page, { headers: { 'Next-Action': home.id, Accept: 'text/x-component' }, multipart: form, maxRedirects: 0 }));
}

// ---------------------------------------------------------------------------------------------
// The database, read directly
// ---------------------------------------------------------------------------------------------

let db: pg.Client;
let tables: string[] = [];
const snapshot = (caseIds: string[]) => snapshotOf((sql, params) => db.query(sql, params).then((r) => r.rows), tables, caseIds);

// ---------------------------------------------------------------------------------------------
// Accounts and setup
// ---------------------------------------------------------------------------------------------

type Client = { account: Account; request: APIRequestContext };
const clients = {} as Record<'ADMIN' | 'EDITOR' | 'PASSWORD', Client>;
const homes = new Map<string, Home>();
const ctx = {} as Ctx;
const formCtx = {} as FormCtx;

async function sessionUser(request: APIRequestContext) {
  return ((await (await request.get('/api/auth/session')).json()) as { user?: { id: string; email: string; role: Role } }).user;
}

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(180_000);
  const url = process.env.E2E_DATABASE_URL;
  if (!url || !/@(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error('E2E_DATABASE_URL must point at the local test database.');
  db = new pg.Client({ connectionString: url });
  await db.connect();
  tables = await tablesToCompare((sql, params) => db.query(sql, params).then((r) => r.rows));
  expect(tables).toEqual(expect.arrayContaining(['Case', 'CaseChange', 'Claim', 'Citation', 'Party', 'Source', 'User']));

  const baseURL = testInfo.project.use.baseURL;
  const newClient = async (account: Account): Promise<Client> => {
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, account);
    expect((await sessionUser(request))?.email).toBe(account.email);
    return { account, request };
  };
  clients.ADMIN = await newClient(makeAccount('ADMIN'));
  clients.EDITOR = await newClient(makeAccount('EDITOR'));
  clients.PASSWORD = await newClient(makeAccount('VIEWER'));
  const admin = await sessionUser(clients.ADMIN.request);
  formCtx.adminId = admin!.id;
  formCtx.adminEmail = admin!.email;
  formCtx.password = clients.PASSWORD.account.password;

  // Where each action lives: the page whose JavaScript knows its id (as an admin sees every page).
  for (const page of pages) {
    const html = await (await clients.ADMIN.request.get(page)).text();
    for (const chunk of new Set(html.match(/\/_next\/static\/chunks\/[\w.~-]+\.js/g) ?? [])) {
      const js = await (await clients.ADMIN.request.get(chunk)).text();
      for (const m of js.matchAll(/createServerReference\)?\("([0-9a-f]{16,})",[^"]*"([\w$]+)"\)/g)) if (!homes.has(m[2]!)) homes.set(m[2]!, { id: m[1]!, page });
    }
  }
});

test.afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.request.dispose()));
  await db?.end();
});

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

test('every server action in lib/actions has bad-input generators and is called by a page', () => {
  expect(discoveredActions.map((a) => a.name)).toEqual(expect.arrayContaining(['saveCaseAction', 'findDuplicatesAction', 'archiveCaseAction', 'createUserAction', 'changePasswordAction']));
  for (const action of discoveredActions) {
    expect(action.needs, `${action.file}: which role does ${action.name} need?`).not.toBe('UNKNOWN');
    expect(FUZZED_ACTIONS, `${action.name} (${action.file}) has no bad-input generator in lib/testing/bad-input.ts`).toContain(action.name);
    expect(homes.get(action.name), `a page's JavaScript calls ${action.name}`).toBeTruthy();
  }
  expect(discoveredActions.find((a) => a.name === 'saveCaseAction')?.takes).toBe('object');
  expect(discoveredActions.find((a) => a.name === 'archiveCaseAction')?.takes).toBe('form');
});

test('the replay sends what the browser sends, and a valid call through it saves', async ({ page }) => {
  test.setTimeout(60_000);
  const account = makeAccount('EDITOR');
  await signInViaApi(page.request, account);
  const calls: Request[] = [];
  page.on('request', (r) => r.headers()['next-action'] && calls.push(r));
  await page.goto('/cases/new');

  // Typing a title asks for possible duplicates.
  await page.getByLabel('Title').fill('Lenovo v Chang');
  // (The Lenovo case, or copies of it the controls below made on earlier runs: the top five.)
  await expect(page.getByRole('region', { name: 'Possible duplicates' }).getByRole('link').first()).toContainText('Chang');
  const lookup = calls.filter((r) => r.headers()['next-action'] === homes.get('findDuplicatesAction')!.id).at(-1);
  expect(lookup, 'the browser called findDuplicatesAction with the id found in the page JavaScript').toBeTruthy();
  expect(lookup!.headers()['content-type']).toBe('text/plain;charset=UTF-8');
  expect(lookup!.postData()).toBe(encodeArgs([{ title: 'Lenovo v Chang', names: [], excludeId: null }]));

  // Saving a small case.
  const title = `Browser control ${randomUUID().slice(0, 8)} <b>v.</b> '; DROP TABLE "Case"; --`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Country').selectOption('US');
  const before = await snapshot([]);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const save = calls.find((r) => r.headers()['next-action'] === homes.get('saveCaseAction')!.id);
  expect(save, 'the browser called saveCaseAction with the id found in the page JavaScript').toBeTruthy();
  expect(save!.headers()['content-type']).toBe('text/plain;charset=UTF-8');
  const args = JSON.parse(save!.postData()!) as [{ doc: Doc; baseVersion: null }];
  expect(args).toEqual([{ doc: expect.objectContaining({ title, schemaVersion: 3 }), baseVersion: null }]);
  expect(save!.postData()).toBe(encodeArgs(args));
  const after = await snapshot([]);
  expect(after.counts.Case).toBe(before.counts.Case! + 1);
  expect(after.counts.CaseChange).toBe(before.counts.CaseChange! + 1);
});

test('valid calls through the replay do write (controls)', async () => {
  test.setTimeout(60_000);
  const editor = clients.EDITOR.request;
  const save = homes.get('saveCaseAction')!;

  // A new case full of hostile text: stored as text, shown escaped.
  const { doc } = freshLenovo(`Fuzz target ${randomUUID().slice(0, 8)} <script>alert(1)</script> '; DROP TABLE "Case"; --`);
  doc.summary = HOSTILE_TEXT.join('\n');
  doc.parties[1].name = '"><img src=x onerror=alert(1)>';
  Object.defineProperty(doc, '__proto__', { value: { polluted: true }, enumerable: true });
  let before = await snapshot([doc.id]);
  const created = await callWithArgs(editor, save, [{ doc, baseVersion: null }]);
  expect(created.error).toBeUndefined();
  expect(created.result).toMatchObject({ ok: true, id: doc.id, version: 1 });
  let after = await snapshot([doc.id]);
  expect(after.counts.Case).toBe(before.counts.Case! + 1);
  expect(after.counts.Claim).toBe(before.counts.Claim! + doc.claims.length);
  expect(after.versions[doc.id]).toBe(1);
  const html = await (await editor.get(`/cases/${doc.id}`)).text();
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).not.toContain('<img src=x onerror');
  const stored = (await db.query<{ title: string }>('SELECT title FROM "Case" WHERE id = $1', [doc.id])).rows[0]!;
  expect(stored.title).toBe(doc.title);

  // An edit at the current version: a new version. Afterwards version 1 is stale.
  const edited: Doc = { ...structuredClone(doc), title: doc.title.replace('Fuzz target', 'Fuzz target (edited)') };
  edited.claims[1].amount = { qualifier: 'MORE_THAN', value: '1,000,000', currency: 'CNY' };
  before = after;
  const saved = await callWithArgs(editor, save, [{ doc: edited, baseVersion: 1 }]);
  expect(saved.result).toMatchObject({ ok: true, version: 2 });
  after = await snapshot([doc.id]);
  expect(after.versions[doc.id]).toBe(2);
  expect(differences(before, after).length).toBeGreaterThan(0);

  // A form action through the multipart replay: archive, then restore.
  before = after;
  expect((await callWithForm(editor, homes.get('archiveCaseAction')!, [['caseId', doc.id]])).result).toMatchObject({ ok: true });
  expect((await callWithForm(editor, homes.get('restoreCaseAction')!, [['caseId', doc.id]])).result).toMatchObject({ ok: true });
  after = await snapshot([doc.id]);
  expect(after.versions[doc.id]).toBe(4);

  // Duplicate hints for a valid query.
  const hints = (await callWithArgs(editor, homes.get('findDuplicatesAction')!, [{ title: 'Lenovo v Chang', names: [], excludeId: null }])).result as { title: string }[];
  expect(hints.length).toBeGreaterThan(0);

  // The case the fuzzing edits: its state now.
  const version = (await db.query<{ version: number }>('SELECT version FROM "Case" WHERE id = $1', [doc.id])).rows[0]!.version;
  ctx.target = { id: doc.id, version, doc: { ...edited, version } };
  formCtx.targetCase = { id: doc.id, title: edited.title };
  ctx.lenovoTitle = lenovoJson.title;
});

/** The case the fuzzing edits and tries to delete: created and edited through the replay (as in the controls above). */
async function prepareTarget() {
  if (ctx.target) return;
  const save = homes.get('saveCaseAction')!;
  const { doc } = freshLenovo(`Fuzz target ${randomUUID().slice(0, 8)} <i>v.</i> Chang`);
  expect((await callWithArgs(clients.EDITOR.request, save, [{ doc, baseVersion: null }])).result).toMatchObject({ ok: true, version: 1 });
  const edited: Doc = { ...doc, title: `${doc.title} (edited)` };
  expect((await callWithArgs(clients.EDITOR.request, save, [{ doc: edited, baseVersion: 1 }])).result).toMatchObject({ ok: true, version: 2 });
  ctx.target = { id: doc.id, version: 2, doc: { ...edited, version: 2 } };
  formCtx.targetCase = { id: doc.id, title: edited.title };
  ctx.lenovoTitle = lenovoJson.title;
}

test.describe('bad input, fuzzed', () => {
  // A failed test restarts the worker: each worker prepares its own target.
  test.beforeAll(prepareTarget);

  for (const action of discoveredActions) {
    test(`${action.name} refuses ${RUNS} generated bad inputs over HTTP: no server error, nothing written`, async () => {
      test.setTimeout(240_000);
      const home = homes.get(action.name);
      expect(home, `a page's JavaScript calls ${action.name}`).toBeTruthy();
      const caller = action.needs === 'ADMIN' ? clients.ADMIN : action.name === 'changePasswordAction' ? clients.PASSWORD : clients.EDITOR;
      const caseIds = [ctx.target.id, LENOVO_ID];

      const inputs = badInputsFor(action.name, ctx, formCtx);
      expect(inputs, `${action.name} has bad-input generators`).toBeTruthy();
      const outcome = await fuzz(action.name, inputs!, RUNS, async (input) => {
        const before = await snapshot(caseIds);
        const reply = input.fields ? await callWithForm(caller.request, home!, input.fields) : await callWithArgs(caller.request, home!, input.args ?? []);
        return judge(reply, differences(before, await snapshot(caseIds)), input.isRefusal);
      });
      test.info().annotations.push({ type: 'answers', description: outcome.summary });
      expect(outcome.runs).toBe(RUNS);
      expect(outcome.failures, outcome.report).toBe(0);
      // The caller is still signed in: nothing ended their session along the way.
      expect((await sessionUser(caller.request))?.email).toBe(caller.account.email);
    });
  }
});
