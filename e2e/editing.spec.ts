// Correcting recorded cases: concurrent edits, history, refused input, archive, delete, duplicates.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { sql } from './fixtures/database';
import { expect, signInAs, signInAsNew, test, type Role } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };
import quillfern from '../prisma/seed-data/fictional-quillfern-v-ellis.json' with { type: 'json' };

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const unique = () => randomUUID().slice(0, 6);

/** A second person at their own browser, signed in with `role`. */
async function anotherUser(browser: Browser, role: Role): Promise<Page> {
  const n = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.19.${n()}.${n()}` } });
  const page = await context.newPage();
  await signInAsNew(page, role);
  return page;
}

/** Records a small case through the editor and returns its id, with the case page open. */
async function createCase(page: Page, title: string, more?: () => Promise<void>): Promise<string> {
  await page.goto('/cases/new');
  await field(page, 'Title').fill(title);
  await field(page, 'Summary').fill('Recorded while testing the editor.');
  await field(page, 'Country').selectOption('DE');
  await more?.();
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: title, exact: true, level: 1 })).toBeVisible();
  return /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}

async function stored(page: Page, id: string) {
  const response = await page.request.get(`/api/cases/${id}`);
  expect(response.status()).toBe(200);
  return response.json();
}

test('two researchers edit the same case; the later save is refused, keeps the input, and merges on request', async ({ page, browser }) => {
  await signInAs(page, 'EDITOR');
  const title = `Brightwater Sensors v. Okafor ${unique()}`;
  const id = await createCase(page, title);
  const second = await anotherUser(browser, 'EDITOR');

  await page.goto(`/cases/${id}/edit`);
  await second.goto(`/cases/${id}/edit`);

  const corrected = `${title} (corrected)`;
  await field(page, 'Title').fill(corrected);
  await field(page, 'Tags').fill('sensors');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: corrected, exact: true, level: 1 })).toBeVisible();

  const summary = 'Okafor left for a competitor in March 2022; the court narrowed the clause.';
  const mine = `${title} (Okafor)`;
  await field(second, 'Summary').fill(summary);
  await field(second, 'Title').fill(mine);
  await second.getByRole('button', { name: 'Save changes' }).click();
  const form = second.getByRole('form', { name: 'Edit case' });
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('Someone else saved this case in the meantime');
  await expect(refusal).toContainText('Changed meanwhile (version 2)');
  await expect(refusal.getByRole('listitem')).toHaveText([`Title changed from ${title} to ${corrected}`, "Tags set to 'sensors'"]);
  await expect(field(second, 'Summary')).toHaveValue(summary);
  expect((await stored(second, id)).summary).toBe('Recorded while testing the editor.');

  // Applied to the current version: their tag and this summary together; the title both changed
  // keeps this editor's, and the form says what the other one was. Saved only on request.
  await refusal.getByRole('button', { name: 'Apply my changes to version 2' }).click();
  const review = form.getByRole('status');
  await expect(review).toContainText('Your changes are now applied to version 2');
  await expect(review.getByRole('list', { name: 'Changed by both' }).getByRole('listitem')).toHaveText([`Title: Changed meanwhile to “${corrected}”; yours is kept.`]);
  await expect(field(second, 'Tags')).toHaveValue('sensors');
  await expect(field(second, 'Title')).toHaveValue(mine);
  await expect(form).toContainText('Editing version 2');
  expect((await stored(second, id)).version).toBe(2);

  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('heading', { name: mine, exact: true, level: 1 })).toBeVisible();
  const now = await stored(second, id);
  expect([now.version, now.title, now.summary, now.tags]).toEqual([3, mine, summary, ['sensors']]);
  await second.context().close();
});

test('history shows each change in words and any past version', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Northwind Foods v. Castell ${unique()}`, async () => {
    await page.getByRole('button', { name: 'Add claim' }).click();
    await page.getByRole('group', { name: 'Claim 1' }).getByLabel('Claim', { exact: true }).fill('Liquidated damages');
  });
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('unknown');

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const claim = page.getByRole('group', { name: 'Claim 1' });
  await claim.getByLabel('Amount claimed: qualifier').selectOption('MORE_THAN');
  await claim.getByLabel('Amount claimed: amount').fill('1,000,000');
  await claim.getByLabel('Amount claimed: currency').fill('CNY');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('more than 1,000,000 CNY');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  const version2 = page.getByRole('listitem').filter({ hasText: 'Version 2' });
  await expect(version2).toContainText("Claim 'Liquidated damages': amount changed from unknown to more than 1,000,000 CNY");
  await expect(page.getByRole('listitem').filter({ hasText: 'Version 1' })).toContainText('Case created');

  await page.getByRole('listitem').filter({ hasText: 'Version 1' }).getByRole('link', { name: 'view this version' }).click();
  await expect(page).toHaveURL(`/cases/${id}/history/1`);
  await expect(page.getByRole('note')).toContainText('You are looking at version 1');
  const claimsThen = page.getByRole('region', { name: 'Claims' });
  await expect(claimsThen).toContainText('Liquidated damages');
  await expect(claimsThen).toContainText('unknown');
  await expect(claimsThen).not.toContainText('1,000,000');
});

test('bad input is refused with field errors and nothing is saved', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Harbour Logistics v. Brandt ${unique()}`);

  await page.goto(`/cases/${id}/edit`);
  await page.getByRole('button', { name: 'Add covenant' }).click();
  const signed = page.getByRole('group', { name: 'Covenant 1' }).getByLabel('Signed', { exact: true });
  await signed.fill('2020-02-30');
  await page.getByRole('button', { name: 'Add claim' }).click();
  const claim = page.getByRole('group', { name: 'Claim 1' });
  await claim.getByLabel('Claim', { exact: true }).fill('Damages for breach');
  await claim.getByLabel('Amount claimed: qualifier').selectOption('EXACT');
  await claim.getByLabel('Amount claimed: amount').fill('250,000');
  const currency = claim.getByLabel('Amount claimed: currency');
  await currency.fill('RMB');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('form', { name: 'Edit case' }).getByRole('alert')).toContainText('nothing was saved');
  await expect(signed).toHaveAttribute('aria-invalid', 'true');
  await expect(signed).toHaveAccessibleDescription(/2020-02-30 is not a date: that month has no day 30/);
  await expect(currency).toHaveAttribute('aria-invalid', 'true');
  await expect(currency).toHaveAccessibleDescription(/RMB is not an ISO 4217 code: use CNY/);
  await expect(currency).toHaveValue('RMB');
  const untouched = await stored(page, id);
  expect([untouched.version, untouched.covenants, untouched.claims]).toEqual([1, [], []]);

  // Corrected, and with markup in the title: stored as the text typed, shown as text.
  const title = `<script>alert("xss")</script>Harbour Logistics v. Brandt <img src=x onerror="alert(1)">`;
  await field(page, 'Title').fill(title);
  await signed.fill('2020-02-29');
  await currency.fill('CNY');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: title, exact: true, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('250,000 CNY');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const saved = await stored(page, id);
  expect([saved.version, saved.title, saved.covenants[0].signed, saved.claims[0].amount]).toEqual([
    2,
    title,
    '2020-02-29',
    { qualifier: 'EXACT', value: '250000.00', currency: 'CNY' },
  ]);
  await page.goto(`/cases/${id}/history`);
  await expect(page.getByRole('link', { name: `← ${title}` })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('an editor archives a case and restores it', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Aardvark Analytics v. Lindqvist ${unique()}`);
  const inList = page.locator(`a[href="/cases/${id}"]`);

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Case archived: it no longer shows in the list' })).toBeVisible();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
  await page.goto('/cases');
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(inList).toHaveCount(0);

  await page.goto(`/cases/${id}`);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Case restored.' })).toBeVisible();
  await expect(page.getByText('Archived', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await page.goto('/cases');
  await expect(inList).toBeVisible();

  await page.goto(`/cases/${id}/history`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Version 2' })).toContainText('Case archived');
  await expect(page.getByRole('listitem').filter({ hasText: 'Version 3' })).toContainText('Case restored');
});

test('only an admin deletes a case permanently, after typing its exact title, and its history goes with it', async ({ page, browser }) => {
  test.setTimeout(60_000); // two accounts, each signed in its own browser context
  await signInAs(page, 'EDITOR');
  const title = `Cobalt Freight v. Marsh ${unique()}`;
  const id = await createCase(page, title);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Delete permanently/ })).toHaveCount(0);
  expect((await page.goto(`/cases/${id}/delete`))!.status()).toBe(403);

  const admin = await anotherUser(browser, 'ADMIN');
  await admin.goto(`/cases/${id}`);
  await admin.getByRole('link', { name: 'Delete permanently…' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(`Delete “${title}” permanently`);
  const confirm = admin.getByLabel(`Type the title to confirm: ${title}`);
  await confirm.fill('Cobalt Freight v. Marsh');
  await admin.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: 'Type the case title exactly to confirm.' })).toBeVisible();
  expect((await admin.request.get(`/api/cases/${id}`)).status()).toBe(200);

  const viewer = await anotherUser(browser, 'VIEWER');
  expect((await viewer.goto(`/cases/${id}/history/1`))!.status()).toBe(200);

  await confirm.fill(title);
  await admin.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(admin).toHaveURL(/\/cases$/);
  expect((await admin.goto(`/cases/${id}`))!.status()).toBe(404);
  expect((await admin.request.get(`/api/cases/${id}`)).status()).toBe(404);
  // Its history went with it: no past version stays readable, to a viewer or an admin.
  for (const user of [viewer, admin]) {
    expect((await user.goto(`/cases/${id}/history/1`))!.status()).toBe(404);
    expect((await user.goto(`/cases/${id}/history`))!.status()).toBe(404);
    expect((await user.request.get(`/api/cases/${id}/export?format=json`)).status()).toBe(404);
  }
  await viewer.context().close();
  await admin.context().close();
});

test("a note stays its author's: another editor cannot rewrite it, even from a tampered form, and adds their own", async ({ page, browser }) => {
  test.setTimeout(60_000); // two accounts, each signed in its own browser context
  const admin = await anotherUser(browser, 'ADMIN');
  const adminEmail = ((await (await admin.request.get('/api/auth/session')).json()) as { user: { email: string } }).user.email;
  const title = `Harrow Optics v. Lind ${unique()}`;
  const words = 'The appraisal looks unreliable to me.';
  const id = await createCase(admin, title, async () => {
    await admin.getByRole('button', { name: 'Add note' }).click();
    await field(admin, 'Note').fill(words);
  });
  await admin.context().close();

  const editor = await signInAs(page, 'EDITOR');
  await page.goto(`/cases/${id}/edit`);
  const theirs = page.getByRole('group', { name: 'Note 1' }).getByLabel('Note', { exact: true });
  await expect(theirs).toHaveValue(words);
  await expect(theirs).not.toBeEditable();
  await expect(theirs).toHaveAccessibleDescription(new RegExp(`Written by ${adminEmail}: only they can change it`));

  // The client may send anything: a form with the lock taken off is refused by the server, on that note.
  await theirs.evaluate((element) => element.removeAttribute('readonly'));
  await theirs.fill('The appraisal is reliable.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(theirs).toHaveAccessibleDescription(new RegExp(`Only ${adminEmail} can change this note`));
  expect((await (await page.request.get(`/api/cases/${id}`)).json()).notes).toMatchObject([{ body: words, author: adminEmail }]);

  await page.goto(`/cases/${id}/edit`);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('group', { name: 'Note 2' }).getByLabel('Note', { exact: true }).fill('I disagree: the tribunal relied on it.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: title, exact: true, level: 1 })).toBeVisible();
  const notes = page.getByRole('region', { name: 'Notes' }).getByRole('listitem');
  await expect(notes).toHaveText([`${words}${adminEmail}`, `I disagree: the tribunal relied on it.${editor.email}`]);
});

test('a history entry stored malformed shows as such on its own line; the pages still answer', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Pellow Dyes v. Amsel ${unique()}`);
  await page.goto(`/cases/${id}/edit`);
  await field(page, 'Summary').fill('A second version.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('form', { name: 'Edit case' })).toHaveCount(0);
  expect((await stored(page, id)).version).toBe(2);
  // As an import before its checks could store it: a snapshot that is no case, changes that are no list.
  await sql(`UPDATE "CaseChange" SET "snapshot" = '{"title": 42}', "changes" = '"oops"' WHERE "caseId" = $1 AND "version" = 1`, [id]);

  expect((await page.goto(`/cases/${id}/history`))!.status()).toBe(200);
  await expect(page.getByRole('listitem').filter({ hasText: 'Version 1' })).toContainText('cannot be shown');
  await expect(page.getByRole('listitem').filter({ hasText: 'Version 2' })).toContainText('A second version.');
  expect((await page.goto(`/cases/${id}/history/1`))!.status()).toBe(200);
  await expect(page.getByRole('alert').filter({ hasText: 'Version 1 cannot be shown' })).toBeVisible();
  expect((await page.goto(`/cases/${id}/history/2`))!.status()).toBe(200);
  await expect(page.getByText('A second version.')).toBeVisible();
});

test('possible duplicates are shown while a new case is typed', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  const lenovoCase = duplicates.locator(`a[href="/cases/${lenovo.id}"]`);
  await expect(lenovoCase).toHaveCount(0);

  await field(page, 'Title').fill('Lenovo v Chang');
  await expect(lenovoCase).toHaveText(lenovo.title);
  await field(page, 'Title').fill('');
  await expect(duplicates).toHaveCount(0);

  await page.getByRole('button', { name: 'Add party' }).click();
  const party = page.getByRole('group', { name: 'Party 1' });
  for (const [label, name] of [
    ['Name in original script', '常程'],
    ['Name in original script', '联想'],
    ['Name', 'Chang Cheng'],
  ]) {
    await party.getByLabel(label!, { exact: true }).fill(name!);
    await expect(lenovoCase, `${name} brings up the Lenovo case`).toBeVisible();
    await party.getByLabel(label!, { exact: true }).fill('');
    await expect(duplicates).toHaveCount(0);
  }

  // From a state that showed the Lenovo case, an unrelated dispute clears the list.
  await field(page, 'Title').fill('Lenovo v Chang');
  await expect(lenovoCase).toBeVisible();
  await field(page, 'Title').fill('Tencent v. Xu Zhenhua');
  await expect(duplicates).toHaveCount(0);
});

test('a related case is found by its title or its pasted address, and both cases show the link by title', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const trialTitle = `Harrowgate Mills v. Pryce ${unique()}`;
  const trialId = await createCase(page, trialTitle);
  const appealTitle = `Pryce v. Harrowgate Mills (appeal) ${unique()}`;
  const appealId = await createCase(page, appealTitle, async () => {
    await page.getByRole('button', { name: 'Add related case' }).click();
    const row = page.getByRole('group', { name: 'Related case 1' });
    await row.getByLabel('Find the case', { exact: true }).fill(trialTitle);
    await row.getByRole('list', { name: 'Matching cases' }).getByRole('button', { name: new RegExp(`^${trialTitle}`) }).click();
    await expect(row.getByRole('link', { name: trialTitle })).toHaveAttribute('href', `/cases/${trialId}`);
    await row.getByLabel('Relation', { exact: true }).selectOption('APPEAL_OF');

    await page.getByRole('button', { name: 'Add related case' }).click();
    const second = page.getByRole('group', { name: 'Related case 2' });
    await second.getByLabel('Find the case', { exact: true }).fill('zzqxwv nothing like this');
    await expect(second.getByText('No case matches')).toBeVisible();
    await second.getByLabel('Find the case', { exact: true }).fill(`http://localhost/cases/${lenovo.id}`);
    await second.getByRole('list', { name: 'Matching cases' }).getByRole('button', { name: new RegExp(`^${lenovo.title}`) }).click();
    await second.getByLabel('Note', { exact: true }).fill('same kind of covenant');
  });

  const related = page.getByRole('region', { name: 'Related cases' });
  await expect(related.getByRole('listitem')).toHaveText([`Appeal of: ${trialTitle}`, `Related: ${lenovo.title} — same kind of covenant`]);
  await page.goto(`/cases/${trialId}`);
  await expect(page.getByRole('region', { name: 'Related cases' }).getByRole('link', { name: appealTitle })).toHaveAttribute('href', `/cases/${appealId}`);
  await expect(page.getByRole('region', { name: 'Related cases' })).toContainText(`Appealed in: ${appealTitle}`);

  // Editing shows the saved links by title, not by id (a relation has no position: any row); the
  // titles come with the page rather than from one lookup per row.
  expect(await (await page.request.get(`/cases/${appealId}/edit`)).text()).toContain(trialTitle);
  await page.goto(`/cases/${appealId}/edit`);
  const rows = page.getByRole('group', { name: /^Related case \d$/ });
  await expect(rows).toHaveCount(2);
  await expect(rows.getByRole('link', { name: trialTitle })).toHaveAttribute('href', `/cases/${trialId}`);
  await expect(rows.getByRole('link', { name: lenovo.title })).toHaveAttribute('href', `/cases/${lenovo.id}`);
});

test('the editor loads without a page error (its currency list is the server’s), and the site has an icon', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const path of ['/cases/new', `/cases/${lenovo.id}/edit`]) {
    await page.goto(path);
    await expect(field(page, 'Title')).toBeEnabled(); // hydrated
  }
  expect(errors).toEqual([]);
  const icon = await page.request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/');
});

test('a citation of a source no longer in the case never shows another source: it says it was removed, and the save is refused', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  const removed = quillfern.sources[1]!;
  const citing = JSON.stringify(quillfern).split(`"sourceId":"${removed.id}"`).length - 1;
  expect(citing).toBeGreaterThan(0);
  // As a draft kept from before, or changes applied onto a version without the source, can leave it.
  await page.goto(`/cases/${quillfern.id}/edit`);
  await expect(field(page, 'Title')).toBeEnabled();
  const draft = { savedAt: new Date().toISOString(), baseVersion: quillfern.version, doc: { ...quillfern, sources: quillfern.sources.filter((s) => s.id !== removed.id) } };
  await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [`covenant.draft.${quillfern.id}`, JSON.stringify(draft)]);
  await page.reload();
  await page.getByRole('region', { name: 'Unsaved changes' }).getByRole('button', { name: 'Restore them' }).click();
  const sources = page.getByRole('combobox', { name: 'Source', exact: true });
  await expect(sources).toHaveCount(JSON.stringify(quillfern).split('"sourceId"').length - 1);
  const shown = await sources.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(shown.filter((value) => value === 'Removed from this case — choose another')).toHaveLength(citing);
  expect(shown).not.toContain(removed.title);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Cites a source that is not listed in this case.').first()).toBeVisible();
});

test('unsaved changes survive a reload: leaving asks first, and the draft is offered back and saved', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'EDITOR');
  const title = `Draft keeper ${unique()}`;
  const id = await createCase(page, title);
  await page.goto(`/cases/${id}/edit`);
  const changed = `${title} (corrected)`;
  await field(page, 'Title').fill(changed);
  // A field of the recording model too: a judge of a proceeding, in a row within a row.
  await page.getByRole('button', { name: 'Add proceeding', exact: true }).click();
  const proceeding = page.getByRole('group', { name: 'Proceeding 1', exact: true });
  await proceeding.getByRole('button', { name: 'Add judge or arbitrator', exact: true }).click();
  const judge = proceeding.getByRole('group', { name: 'Judge or arbitrator 1', exact: true });
  await judge.getByLabel('Name of the judge or arbitrator', { exact: true }).fill('Maria Delgado');
  await judge.getByLabel('Role on the tribunal', { exact: true }).selectOption('MAGISTRATE');
  await page.waitForFunction(([key, text]) => window.localStorage.getItem(key!)?.includes(text!), [`covenant.draft.${id}`, 'MAGISTRATE']);

  // A link inside the app asks; staying keeps the form as it is.
  page.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('confirm');
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(field(page, 'Title')).toHaveValue(changed);

  // A reload asks too (the browser's own question); leaving anyway, the draft is offered back.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  await expect(field(page, 'Title')).toHaveValue(title);
  const offer = page.getByRole('region', { name: 'Unsaved changes' });
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore them' }).click();
  await expect(field(page, 'Title')).toHaveValue(changed);
  await expect(judge.getByLabel('Name of the judge or arbitrator', { exact: true })).toHaveValue('Maria Delgado');
  await expect(judge.getByLabel('Role on the tribunal', { exact: true })).toHaveValue('MAGISTRATE');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: changed, level: 1 })).toBeVisible();
  expect((await stored(page, id)).proceedings[0].adjudicators).toMatchObject([{ name: 'Maria Delgado', role: 'MAGISTRATE' }]);

  // Saved: nothing is kept or offered any more, and leaving the editor unchanged asks nothing.
  expect(await page.evaluate((key) => window.localStorage.getItem(key), `covenant.draft.${id}`)).toBeNull();
  await page.goto(`/cases/${id}/edit`);
  await expect(field(page, 'Title')).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(`/cases/${id}`);
  expect(asked).toEqual(['beforeunload']);
});

// ---- The editor's safety (issue #15): rows copied, moved and put back; references kept whole ----

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function addSource(page: Page, n: number, title: string, publisher?: string) {
  await page.getByRole('button', { name: 'Add source', exact: true }).click();
  await group(page, `Source ${n}`).getByLabel('Source title', { exact: true }).fill(title);
  if (publisher) await group(page, `Source ${n}`).getByLabel('Publisher', { exact: true }).fill(publisher);
}

async function addClaim(page: Page, n: number, title: string) {
  await page.getByRole('button', { name: 'Add claim', exact: true }).click();
  await group(page, `Claim ${n}`).getByLabel('Claim', { exact: true }).fill(title);
}

async function addParty(page: Page, n: number, name: string) {
  await page.getByRole('button', { name: 'Add party', exact: true }).click();
  await group(page, `Party ${n}`).getByLabel('Name', { exact: true }).fill(name);
}

async function expectClaims(page: Page, titles: string[]) {
  const fields = page.getByRole('group', { name: /^Claim \d+$/ }).getByLabel('Claim', { exact: true });
  await expect(fields).toHaveCount(titles.length);
  for (const [i, title] of titles.entries()) await expect(fields.nth(i)).toHaveValue(title);
}

test('a copied row is saved as a row of its own, with new ids and the same references', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Copy row ${unique()}`, async () => {
    await addSource(page, 1, 'Tribunal award');
    await addParty(page, 1, 'Kestrel Pumps');
    await addClaim(page, 1, 'Liquidated damages');
    const claim = group(page, 'Claim 1');
    await claim.getByLabel('Claimant to add', { exact: true }).selectOption({ label: 'Kestrel Pumps' });
    await claim.getByRole('button', { name: 'Add claimant', exact: true }).click();
    await claim.getByRole('button', { name: 'Cite a source' }).click();
    await claim.getByLabel('Excerpt', { exact: true }).fill('clause 9');
    await claim.getByRole('button', { name: 'Copy claim 1' }).click();
    await expect(page.getByText('Claim 1 copied: the copy is claim 2.')).toBeAttached();
    const copy = group(page, 'Claim 2');
    await expect(copy.getByLabel('Claim', { exact: true })).toHaveValue('Liquidated damages');
    await expect(copy.getByLabel('Excerpt', { exact: true })).toHaveValue('clause 9');
    await copy.getByLabel('Claim', { exact: true }).fill('Liquidated damages (second clause)');
  });
  const saved = await stored(page, id);
  const [first, second] = saved.claims;
  expect([first.title, second.title]).toEqual(['Liquidated damages', 'Liquidated damages (second clause)']);
  expect(second.id).not.toBe(first.id);
  expect(second.citations[0].id).not.toBe(first.citations[0].id);
  expect([second.claimantIds, second.citations[0].sourceId, second.citations[0].excerpt]).toEqual([first.claimantIds, first.citations[0].sourceId, 'clause 9']);
  expect(first.claimantIds).toHaveLength(1);
});

test('rows move with the keyboard and by dragging their handle, and a removal is undone in place', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Move rows ${unique()}`, async () => {
    for (const [i, title] of ['Alpha', 'Bravo', 'Charlie'].entries()) await addClaim(page, i + 1, title);
  });
  await page.goto(`/cases/${id}/edit`);
  await expectClaims(page, ['Alpha', 'Bravo', 'Charlie']);

  // Keyboard: the button moves with its row and keeps the focus, so Enter again moves it further.
  await page.getByRole('button', { name: 'Move claim 3 up' }).focus();
  await page.keyboard.press('Enter');
  await expectClaims(page, ['Alpha', 'Charlie', 'Bravo']);
  await expect(page.getByRole('button', { name: 'Move claim 2 up' })).toBeFocused();
  await expect(page.getByText('Claim 3 moved to position 2 of 3; it is now claim 2.')).toBeAttached();
  await page.keyboard.press('Enter');
  await expectClaims(page, ['Charlie', 'Alpha', 'Bravo']);
  await expect(page.getByRole('button', { name: 'Move claim 1 down' })).toBeFocused(); // first now: it can only go down

  // Dragged by its handle onto the last row (both in the window: the test's mouse does not scroll while dragging).
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.getByRole('heading', { name: 'Claims', level: 2 }).evaluate((heading) => heading.scrollIntoView());
  await page.getByTitle('Drag to move claim 1').dragTo(group(page, 'Claim 3'));
  await expectClaims(page, ['Alpha', 'Bravo', 'Charlie']);

  // Removed, then put back where it was; a second removal replaces the first one's offer.
  await page.getByRole('button', { name: 'Remove claim 1' }).click();
  await expectClaims(page, ['Bravo', 'Charlie']);
  await page.getByRole('button', { name: 'Remove claim 2' }).click();
  await expectClaims(page, ['Bravo']);
  await expect(page.getByText('Removed Claim 2 —')).toBeVisible();
  await expect(page.getByText('Removed Claim 1 —')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectClaims(page, ['Bravo', 'Charlie']);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove claim 2' })).toBeFocused();

  await page.getByRole('button', { name: 'Move claim 2 up' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: /^Move rows/, level: 1 })).toBeVisible();
  expect((await stored(page, id)).claims.map((c: { title: string }) => c.title)).toEqual(['Charlie', 'Bravo']);
});

test('an error names the field by its label and row, its link unfolds the section and focuses the field, and the section counts it', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Error names ${unique()}`);
  await page.goto(`/cases/${id}/edit`);
  await page.getByRole('button', { name: 'Add covenant' }).click();
  const duration = group(page, 'Covenant 1').getByLabel('Duration (months)', { exact: true });
  await duration.fill('12.5');
  const menu = page.getByRole('navigation', { name: 'Sections of the case' });
  await expect(menu.getByRole('link', { name: 'Restrictive covenant · 1', exact: true })).toBeVisible();

  // Folded away: the section keeps what was typed, and its error is still counted and linked.
  const fold = page.getByRole('button', { name: 'Restrictive covenant', exact: true });
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(duration).toBeHidden();
  await page.getByRole('button', { name: 'Save changes' }).click();

  const alert = page.getByRole('form', { name: 'Edit case' }).getByRole('alert');
  await expect(alert).toContainText('Covenant 1 — Duration (months): Write a whole number, e.g. 12.');
  await expect(alert).not.toContainText('covenants.0');
  await expect(alert).not.toContainText('durationMonths');
  expect(await alert.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  await expect(menu.getByRole('link', { name: 'Restrictive covenant · 1 · 1 error', exact: true })).toBeVisible();
  await expect(page.getByText('1 · 1 error', { exact: true })).toBeVisible();

  await alert.getByRole('link', { name: 'Covenant 1 — Duration (months)' }).click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect(duration).toBeFocused();
  await expect(duration).toHaveValue('12.5');
  await expect(duration).toBeInViewport();

  await duration.fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: /^Error names/, level: 1 })).toBeVisible();
  expect((await stored(page, id)).covenants[0].durationMonths).toBe(12);
});

test('the section menu jumps to a section and marks the one being read', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  await page.goto(`/cases/${quillfern.id}/edit`);
  await expect(field(page, 'Title')).toBeEnabled();
  const menu = page.getByRole('navigation', { name: 'Sections of the case' });
  await expect(menu.getByRole('link', { name: 'Claims · 3', exact: true })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'The dispute' })).toHaveAttribute('aria-current', 'location');
  await menu.getByRole('link', { name: /^Timeline/ }).click();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeInViewport();
  await expect(menu.getByRole('link', { name: /^Timeline/ })).toHaveAttribute('aria-current', 'location');
  await expect(menu).toBeInViewport(); // it follows the scroll
});

test('a source is picked by typing part of its title, and the row below cites the same source in one click', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `Type-ahead ${unique()}`, async () => {
    await addSource(page, 1, 'Judgment of the Hamburg Labour Court', 'Arbeitsgericht Hamburg');
    await addSource(page, 2, 'Former sales chief must pay', 'Hanseatic Ledger');
    await addSource(page, 3, 'Complaint', 'Landgericht Hamburg');
    await addClaim(page, 1, 'Injunction');
    const claim = group(page, 'Claim 1');
    await claim.getByRole('button', { name: 'Cite a source' }).click();
    const source = claim.getByRole('combobox', { name: 'Source', exact: true });
    await source.fill('ledger');
    const options = claim.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toContainText('Former sales chief must pay');
    await source.press('Enter');
    await expect(source).toHaveValue('Former sales chief must pay');
    await expect(source).toHaveAttribute('aria-expanded', 'false');

    // With the arrow keys, among the sources matching "hamburg" (by title or publisher).
    await claim.getByRole('button', { name: 'Cite a source' }).click();
    const second = group(page, 'Claim 1').getByRole('group', { name: 'Citation 2' }).getByRole('combobox', { name: 'Source', exact: true });
    await second.fill('hamburg');
    await expect(group(page, 'Claim 1').getByRole('group', { name: 'Citation 2' }).getByRole('option')).toHaveCount(2);
    await second.press('ArrowDown');
    await second.press('Enter');
    await expect(second).toHaveValue('Complaint');

    await addClaim(page, 2, 'Damages');
    await group(page, 'Claim 2').getByRole('button', { name: 'Cite the same source as the row above' }).click();
    await expect(group(page, 'Claim 2').getByRole('combobox', { name: 'Source', exact: true })).toHaveValue('Complaint');
  });
  const saved = await stored(page, id);
  expect(saved.claims[0].citations.map((c: { sourceId: string }) => c.sourceId)).toEqual([saved.sources[1].id, saved.sources[2].id]);
  expect(saved.claims[1].citations).toEqual([expect.objectContaining({ sourceId: saved.sources[2].id, excerpt: null, locator: null })]);
});

test('removing a source or party still referred to asks first: its references are re-pointed or removed, or nothing happens', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'EDITOR');
  const id = await createCase(page, `References ${unique()}`, async () => {
    await addSource(page, 1, 'Award of the tribunal');
    await addSource(page, 2, 'Press report');
    await addParty(page, 1, 'Osprey Valves');
    await addClaim(page, 1, 'Damages');
    const claim = group(page, 'Claim 1');
    await claim.getByLabel('Claimant to add', { exact: true }).selectOption({ label: 'Osprey Valves' });
    await claim.getByRole('button', { name: 'Add claimant', exact: true }).click();
    await claim.getByRole('button', { name: 'Cite a source' }).click();
    const source = claim.getByRole('combobox', { name: 'Source', exact: true });
    await source.fill('press');
    await source.press('Enter');
    await claim.getByLabel('Excerpt', { exact: true }).fill('the court said so');
  });
  await page.goto(`/cases/${id}/edit`);

  // Cancel: nothing changes.
  await page.getByRole('button', { name: 'Remove source 2' }).click();
  let dialog = page.getByRole('dialog', { name: /Remove Source 2\?/ });
  await expect(dialog.getByRole('listitem')).toHaveText(['Claim 1 — Citation 1']);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(group(page, 'Source 2')).toBeVisible();

  // Re-pointed: the citation, with its excerpt, now names the other source. The list offers no source until one is chosen.
  await page.getByRole('button', { name: 'Remove source 2' }).click();
  dialog = page.getByRole('dialog', { name: /Remove Source 2\?/ });
  const to = dialog.getByLabel('Point them to');
  await expect(to).toHaveValue('');
  await expect(dialog.getByRole('button', { name: 'Point them there and remove Source 2' })).toBeDisabled();
  await to.selectOption({ label: 'Source 1: Award of the tribunal' });
  await dialog.getByRole('button', { name: 'Point them there and remove Source 2' }).click();
  await expect(group(page, 'Source 2')).toHaveCount(0);
  const citation = group(page, 'Claim 1').getByRole('group', { name: 'Citation 1' });
  await expect(citation.getByRole('combobox', { name: 'Source', exact: true })).toHaveValue('Award of the tribunal');
  await expect(citation.getByLabel('Excerpt', { exact: true })).toHaveValue('the court said so');

  // Removed with its references: the claim no longer names the party.
  await page.getByRole('button', { name: 'Remove party 1' }).click();
  dialog = page.getByRole('dialog', { name: /Remove Party 1\?/ });
  await expect(dialog.getByRole('listitem')).toHaveText(['Claim 1 — Claimants']);
  await dialog.getByRole('button', { name: 'Remove Party 1 and these references' }).click();
  await expect(group(page, 'Party 1')).toHaveCount(0);
  await expect(group(page, 'Claim 1').getByRole('list', { name: 'Claimants' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: /^References/, level: 1 })).toBeVisible();
  const saved = await stored(page, id);
  expect(saved.sources.map((s: { title: string }) => s.title)).toEqual(['Award of the tribunal']);
  expect([saved.parties, saved.claims[0].claimantIds]).toEqual([[], []]);
  expect(saved.claims[0].citations).toEqual([expect.objectContaining({ sourceId: saved.sources[0].id, excerpt: 'the court said so' })]);
});
