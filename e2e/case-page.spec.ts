import AxeBuilder from '@axe-core/playwright';
import { expect, signInAs, test } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

const CASE_URL = `/cases/${lenovo.id}`;

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'VIEWER');
});

test('the home page leads to the case list, which lists the Lenovo case', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lenovo Group v. Chang Cheng' })).toBeVisible();
  // A reader learns which engine holds the data, never where it is.
  await expect(page.getByRole('contentinfo')).toContainText(/Database: (PostgreSQL|embedded PGlite)/);
  await expect(page.getByRole('contentinfo')).not.toContainText(/127\.0\.0\.1|localhost|\(/);
});

test('an admin is also told where the database is', async ({ browser }) => {
  const page = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': '198.18.0.77' } });
  await signInAs(page, 'ADMIN');
  await page.goto('/cases');
  const database = new URL(process.env.E2E_DATABASE_URL!);
  await expect(page.getByRole('contentinfo')).toContainText(`Database: PostgreSQL (${database.hostname}:${database.port || '5432'}${database.pathname})`);
  await page.close();
});

test('a researcher reads every recorded fact of the Lenovo case', async ({ page }) => {
  await page.goto('/cases');
  await page.getByRole('link', { name: 'Lenovo Group v. Chang Cheng' }).click();
  await expect(page).toHaveURL(CASE_URL);
  await expect(page.getByRole('heading', { name: 'Lenovo Group v. Chang Cheng', level: 1 })).toBeVisible();

  const parties = page.getByRole('region', { name: 'Parties' });
  await expect(parties).toContainText('Lenovo Group');
  await expect(parties).toContainText('联想集团');
  await expect(parties).toContainText('常程');
  await expect(parties).toContainText('小米集团');
  await expect(parties.getByText('Claimant', { exact: true })).toBeVisible();
  await expect(parties.getByText('Former employer', { exact: true })).toBeVisible();
  await expect(parties.getByText('New employer', { exact: true })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Proceedings and forums' })).toContainText('Arbitration');

  const covenant = page.getByRole('region', { name: 'Restrictive covenant' });
  await expect(covenant).toContainText('Lenovo Restrictive Agreement');
  await expect(covenant).toContainText('2017-07-24');
  await expect(covenant).toContainText('more than 5,000,000 CNY');

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const dates = await timeline.locator('time').allInnerTexts();
  expect(dates).toEqual(['2017-07-24', '2020-01', '2020-06', '2020 (after June)', '2020-09', '2020-09-17', '2021-01-29']);

  const claims = page.getByRole('region', { name: 'Claims' }).getByRole('row');
  await expect(claims).toHaveCount(4); // header + three claims
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Liquidated damages');
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('Specific performance');

  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText('Signature appraisal');
  await expect(evidence).toContainText('The agreement was signed by Chang Cheng himself.');
  await expect(evidence).toContainText('Contradicted by the tribunal-appointed signature appraisal.');

  const outcome = page.getByRole('region', { name: 'Outcome' });
  await expect(outcome.getByText('Unconfirmed', { exact: true })).toBeVisible();
  await expect(outcome).toContainText('unnamed sources');
  await expect(outcome).toContainText('neither Lenovo nor Xiaomi responded to this');

  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources).toContainText('Zhongxin Finance');
  await expect(sources).toContainText('Wu Tao');
  await expect(sources).toContainText('Lenovo paid a total of more than 5 million yuan');
});

test('an unknown case id shows the not-found page', async ({ page }) => {
  const response = await page.goto('/cases/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
});

for (const url of ['/cases', CASE_URL]) {
  test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
