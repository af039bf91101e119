// The Lenovo reference case, typed into the case editor field by field from its seed document,
// must read back through GET /api/cases/{id} as that same document.
import { expect, signInAs, test } from './fixtures/accounts';
import { comparable, enterCase } from './fixtures/case-form';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

const UUID = /\/cases\/([0-9a-f-]{36})$/;

test('an editor enters the whole Lenovo reference case through the form', async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  await enterCase(page, lenovo);

  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page).toHaveURL(UUID);
  await expect(page.getByRole('heading', { name: lenovo.title, level: 1 })).toBeVisible();
  const id = UUID.exec(new URL(page.url()).pathname)![1]!;
  expect(id).not.toBe(lenovo.id);

  const response = await page.request.get(`/api/cases/${id}`);
  expect(response.status()).toBe(200);
  const stored = await response.json();
  expect(stored.version).toBe(1);
  expect(stored.notes.map((n: { author: string | null }) => n.author)).toEqual(lenovo.notes.map(() => expect.stringMatching(/@e2e\.test$/)));
  expect(comparable(stored)).toEqual(comparable(lenovo));
});
