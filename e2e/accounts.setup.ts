// Runs once before the suite (the `setup` project in playwright.config.ts): one account per role,
// created with the real `npm run user:create` and signed in through next-auth's endpoints, its
// cookies saved. `signInAs(page, role)` then hands a test that signed-in state without a CLI
// process or a sign-in of its own. Tests that change their account (role, password, activation,
// export slots) take a fresh one with `signInAsNew`.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { makeAccount, ROLES, signInViaApi, type SignedInAccounts } from './fixtures/accounts';
import { SIGNED_IN_ACCOUNTS_FILE } from './fixtures/paths';

setup('one signed-in account per role', async ({ playwright, baseURL }) => {
  const signedIn = {} as SignedInAccounts;
  for (const role of ROLES) {
    const account = makeAccount(role);
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, account);
    const session = await (await request.get('/api/auth/session')).json();
    expect(session.user?.role, `${role} signed in`).toBe(role);
    signedIn[role] = { account, cookies: (await request.storageState()).cookies };
    await request.dispose();
  }
  fs.mkdirSync(path.dirname(SIGNED_IN_ACCOUNTS_FILE), { recursive: true });
  fs.writeFileSync(SIGNED_IN_ACCOUNTS_FILE, JSON.stringify(signedIn, null, 2));
});
