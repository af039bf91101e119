// Who may open what and do what, checked against the production build for every page, route
// handler and server action the app has. Routes and actions are discovered from the file system
// when the suite runs, so a new page, route or action is covered without editing this file; only
// the short list of public paths below is kept by hand.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { sql } from './fixtures/database';
import { discoverActions, ROOT, walk } from '../lib/testing/server-actions';
import { expect, makeAccount, PASSWORD, signInViaApi, test, type Account, type Role } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

const CASE_ID = lenovo.id;
/** Text that only appears where case data is shown. */
const CASE_DATA = 'Lenovo';

/** Reachable without a session. Nothing else may be. */
const PUBLIC_PATHS = ['/signin', '/api/auth/*', '/api/health'];
const isPublic = (url: string) =>
  PUBLIC_PATHS.some((p) => (p.endsWith('/*') ? url.startsWith(p.slice(0, -1)) : url === p));

// ---------------------------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------------------------

/** app/(app)/cases/[id]/page.tsx → /cases/<Lenovo id>; route groups and parallel slots vanish. */
function urlOf(file: string): string {
  const segments = path
    .relative(path.join(ROOT, 'app'), path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
    .map((s) => {
      if (/^\[\[?\.\.\..+\]\]?$/.test(s)) return 'session'; // catch-all: one concrete segment
      if (s === '[version]') return '1'; // a version every seeded case has
      if (/^\[.+\]$/.test(s)) return CASE_ID;
      return s;
    });
  return '/' + segments.join('/');
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The HTTP methods a route.ts exports: functions, consts, or `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+|var\s+)([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) found.add(part.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

const appFiles = walk(path.join(ROOT, 'app'));
const pageFiles = appFiles.filter((f) => /[/\\]page\.(tsx|ts|jsx|js|mdx)$/.test(f));
const pages = pageFiles.map(urlOf).sort();
/** The role a page's own code demands with requireRole('…'); pages that only call requireUser demand none. */
const pageRoleInCode = new Map(pageFiles.map((f) => [urlOf(f), /requireRole\(\s*['"](\w+)['"]/.exec(fs.readFileSync(f, 'utf8'))?.[1] as Role | undefined]));
const routes = appFiles
  .filter((f) => /[/\\]route\.(ts|js)$/.test(f))
  .map((f) => ({ url: urlOf(f), file: path.relative(ROOT, f), methods: exportedMethods(fs.readFileSync(f, 'utf8')) }))
  .sort((a, b) => a.url.localeCompare(b.url));
const protectedPages = pages.filter((url) => !isPublic(url));
const protectedRoutes = routes.filter((r) => !isPublic(r.url));

const discoveredActions = discoverActions();

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** A cookie the proxy lets through (it only checks that one is present) but no real session. */
const FORGED_SESSION = { Cookie: 'next-auth.session-token=forged-not-a-real-session' };

function signInLocation(response: APIResponse): string {
  const location = response.headers()['location'] ?? '';
  const url = new URL(location, 'http://placeholder');
  return url.pathname + url.search;
}

/** Action ids in the rendered forms, as React writes them for progressively enhanced forms. */
function actionIdsInHtml(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)) ids.add(m[1]!);
  for (const m of html.matchAll(/name="\$ACTION_\d+:0" value="([^"]*)"/g)) {
    ids.add((JSON.parse(m[1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as { id: string }).id);
  }
  return [...ids];
}

/** id → exported name of every server action the page's own JavaScript can call. */
async function actionNamesInChunks(request: APIRequestContext, html: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const chunks = new Set(html.match(/\/_next\/static\/chunks\/[\w.~-]+\.js/g) ?? []);
  for (const chunk of chunks) {
    const js = await (await request.get(chunk)).text();
    for (const m of js.matchAll(/createServerReference\)?\("([0-9a-f]{16,})",[^"]*"([\w$]+)"\)/g)) names.set(m[1]!, m[2]!);
  }
  return names;
}

/** Calls a server action the way the browser's fetch does: `Next-Action` header, React's reply encoding. */
async function callAction(request: APIRequestContext, pageUrl: string, actionId: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append('0', JSON.stringify([{}, '$K1'])); // (previousState, formData); the root comes last
  return request.post(pageUrl, { headers: { 'Next-Action': actionId, ...headers }, multipart: form, maxRedirects: 0 });
}

/** Calls an action that takes plain arguments (not a form), as client code does: the arguments as a JSON array. */
async function callObjectAction(request: APIRequestContext, pageUrl: string, actionId: string, args: unknown[], headers: Record<string, string> = {}) {
  return request.post(pageUrl, {
    headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** Every table's rows, digested: equal digests, nothing written. Read straight from the test database. */
async function databaseDigest(): Promise<Record<string, string>> {
  const tables = (await sql<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).map((r) => r.t);
  const [row] = await sql(`SELECT ${tables.map((t, i) => `(SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${t}" x) AS t${i}`).join(', ')}`);
  return Object.fromEntries(tables.map((t, i) => [t, row![`t${i}`] as string]));
}

type ActionState = { ok?: boolean; code?: string; message?: string };

/** The action's return value from the RSC reply (row 0 points at the row holding it). */
async function actionResult(response: APIResponse): Promise<ActionState> {
  expect(response.headers()['content-type']).toContain('text/x-component');
  const rows = new Map<string, string>();
  for (const line of (await response.text()).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null;
  const ref = /^\$@(\w+)$/.exec(root?.a ?? '')?.[1];
  expect(ref, 'the reply carries the action result').toBeTruthy();
  return JSON.parse(rows.get(ref!)!) as ActionState;
}

/** The table row of `email` on the admin's users page, following its pages; '' if there is none. */
async function userRowHtml(admin: APIRequestContext, email: string): Promise<string> {
  for (let url: string | undefined = '/admin/users'; url; ) {
    const html = await (await admin.get(url)).text();
    const row = html.split('<tr').find((tr) => tr.includes(`>${email}<`));
    if (row) return row;
    url = /href="(\/admin\/users\?after=[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  }
  return '';
}

type Row = { role: string; state: string };

/** A user's row on the admin's users page: role and state as the admin sees them. */
async function userRow(admin: APIRequestContext, email: string): Promise<Row | null> {
  const row = await userRowHtml(admin, email);
  if (!row) return null;
  const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
  return { role: cells[1]!, state: cells[2]! };
}

async function sessionOf(request: APIRequestContext) {
  return (await (await request.get('/api/auth/session')).json()) as { user?: { email: string; role: Role } };
}

// ---------------------------------------------------------------------------------------------
// Accounts: one signed-in API client per role, created once for the file.
// ---------------------------------------------------------------------------------------------

type Client = { account: Account; request: APIRequestContext };
const clients = {} as Record<'ADMIN' | 'EDITOR' | 'VIEWER' | 'PENDING_ADMIN' | 'TARGET', Client>;
let anonymous: APIRequestContext;
let inactiveTarget: Account;
let controlUser: Account;

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL;
  const newClient = async (account: Account): Promise<Client> => {
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, account);
    expect((await sessionOf(request)).user?.email, `${account.role} ${account.email} is signed in`).toBe(account.email);
    return { account, request };
  };
  clients.ADMIN = await newClient(makeAccount('ADMIN'));
  clients.EDITOR = await newClient(makeAccount('EDITOR'));
  clients.VIEWER = await newClient(makeAccount('VIEWER'));
  clients.PENDING_ADMIN = await newClient(makeAccount('ADMIN', { oneTimePassword: true }));
  clients.TARGET = await newClient(makeAccount('VIEWER'));
  inactiveTarget = makeAccount('VIEWER');
  controlUser = makeAccount('VIEWER');
  anonymous = await playwright.request.newContext({ baseURL });
});

test.afterAll(async () => {
  await Promise.all([anonymous?.dispose(), ...Object.values(clients).map((c) => c.request.dispose())]);
});

// ---------------------------------------------------------------------------------------------
// The map of the app
// ---------------------------------------------------------------------------------------------

test('discovery finds the pages, route handlers and server actions the app has', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/signin', '/cases', `/cases/${CASE_ID}`, '/admin/users', '/account/password']));
  expect(routes.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/auth/session', '/api/health']));
  for (const route of routes) expect(route.methods, `${route.file} exports at least one HTTP method`).not.toEqual([]);
  expect(routes.find((r) => r.url === '/api/auth/session')?.methods).toEqual(['GET', 'POST']);
  expect(discoveredActions.map((a) => a.name)).toEqual(expect.arrayContaining(['createUserAction', 'changeRoleAction', 'changePasswordAction']));
  for (const action of discoveredActions) expect(action.needs, `${action.file}: which role does ${action.name} need?`).not.toBe('UNKNOWN');
  // Recording a dispute: its pages, the role each demands, and its actions.
  const id = CASE_ID;
  expect(pages).toEqual(expect.arrayContaining(['/cases/new', `/cases/${id}/edit`, `/cases/${id}/history`, `/cases/${id}/history/1`, `/cases/${id}/delete`]));
  expect(Object.fromEntries(['/cases/new', `/cases/${id}/edit`, `/cases/${id}/delete`, `/cases/${id}/history`, `/cases/${id}/history/1`, `/cases/${id}`].map((u) => [u, pageNeeds(u)]))).toEqual({
    '/cases/new': 'EDITOR',
    [`/cases/${id}/edit`]: 'EDITOR',
    [`/cases/${id}/delete`]: 'ADMIN',
    [`/cases/${id}/history`]: 'VIEWER',
    [`/cases/${id}/history/1`]: 'VIEWER',
    [`/cases/${id}`]: 'VIEWER',
  });
  const how = Object.fromEntries(discoveredActions.map((a) => [a.name, `${a.needs} ${a.takes}`]));
  expect(how).toMatchObject({ saveCaseAction: 'EDITOR object', findDuplicatesAction: 'EDITOR object', findCaseChoicesAction: 'EDITOR object', archiveCaseAction: 'EDITOR form', restoreCaseAction: 'EDITOR form', deleteCaseAction: 'ADMIN form', changePasswordAction: 'SIGNED_IN form' });
});

test('only the sign-in page, next-auth and the health check are public, in this suite and in the proxy', () => {
  expect(PUBLIC_PATHS).toEqual(['/signin', '/api/auth/*', '/api/health']);
  const proxy = fs.readFileSync(path.join(ROOT, 'proxy.ts'), 'utf8');
  const list = /PUBLIC_PATHS\s*=\s*\[([^\]]*)\]/.exec(proxy)?.[1] ?? '';
  expect([...list.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]).sort()).toEqual(['/api/auth/', '/api/health', '/signin']);
  // Feeds pass the proxy only with a token in their address, which the route checks itself.
  const tokenList = /TOKEN_PATHS\s*=\s*\[([^\]]*)\]/.exec(proxy)?.[1] ?? '';
  expect([...tokenList.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1])).toEqual(['/api/feeds/']);
  // Every public route that exists is one of those, and nothing else is public.
  expect([...pages, ...routes.map((r) => r.url)].filter(isPublic).sort()).toEqual(['/api/auth/session', '/api/health', '/signin']);
});

test('server actions live only in lib/actions, where this suite looks for them', () => {
  const elsewhere = ['app', 'components', 'lib']
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .filter((f) => /\.(ts|tsx|js|jsx)$/.test(f) && !f.startsWith(path.join(ROOT, 'lib', 'actions') + path.sep) && !f.includes(`${path.sep}generated${path.sep}`))
    // A directive is a statement on its own line, at the top of a module or of a function body.
    .filter((f) => /^\s*['"]use server['"];?\s*$/m.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
  expect(elsewhere).toEqual([]);
});

test('the public endpoints give nothing away to a stranger', async () => {
  expect(await (await anonymous.get('/api/health')).json()).toEqual({ ok: true });
  expect(await sessionOf(anonymous)).toEqual({});
  const signin = await anonymous.get('/signin');
  expect(signin.status()).toBe(200);
  expect(await signin.text()).not.toContain(CASE_DATA);
});

// ---------------------------------------------------------------------------------------------
// Someone who is not signed in
// ---------------------------------------------------------------------------------------------

test.describe('someone who is not signed in', () => {
  for (const url of protectedPages) {
    test(`is sent to sign in, and back, from ${url}`, async () => {
      const response = await anonymous.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(signInLocation(response)).toBe(`/signin?callbackUrl=${encodeURIComponent(url)}`);
      expect(await response.text()).not.toContain(CASE_DATA);
    });

    test(`gets no page at ${url} with a forged session cookie either`, async () => {
      // The proxy only looks for the cookie; this reaches the page's own guard.
      const response = await anonymous.get(url, { headers: FORGED_SESSION });
      expect(new URL(response.url()).pathname).toBe('/signin');
      expect(await response.text()).not.toContain(CASE_DATA);
    });
  }

  for (const route of protectedRoutes) {
    for (const method of route.methods) {
      test(`gets 401 from ${method} ${route.url}`, async () => {
        for (const headers of [{}, FORGED_SESSION]) {
          const response = await anonymous.fetch(route.url, { method, headers, maxRedirects: 0 });
          expect(response.status()).toBe(401);
          if (method !== 'HEAD') expect((await response.json()).error.code).toBe('UNAUTHORIZED');
        }
      });
    }
  }

  for (const route of protectedRoutes.filter((r) => r.url.startsWith('/api/feeds/'))) {
    test(`gets 401 from ${route.url} with a forged feed token`, async () => {
      for (const token of ['forged', `${randomUUID()}.forged-signature`]) {
        const response = await anonymous.get(`${route.url}?token=${encodeURIComponent(token)}`, { maxRedirects: 0 });
        expect(response.status()).toBe(401);
        expect((await response.json()).error.code).toBe('UNAUTHORIZED');
      }
    });
  }

  test('gets a JSON 401 from any other API path, existing or not', async () => {
    const response = await anonymous.get('/api/cases', { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
  });
});

// ---------------------------------------------------------------------------------------------
// Pages and the session, by role
// ---------------------------------------------------------------------------------------------

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };
/**
 * Pages under /admin need the admin role; others what their own code demands with requireRole
 * (new, edit: editor; delete: admin); every other non-public page any signed-in user.
 */
function pageNeeds(url: string): Role {
  const byPath: Role = url === '/admin' || url.startsWith('/admin/') ? 'ADMIN' : 'VIEWER';
  const inCode = pageRoleInCode.get(url);
  return inCode && RANK[inCode] > RANK[byPath] ? inCode : byPath;
}

for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
  test(`a signed-in ${role.toLowerCase()} opens exactly the pages the role allows`, async () => {
    const { request } = clients[role];
    for (const url of protectedPages) {
      const response = await request.get(url);
      const body = await response.text();
      if (RANK[role] >= RANK[pageNeeds(url)]) {
        expect(response.status(), url).toBe(200);
        expect(new URL(response.url()).pathname, `${url} does not send a ${role} to sign in`).not.toBe('/signin');
      } else {
        expect(response.status(), url).toBe(403);
        expect(body).toContain('You may not open this page');
        expect(body, 'the 403 page lists no accounts').not.toContain(clients.TARGET.account.email);
      }
    }
    const caseResponse = await request.get(`/cases/${CASE_ID}`);
    expect(await caseResponse.text()).toContain('Lenovo Group v. Chang Cheng');
  });

  test(`the session of a signed-in ${role.toLowerCase()} names their email and role`, async () => {
    const { user } = await sessionOf(clients[role].request);
    expect(user).toMatchObject({ email: clients[role].account.email, role });
  });
}

test('someone who must replace a one-time password is sent to do that first', async () => {
  const { request } = clients.PENDING_ADMIN;
  for (const url of protectedPages.filter((u) => u !== '/account/password')) {
    const response = await request.get(url);
    expect(new URL(response.url()).pathname, url).toBe('/account/password');
    expect(await response.text()).not.toContain(CASE_DATA);
  }
});

// ---------------------------------------------------------------------------------------------
// Server actions, replayed at HTTP level with the ids the production build renders
// ---------------------------------------------------------------------------------------------

test('no server action does anything for a caller without the role it needs', async () => {
  test.setTimeout(90_000);
  const admin = clients.ADMIN.request;
  const target = clients.TARGET.account;
  const targetId = async (email: string) => /name="userId" value="([0-9a-f-]{36})"/.exec(await userRowHtml(admin, email))?.[1] ?? '';

  // Every page, opened as an admin: which actions its forms render, and their names from its JavaScript.
  const actionHome = new Map<string, { id: string; page: string }>();
  // Actions called from client code with plain arguments render no form: the page's JavaScript names them.
  const scriptHome = new Map<string, { id: string; page: string }>();
  const collect = async () => {
    for (const url of protectedPages) {
      // The page and its further pages (a form may only be rendered for rows further on).
      const queue = [url];
      for (const seen = new Set<string>(); queue.length && seen.size < 20; ) {
        const current = queue.shift()!;
        if (seen.has(current)) continue;
        seen.add(current);
        const html = await (await admin.get(current)).text();
        const names = await actionNamesInChunks(admin, html);
        for (const [id, name] of names) if (!scriptHome.has(name)) scriptHome.set(name, { id, page: url });
        for (const id of actionIdsInHtml(html)) {
          expect(names.has(id), `action ${id} rendered on ${current} is one the page's JavaScript knows`).toBe(true);
          actionHome.set(names.get(id)!, { id, page: url });
        }
        for (const m of html.matchAll(/href="([^"]+)"/g)) {
          const link = m[1]!.replaceAll('&amp;', '&');
          if (link.startsWith(`${url}?`)) queue.push(link);
        }
      }
    }
  };
  await collect();

  // Positive control: the replay really runs actions, for the admin. It also leaves one account
  // deactivated, so the reactivate form is rendered too.
  const deactivate = actionHome.get('deactivateUserAction')!;
  const done = await actionResult(await callAction(admin, deactivate.page, deactivate.id, { userId: await targetId(inactiveTarget.email) }));
  expect(done).toMatchObject({ ok: true });
  expect((await userRow(admin, inactiveTarget.email))?.state).toBe('deactivated');
  const changeRole = actionHome.get('changeRoleAction')!;
  expect(await actionResult(await callAction(admin, changeRole.page, changeRole.id, { userId: await targetId(controlUser.email), role: 'EDITOR' }))).toMatchObject({ ok: true });
  expect((await userRow(admin, controlUser.email))?.role).toBe('Editor');
  await collect();

  // What each action would change, were it allowed.
  const activeId = await targetId(target.email);
  const inactiveId = await targetId(inactiveTarget.email);
  const newEmail = `never-created-${Date.now()}@e2e.test`;
  const fieldsFor: Record<string, Record<string, string>> = {
    createUserAction: { email: newEmail, name: 'Intruder', role: 'ADMIN', password: PASSWORD },
    changeRoleAction: { userId: activeId, role: 'ADMIN' },
    deactivateUserAction: { userId: activeId },
    reactivateUserAction: { userId: inactiveId },
    resetPasswordAction: { userId: activeId },
    changePasswordAction: { currentPassword: PASSWORD, newPassword: 'an intruder chose this one', confirmPassword: 'an intruder chose this one' },
    archiveCaseAction: { caseId: CASE_ID },
    restoreCaseAction: { caseId: CASE_ID },
    deleteCaseAction: { caseId: CASE_ID, confirmTitle: lenovo.title },
  };
  // Actions with plain arguments: each call below would write (or reveal cases), were it allowed.
  const freshIds = new Map<string, string>();
  const newCase = JSON.parse(JSON.stringify(lenovo).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => freshIds.get(id) ?? (freshIds.set(id, randomUUID()), freshIds.get(id)!)));
  const argsFor: Record<string, unknown[][]> = {
    saveCaseAction: [[{ doc: { ...lenovo, title: 'Hijacked by an intruder' }, baseVersion: lenovo.version }], [{ doc: { ...newCase, title: 'Planted by an intruder', notes: [] }, baseVersion: null }]],
    findDuplicatesAction: [[{ title: 'Lenovo v Chang', names: ['联想', '常程'], excludeId: null }]],
    findCaseChoicesAction: [[{ text: 'Lenovo', excludeId: null }], [{ text: `/cases/${CASE_ID}`, excludeId: null }]],
  };

  // Positive control for plain-argument calls: an editor's reach the action itself.
  const duplicates = scriptHome.get('findDuplicatesAction');
  if (duplicates) {
    const hints = await actionResult(await callObjectAction(clients.EDITOR.request, duplicates.page, duplicates.id, argsFor.findDuplicatesAction![0]!));
    // (Copies of the Lenovo case made by other suites may outrank it in the top five.)
    expect((hints as { title: string }[]).length, 'an editor is shown possible duplicates of the Lenovo case').toBeGreaterThan(0);
  }
  const choices = scriptHome.get('findCaseChoicesAction');
  if (choices) {
    // (Copies of the Lenovo case made by other suites may outrank it among the words' eight choices.)
    const [byWords, byAddress] = await Promise.all(
      argsFor.findCaseChoicesAction!.map(async (args) => (await actionResult(await callObjectAction(clients.EDITOR.request, choices.page, choices.id, args))) as { id: string }[]),
    );
    expect(byWords!.length, 'an editor linking a related case is offered cases by words').toBeGreaterThan(0);
    expect(byAddress!.map((c) => c.id), 'and the case whose address was pasted').toEqual([CASE_ID]);
  }
  const save = scriptHome.get('saveCaseAction');
  if (save) {
    const invalid = await actionResult(await callObjectAction(clients.EDITOR.request, save.page, save.id, [{ doc: { ...newCase, title: '' }, baseVersion: null }]));
    expect(invalid, "an editor's save reaches validation").toMatchObject({ code: 'INVALID_REQUEST' });
  }
  const digestBefore = await databaseDigest();
  const before = { target: await userRow(admin, target.email), inactive: await userRow(admin, inactiveTarget.email) };
  expect(before.target).toEqual({ role: 'Viewer', state: 'active' });

  const callers: { label: string; request: APIRequestContext; headers?: Record<string, string>; rank: number; expected: string }[] = [
    { label: 'a forged session', request: anonymous, headers: FORGED_SESSION, rank: 0, expected: 'UNAUTHORIZED' },
    { label: 'a viewer', request: clients.VIEWER.request, rank: RANK.VIEWER, expected: 'FORBIDDEN' },
    { label: 'an editor', request: clients.EDITOR.request, rank: RANK.EDITOR, expected: 'FORBIDDEN' },
    { label: 'an admin with a one-time password', request: clients.PENDING_ADMIN.request, rank: 0, expected: 'FORBIDDEN' },
  ];
  const exercised = new Set<string>();
  for (const action of discoveredActions.filter((a) => a.takes === 'object')) {
    const home = scriptHome.get(action.name);
    expect(home, `a page's JavaScript calls ${action.name} (${action.file})`).toBeTruthy();
    for (const args of argsFor[action.name] ?? [[{}]]) {
      const stranger = await callObjectAction(anonymous, home!.page, home!.id, args);
      expect(stranger.status(), `${action.name} without a cookie`).toBe(307);
      expect(signInLocation(stranger)).toBe(`/signin?callbackUrl=${encodeURIComponent(home!.page)}`);
      for (const caller of callers) {
        const needed = action.needs === 'SIGNED_IN' ? 1 : Math.max(RANK[action.needs as Role], RANK[pageNeeds(home!.page)]);
        if (caller.rank >= needed) continue;
        if (action.needs === 'SIGNED_IN' && caller.expected !== 'UNAUTHORIZED') continue;
        const response = await callObjectAction(caller.request, home!.page, home!.id, args, caller.headers);
        expect(response.status(), `${action.name} called by ${caller.label}: no server error`).toBeLessThan(500);
        const result = (await actionResult(response)) as ActionState | unknown[];
        if (Array.isArray(result)) {
          // A list-valued action cannot carry a code: refused, it shows nothing.
          expect(result, `${action.name} called by ${caller.label} reveals nothing`).toEqual([]);
        } else {
          expect(result.code, `${action.name} called by ${caller.label}`).toBe(caller.expected);
          expect(result.ok).toBeFalsy();
        }
      }
    }
    exercised.add(action.name);
  }
  for (const action of discoveredActions.filter((a) => a.takes !== 'object')) {
    // A form shown only in some states (restore: for an archived case) is called by the id its page's JavaScript holds.
    const home = actionHome.get(action.name) ?? scriptHome.get(action.name);
    expect(home, `a page renders a form for ${action.name} (${action.file}), or its JavaScript knows it`).toBeTruthy();
    const fields = fieldsFor[action.name] ?? { userId: activeId };

    // No cookie at all: the proxy sends the request to sign in before any action runs.
    const stranger = await callAction(anonymous, home!.page, home!.id, fields);
    expect(stranger.status(), `${action.name} without a cookie`).toBe(307);
    expect(signInLocation(stranger)).toBe(`/signin?callbackUrl=${encodeURIComponent(home!.page)}`);

    for (const caller of callers) {
      // The code may demand more than the page its form is on, never less: forms on admin pages need an admin.
      const needed = action.needs === 'SIGNED_IN' ? 1 : Math.max(RANK[action.needs as Role], RANK[pageNeeds(home!.page)]);
      if (caller.rank >= needed) continue;
      if (action.needs === 'SIGNED_IN' && caller.expected !== 'UNAUTHORIZED') continue;
      const result = await actionResult(await callAction(caller.request, home!.page, home!.id, fields, caller.headers));
      expect(result.code, `${action.name} called by ${caller.label}`).toBe(caller.expected);
      expect(result.ok).toBeFalsy();
    }
    exercised.add(action.name);
  }
  expect([...exercised].sort()).toEqual(discoveredActions.map((a) => a.name).sort());
  expect([...exercised], 'every action a page renders is one discovered in lib/actions').toEqual(expect.arrayContaining([...actionHome.keys()]));
  expect([...exercised], "every action a page's JavaScript calls is one discovered in lib/actions").toEqual(expect.arrayContaining([...scriptHome.keys()]));
  expect(await databaseDigest(), 'the database is exactly as it was').toEqual(digestBefore);

  // Nothing changed: as the admin sees it, and the target's session (which any change ends) lives on.
  expect(await userRow(admin, target.email)).toEqual(before.target);
  expect(await userRow(admin, inactiveTarget.email)).toEqual(before.inactive);
  expect(await userRow(admin, newEmail)).toBeNull();
  expect((await sessionOf(clients.TARGET.request)).user?.email).toBe(target.email);
  expect((await sessionOf(clients.VIEWER.request)).user?.role).toBe('VIEWER');
});
