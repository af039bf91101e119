// Security headers on every kind of response the production server gives: pages, API JSON,
// downloads, redirects, 401/403/404, static files. Pages carry a nonce-based policy whose nonce
// is fresh per response and is the one on the page's scripts (the page fixture in
// fixtures/accounts.ts fails any test in which the browser reports a policy violation).
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, sharedAccount, signInViaApi, test } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  // Served over plain http here: no HSTS (it is for https only).
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

/** The one nonce of a page's policy; no 'unsafe-inline' or 'unsafe-eval' for scripts. */
function pageNonce(response: APIResponse): string {
  const policy = response.headers()['content-security-policy'] ?? '';
  const scripts = /(?:^|;\s*)script-src ([^;]+)/.exec(policy)?.[1] ?? '';
  expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce!;
}

const get = (request: APIRequestContext, path: string) => request.get(path, { maxRedirects: 0 });

test('every kind of response carries the security headers', async ({ playwright, baseURL }) => {
  test.setTimeout(60_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const viewer = await playwright.request.newContext({ baseURL });
  const admin = await playwright.request.newContext({ baseURL });
  await signInViaApi(viewer, sharedAccount('VIEWER'));
  await signInViaApi(admin, sharedAccount('ADMIN'));

  const page = await get(viewer, '/cases');
  const html = await page.text();
  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  expect(asset, 'the page loads a script from /_next/static').toBeTruthy();

  const cases: [string, APIResponse, number][] = [
    ['a page', page, 200],
    ['the sign-in page', await get(anonymous, '/signin'), 200],
    ['a redirect to sign in', await get(anonymous, '/cases'), 307],
    ['API JSON', await get(viewer, '/api/cases'), 200],
    ['the health check', await get(anonymous, '/api/health'), 200],
    ['a 401 from the API', await get(anonymous, '/api/cases'), 401],
    ['a 403 page', await get(viewer, '/admin/users'), 403],
    ['a 403 from the API', await get(viewer, '/api/backup'), 403],
    ['a 404 page', await get(viewer, '/no-such-page'), 404],
    ['a 404 from the API', await get(viewer, '/api/cases/00000000-0000-4000-8000-000000000000'), 404],
    ['a 400 from the API', await get(viewer, '/api/cases?forum=MOON'), 400],
    ['a case download', await get(viewer, `/api/cases/${lenovo.id}/export?format=pdf`), 200],
    ['a list download', await get(viewer, '/api/cases/export?format=csv'), 200],
    ['a backup download', await get(admin, '/api/backup'), 200],
    ['a static script', await get(anonymous, asset!), 200],
  ];
  for (const [what, response, status] of cases) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }
  for (const what of ['a page', 'the sign-in page', 'a 403 page', 'a 404 page']) pageNonce(cases.find(([w]) => w === what)![1]);
  await Promise.all([anonymous.dispose(), viewer.dispose(), admin.dispose()]);
});

test('a page’s nonce is fresh per response and is the one its scripts carry', async ({ request }) => {
  await signInViaApi(request, sharedAccount('VIEWER'));
  const first = await request.get('/cases');
  const second = await request.get('/cases');
  const nonce = pageNonce(first);
  expect(pageNonce(second)).not.toBe(nonce);
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test('behind an https proxy, responses ask for https from then on (HSTS)', async ({ request }) => {
  for (const path of ['/signin', '/api/health']) {
    const response = await request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
    expect(response.headers()['content-security-policy'], path).toContain('upgrade-insecure-requests');
  }
  // Over plain http the upgrade would send every asset to an https port that is not there.
  expect((await request.get('/signin')).headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
});

test('pages work under the policy: sign in, open a case, search, no violation reported', async ({ page }) => {
  const account = sharedAccount('EDITOR');
  await page.goto('/signin');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/cases/);
  // By address: other stories record copies under the same title.
  await page.locator(`a[href^="/cases/${lenovo.id}"]`).first().click();
  await expect(page.getByRole('heading', { name: 'Lenovo Group v. Chang Cheng', level: 1 })).toBeVisible();
  await page.goto('/cases?q=lenovo');
  await expect(page.locator(`a[href^="/cases/${lenovo.id}"]`).first()).toBeVisible();
  await page.goto('/no-such-page');
  await page.goto('/cases/new');
  await page.getByLabel('Title').fill('Policy check');
});
