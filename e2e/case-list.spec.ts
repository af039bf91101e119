// Browsing and searching the collection: facets, search in English and Chinese, shareable views,
// keyset pages, and previous/next from a case.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { sql, testDatabaseUrl } from './fixtures/database';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures/accounts';

const LENOVO = 'Lenovo Group v. Chang Cheng';

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'VIEWER');
});

/** Cases written straight into the test database, each refreshed into the list like a real save. */
async function insertCases(titles: string[], tag: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const ids = titles.map(() => randomUUID());
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Tag" (id, name) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [randomUUID(), tag],
    );
    await client.query(
      `INSERT INTO "Case" (id, title, "jurisdictionCountry", status, fictional, "updatedAt")
       SELECT id, title, 'NZ', 'OPEN', true, now() FROM unnest($1::uuid[], $2::text[]) AS t(id, title)`,
      [ids, titles],
    );
    await client.query(`INSERT INTO "CaseTag" ("caseId", "tagId") SELECT unnest($1::uuid[]), $2`, [ids, rows[0]!.id]);
    await client.query(`SELECT refresh_case_summaries($1::uuid[])`, [ids]);
    await client.query('COMMIT');
    return ids;
  } finally {
    await client.end();
  }
}

async function deleteCases(ids: string[]) {
  await sql(`DELETE FROM "Case" WHERE id = ANY ($1::uuid[])`, [ids]);
}

const rowTitles = (page: Page) => page.getByRole('table').getByRole('row').locator('td:first-child a').allInnerTexts();

test('facets narrow the list, and each count is the number of cases the option leaves', async ({ page }) => {
  await page.goto('/cases');
  const filters = page.getByRole('region', { name: 'Filters' });
  const forum = filters.getByRole('region', { name: 'Forum' });
  const court = forum.getByRole('link', { name: /^Court/ });
  const count = Number((await court.locator('[data-facet-count]').innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);

  await court.click();
  await expect(page).toHaveURL(/\/cases\?forum=COURT$/);
  await expect(page.getByTestId('case-total')).toHaveText(`${count} ${count === 1 ? 'case' : 'cases'} match`);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(Math.min(count, 25) + 1);
  await expect(forum.getByRole('link', { name: /^Court/ })).toHaveAttribute('aria-current', 'true');

  // A second facet narrows further; its count again predicts the result.
  const china = filters.getByRole('region', { name: 'Jurisdiction' }).getByRole('link', { name: /^China/ });
  const chinaCount = Number((await china.locator('[data-facet-count]').innerText()).replace(/\D/g, ''));
  await china.click();
  await expect(page).toHaveURL(/forum=COURT/);
  await expect(page).toHaveURL(/jurisdiction=CN/);
  await expect(page.getByTestId('case-total')).toHaveText(`${chinaCount} ${chinaCount === 1 ? 'case' : 'cases'} match`);
  await expect(page.getByRole('link', { name: 'Shenlan Technology v. Wang Lei (fictional)' })).toBeVisible();
  await expect(page.getByRole('link', { name: LENOVO })).toHaveCount(0);

  // Chips remove one filter at a time.
  await page.getByRole('link', { name: 'Remove filter Forum: Court' }).click();
  await expect(page).toHaveURL(/\/cases\?jurisdiction=CN$/);
  await expect(page.getByRole('link', { name: LENOVO })).toBeVisible();
});

test('a shared URL reproduces the view, and back/forward move between views', async ({ page, browser }) => {
  await page.goto('/cases');
  await page.getByRole('searchbox', { name: 'Search cases' }).fill('non-compete');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=non-compete/);
  await page.getByRole('link', { name: /^Year begun/ }).click();
  await expect(page).toHaveURL(/sort=-year/);
  await expect(page.getByRole('columnheader', { name: /Year begun/ })).toHaveAttribute('aria-sort', 'descending');
  const url = page.url();
  const titles = await rowTitles(page);
  const total = await page.getByTestId('case-total').innerText();
  expect(titles.length).toBeGreaterThan(1);

  const other = await browser.newPage({ baseURL: new URL(url).origin });
  await signInAs(other, 'VIEWER');
  await other.goto(url);
  expect(await rowTitles(other)).toEqual(titles);
  await expect(other.getByTestId('case-total')).toHaveText(total);
  await expect(other.getByRole('searchbox', { name: 'Search cases' })).toHaveValue('non-compete');
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=-year/);
  await expect(page.getByRole('columnheader', { name: /Year begun/ })).not.toHaveAttribute('aria-sort', /.+/);
  await page.goForward();
  await expect(page).toHaveURL(url);
});

for (const search of ['常程', '联想', '常', 'lenovo', 'Chang', 'Lenvo', 'ｌｅｎｏｖｏ', 'party:常程', '"Lenovo Group" -Ammerfeld']) {
  test(`searching ${search} finds the Lenovo case`, async ({ page }) => {
    await page.goto(`/cases?q=${encodeURIComponent(search)}`);
    await expect(page.getByRole('link', { name: LENOVO })).toBeVisible();
    if (/[常联]/.test(search)) {
      const chinese = search.replace(/^party:/, '');
      await expect(page.getByRole('row').filter({ hasText: LENOVO }).locator('mark').first()).toHaveText(chinese);
    }
    if (search === 'Lenvo') await expect(page.getByRole('status')).toContainText('lenovo');
  });
}

test('odd and hostile input gets a sensible page or a clear message, never an error', async ({ page }) => {
  const odd = ['q=%25', 'q=_', "q='", 'q=%5C', 'q=-', 'q=%22', `q=${'x'.repeat(5000)}`, 'forum=MOON', 'cursor=not-a-cursor', 'currency=CNY&currency=USD&amountMin=1', 'amountMin=5', 'limit=7', 'sort=DROP%20TABLE', 'yearFrom=abcd'];
  for (const query of odd) {
    const response = await page.goto(`/cases?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { name: 'Cases', level: 1 }), query).toBeVisible();
  }
  await page.goto('/cases?forum=MOON&cursor=abc');
  await expect(page.getByRole('status')).toContainText('MOON');
  await expect(page.getByRole('status')).toContainText('page link');

  await page.goto('/cases?q=zzzqqqxxy');
  await expect(page.getByRole('heading', { name: 'No cases match this view.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Remove “Search: zzzqqqxxy”' })).toBeVisible();

  const bad = await page.request.get('/api/cases?cursor=abc&forum=MOON');
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe('INVALID_REQUEST');
  expect(body.error.details.map((d: { param: string }) => d.param).sort()).toEqual(['cursor', 'forum']);
  const percent = await page.request.get('/api/cases?q=%25');
  expect(percent.status()).toBe(200);
});

test('GET /api/cases pages by cursor and never repeats or skips a case while cases are added', async ({ page }) => {
  const tag = `keyset-${randomUUID().slice(0, 8)}`;
  const word = () => randomUUID().slice(0, 6);
  // Titles after every real one, so the other stories' first pages stay as they were.
  const initial = await insertCases(Array.from({ length: 60 }, (_, i) => `zz-keyset M ${word()} ${i}`), tag);
  const added: string[] = [];
  try {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await page.request.get(`/api/cases?tag=${tag}&limit=25${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { items: { id: string }[]; nextCursor: string | null; total: number; totalIsEstimate: boolean };
      expect(body.totalIsEstimate).toBe(false);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      pages++;
      // Others keep recording cases, before and after the current position.
      added.push(...(await insertCases([`zz-keyset A ${word()}`, `zz-keyset M ${word()}`, `zz-keyset Z ${word()}`], tag)));
    } while (cursor && pages < 20);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(initial));
  } finally {
    await deleteCases([...initial, ...added]);
  }
});

test('from a case opened in a result list, previous and next follow that list', async ({ page }) => {
  // Other specs add cases to the same database: read the neighbours off the list itself.
  await page.goto('/cases?jurisdiction=CN&sort=title&limit=100');
  const links = page.getByRole('table').getByRole('row').locator('td:first-child a');
  const titles = await links.allInnerTexts();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const at = hrefs.findIndex((href) => href.includes('1e000000-0000-4000-8000-000000000001'));
  expect(at).toBeGreaterThanOrEqual(0);
  expect(titles.length).toBeGreaterThan(1);

  await links.nth(at).click();
  await expect(page).toHaveURL(/\/cases\/1e000000-0000-4000-8000-000000000001\?from=/);
  const navigation = page.getByRole('navigation', { name: 'Result list' });
  if (at === 0) await expect(navigation).toContainText('First result');
  const neighbour = at + 1 < titles.length ? at + 1 : at - 1;
  const direction = neighbour > at ? 'Next' : 'Previous';
  const back = neighbour > at ? 'Previous' : 'Next';
  await navigation.getByRole('link', { name: `${direction} case: ${titles[neighbour]}` }).click();
  await expect(page.getByRole('heading', { name: titles[neighbour], level: 1 })).toBeVisible();
  await navigation.getByRole('link', { name: `${back} case: ${LENOVO}` }).click();
  await expect(page.getByRole('heading', { name: LENOVO, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/1e000000-0000-4000-8000-000000000001/);
  await navigation.getByRole('link', { name: /Back to the results/ }).click();
  await expect(page).toHaveURL(/\/cases\?jurisdiction=CN&sort=title&limit=100$/);
});

for (const url of ['/cases?q=常程', '/cases?forum=COURT&jurisdiction=CN&sort=-year', '/cases?q=zzzqqqxxy']) {
  test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    await page.getByText('Search syntax', { exact: true }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
