import { expect, signInAs, test } from './fixtures/accounts';

test('an editor records a new case with a claim and its amount', async ({ page }) => {
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  const title = `Acme Robotics v. Doe ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('A test dispute.');
  await page.getByLabel('Country').selectOption('US');
  await page.getByLabel('Subdivision').selectOption('US-CA');

  await page.getByRole('button', { name: 'Add party' }).click();
  const party1 = page.getByRole('group', { name: 'Party 1' });
  await party1.getByLabel('Name', { exact: true }).fill('Acme Robotics');
  await page.getByRole('button', { name: 'Add party' }).click();
  const party2 = page.getByRole('group', { name: 'Party 2' });
  await party2.getByLabel('Name', { exact: true }).fill('John Doe');
  await party2.getByLabel('Person or organization').selectOption('PERSON');
  await party2.getByLabel('Role', { exact: true }).selectOption('RESPONDENT');

  await page.getByRole('button', { name: 'Add claim' }).click();
  const claim = page.getByRole('group', { name: 'Claim 1' });
  await claim.getByLabel('Claim', { exact: true }).fill('Liquidated damages');
  await claim.getByLabel('Claim kind').selectOption('LIQUIDATED_DAMAGES');
  await claim.getByLabel('Claimant to add').selectOption({ label: 'Acme Robotics' });
  await claim.getByRole('button', { name: 'Add claimant', exact: true }).click();
  await claim.getByLabel('Respondent to add').selectOption({ label: 'John Doe' });
  await claim.getByRole('button', { name: 'Add respondent', exact: true }).click();
  await claim.getByLabel('Amount claimed: qualifier').selectOption('MORE_THAN');
  await claim.getByLabel('Amount claimed: amount').fill('1 000 000');
  await claim.getByLabel('Amount claimed: currency').fill('USD');

  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('more than 1,000,000 USD');
  await expect(page.getByRole('region', { name: 'Claims' })).toContainText('uncited');
});
