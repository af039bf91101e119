// Accounts hardening (issue 16, item 10): sessions end a fixed time after sign-in, guessable
// passwords are refused wherever one is chosen, and admins read account changes in the audit log.
import { decode, encode } from 'next-auth/jwt';
import { expect, makeAccount, signInAs, signInViaApi, test, userCli } from './fixtures/accounts';

// The fixed secret of playwright.config.ts: tests never see a real one.
const SECRET = 'e2e-only-secret-not-used-anywhere-else';
const COOKIE = 'next-auth.session-token';

test('a session ends a fixed time after sign-in, however active it is', async ({ page, baseURL }) => {
  const account = makeAccount('VIEWER');
  await signInViaApi(page.request, account);
  const cookie = (await page.context().cookies()).find((c) => c.name === COOKIE)!;
  const token = (await decode({ token: cookie.value, secret: SECRET }))!;
  expect(token.sat, 'the token records when the user signed in').toEqual(expect.any(Number));

  // The same token, as if signed in 23 and then 25 hours ago and used all along (default limit: 24 hours).
  const signedInHoursAgo = async (hours: number) => {
    const value = await encode({ token: { ...token, sat: Math.floor(Date.now() / 1000) - hours * 3600 }, secret: SECRET });
    await page.context().addCookies([{ name: COOKIE, value, url: baseURL! }]);
    return (await (await page.request.get('/api/auth/session')).json()) as { user?: { email: string } };
  };
  expect((await signedInHoursAgo(23)).user?.email).toBe(account.email);
  expect((await signedInHoursAgo(25)).user).toBeUndefined();
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/signin/);
});

test('a common or patterned password is refused when an admin creates an account and when a user changes theirs', async ({ page }) => {
  await signInAs(page, 'ADMIN');
  await page.goto('/admin/users');
  const form = page.locator('form').filter({ hasText: 'Create account' });
  await form.getByLabel('Email').fill(`weak-${Date.now()}@e2e.test`);
  await form.getByLabel('Password (optional)').fill('Password123!');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText('too easy to guess')).toBeVisible();

  const user = makeAccount('EDITOR');
  const other = await page.context().browser()!.newContext();
  const userPage = await other.newPage();
  await signInViaApi(userPage.request, user);
  await userPage.goto('/account/password');
  await userPage.getByLabel('Current password').fill(user.password);
  await userPage.getByLabel('New password', { exact: true }).fill('qwertyuiop123');
  await userPage.getByLabel('New password again').fill('qwertyuiop123');
  await userPage.getByRole('button', { name: 'Change password' }).click();
  await expect(userPage.getByText('too easy to guess')).toBeVisible();
  await other.close();

  expect(() => userCli(['--email', `weak-cli-${Date.now()}@e2e.test`, '--role', 'viewer', '--password', 'letmein12345'])).toThrow(/too easy to guess/);
  expect(() => userCli(['--email', user.email, '--update', '--password', 'iloveyou2020'])).toThrow(/too easy to guess/);
});

test('an admin reads who created, re-roled and deactivated an account in the audit log', async ({ page }) => {
  const admin = await signInAs(page, 'ADMIN');
  await page.goto('/admin/users');
  const email = `audited-${Date.now()}@e2e.test`;
  const form = page.locator('form').filter({ hasText: 'Create account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('EDITOR');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toContainText(`Created ${email} (editor)`);

  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row').filter({ hasText: email });
  await row.getByLabel(`Role of ${email}`).selectOption('VIEWER');
  await row.getByRole('button', { name: 'Save role' }).click();
  await expect(row.getByRole('status')).toContainText('Role changed to viewer');
  await row.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row.getByText('deactivated', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  const rows = page.getByRole('row').filter({ hasText: email });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Deactivated');
  await expect(rows.nth(1)).toContainText('Role changed');
  await expect(rows.nth(1)).toContainText('editor → viewer');
  await expect(rows.nth(2)).toContainText('Account created');
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toContainText(admin.email);
});

test('only an admin may read the audit log', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const response = await page.goto('/admin/audit');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('table')).toHaveCount(0);
});
