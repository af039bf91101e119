import { expect, makeAccount, signInAs, signInAsNew, signInViaApi, test, userCli } from './fixtures/accounts';

async function signInWithForm(page: import('@playwright/test').Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a researcher signs in, lands where they were going, and signs out', async ({ page }) => {
  const account = makeAccount('VIEWER');
  await page.goto('/cases/1e000000-0000-4000-8000-000000000001');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcases%2F1e000000/);
  await signInWithForm(page, account.email, account.password);
  await expect(page.getByRole('heading', { name: 'Lenovo Group v. Chang Cheng', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(account.email);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcases/);
});

for (const [kind, callbackUrl] of [['backslash', '%2F%5Cevil.example%2Fx'], ['tab', '%2F%09%2Fevil.example'], ['dot-segment', '%2F.%2F%2Fevil.example']] as const) {
  test(`after sign-in a ${kind} callbackUrl to another site lands on Covenant instead`, async ({ page, baseURL }) => {
    const account = makeAccount('VIEWER');
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await signInWithForm(page, account.email, account.password);
    await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test('a wrong password gets a message that does not say whether the email exists', async ({ page }) => {
  const account = makeAccount('VIEWER');
  await page.goto('/signin');
  await signInWithForm(page, account.email, 'not the password at all');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('not right');
  const wrongForKnown = await page.getByRole('main').getByRole('alert').innerText();

  await page.reload();
  await signInWithForm(page, `nobody-${Date.now()}@e2e.test`, 'not the password at all');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(wrongForKnown);
  await expect(page).toHaveURL(/\/signin/);
});

test('five failures lock the email for 15 minutes, even with the right password afterwards', async ({ page }) => {
  const account = makeAccount('VIEWER');
  for (let attempt = 1; attempt <= 5; attempt++) {
    const response = await signInViaApi(page.request, { email: account.email, password: `wrong-${attempt}` });
    expect(response.status()).toBeLessThan(500);
  }
  await page.goto('/signin');
  await signInWithForm(page, account.email, account.password);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('paused for 15 minutes');
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session.user).toBeUndefined();
});

test('an unknown email locks the same way, so a lock tells nothing about which emails exist', async ({ page }) => {
  const unknown = `ghost-${Date.now()}@e2e.test`;
  for (let attempt = 1; attempt <= 5; attempt++) await signInViaApi(page.request, { email: unknown, password: 'x' });
  await page.goto('/signin');
  await signInWithForm(page, unknown, 'anything at all');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('paused for 15 minutes');
});

test('a one-time password must be changed at first sign-in', async ({ page }) => {
  const account = makeAccount('EDITOR', { oneTimePassword: true });
  await page.goto('/signin');
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/account\/password/);
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/account\/password/);

  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('New password again').fill('short');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('A password needs at least 12 characters.')).toBeVisible();

  const chosen = 'my own long passphrase 2026';
  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await page.getByLabel('New password again').fill(chosen);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/signin\?changed=1/);

  await signInWithForm(page, account.email, chosen);
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
});

test('an admin demotes an editor and the change applies at the editor’s next request', async ({ page, browser }) => {
  await signInAs(page, 'ADMIN');
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  const editor = await signInAsNew(editorPage, 'EDITOR');

  await page.goto(`/admin/users?q=${encodeURIComponent(editor.email)}`);
  const row = page.getByRole('row').filter({ hasText: editor.email });
  await row.getByLabel(`Role of ${editor.email}`).selectOption('VIEWER');
  await row.getByRole('button', { name: 'Save role' }).click();
  await expect(row.getByRole('status')).toContainText('Role changed to viewer');

  // The editor's token was issued before the change: it no longer counts.
  const session = await (await editorPage.request.get('/api/auth/session')).json();
  expect(session.user).toBeUndefined();
  await editorPage.goto('/cases');
  await expect(editorPage).toHaveURL(/\/signin/);
  await editorContext.close();
});

test('a deactivated user is signed out at their next request', async ({ page, browser }) => {
  await signInAs(page, 'ADMIN');
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  const viewer = await signInAsNew(viewerPage, 'VIEWER');
  await viewerPage.goto('/cases');
  await expect(viewerPage.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();

  await page.goto(`/admin/users?q=${encodeURIComponent(viewer.email)}`);
  const row = page.getByRole('row').filter({ hasText: viewer.email });
  await row.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row.getByText('deactivated', { exact: true })).toBeVisible();

  await viewerPage.goto('/cases');
  await expect(viewerPage).toHaveURL(/\/signin/);
  const retry = await signInViaApi(viewerPage.request, viewer);
  expect(retry.status()).toBeLessThan(500);
  expect((await (await viewerPage.request.get('/api/auth/session')).json()).user).toBeUndefined();
  await viewerContext.close();
});

test('an admin creates an account with a generated one-time password', async ({ page }) => {
  await signInAs(page, 'ADMIN');
  await page.goto('/admin/users');
  const email = `new-${Date.now()}@e2e.test`;
  const form = page.locator('form').filter({ hasText: 'Create account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('EDITOR');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toContainText(`Created ${email} (editor)`);
  const oneTime = await form.getByTestId('one-time-password').innerText();
  expect(oneTime).toHaveLength(20);

  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('alert')).toContainText('exists already');
});

const BAD_INPUTS = [
  ['empty', '', ''],
  ['overlong', `${'a'.repeat(10_000)}@example.com`, 'p'.repeat(10_000)],
  ['malformed', 'not-an-email', 'whatever'],
  ['unicode', '研究员@例子.公司', '密码密码密码密码密码密码'],
  ['SQL-looking', "' OR 1=1 --@x.io", "' OR '1'='1"],
  ['HTML-looking', '<script>alert(1)</script>@x.io', '<img src=x onerror=alert(1)>'],
] as const;

for (const [kind, email, password] of BAD_INPUTS) {
  test(`${kind} sign-in input gets a clear answer, never a server error or a reflected script`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    const failures: number[] = [];
    page.on('response', (response) => {
      if (response.status() >= 500) failures.push(response.status());
    });
    await page.goto('/signin');
    await signInWithForm(page, email, password);
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);

    const direct = await signInViaApi(page.request, { email, password });
    expect(direct.status()).toBeLessThan(500);
    expect(await direct.text()).not.toContain('<script>alert(1)</script>');
    expect(failures).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

test('user:create refuses an existing email, and --update changes the role', async ({ page }) => {
  const account = makeAccount('VIEWER');
  expect(() => userCli(['--email', account.email, '--role', 'editor'])).toThrow(/exists already/);
  expect(userCli(['--email', account.email, '--role', 'editor', '--update'])).toContain(`updated ${account.email} (EDITOR)`);
  await signInViaApi(page.request, account);
  expect((await (await page.request.get('/api/auth/session')).json()).user.role).toBe('EDITOR');
});
