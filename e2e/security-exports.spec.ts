// Exports cannot stall the server (issue 16, item 5): each account has 3 export slots, leased in
// the database, so a fourth export at once is refused with 429 and Retry-After while other
// accounts export as usual; a slot comes back when its export ends, failed or not. Exports
// "running" are slots held in the database, as another instance of the app would hold them.
import { sql } from './fixtures/database';
import { expect, signInAsNew, test } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

const CAP = 3; // EXPORTS_PER_USER in lib/export/limits.ts
const PDF = `/api/cases/${lenovo.id}/export?format=pdf`;

const userId = async (email: string) => (await sql<{ id: string }>('SELECT id::text FROM "User" WHERE email = $1', [email]))[0]!.id;
const slotsHeld = async (id: string) =>
  Number((await sql<{ n: string }>('SELECT count(*) AS n FROM "ExportSlot" WHERE "userId" = $1 AND "expiresAt" > now()', [id]))[0]!.n);

/** `count` exports of the account's running, as another instance would have them. */
async function holdSlots(id: string, count: number) {
  for (let slot = 0; slot < count; slot++) {
    await sql(`INSERT INTO "ExportSlot" ("userId", slot, "leaseId", "expiresAt") VALUES ($1, $2, gen_random_uuid(), now() + interval '1 minute')`, [id, slot]);
  }
}

test('a viewer with 3 exports running is told to retry; another viewer is not; the slots come back', async ({ page, browser }) => {
  const viewer = await signInAsNew(page, 'VIEWER');
  const id = await userId(viewer.email);
  await holdSlots(id, CAP);

  for (const url of [PDF, `/api/cases/${lenovo.id}/export?format=docx`, '/api/cases/export?format=csv', '/api/cases/export?format=xlsx']) {
    const refused = await page.request.get(url);
    expect(refused.status(), url).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('TOO_MANY_REQUESTS');
  }

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await signInAsNew(other, 'VIEWER');
    const pdf = await other.request.get(PDF);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await otherContext.close();
  }

  // One export ends (its slot expires, as when its process stopped): the viewer may export again.
  await sql(`UPDATE "ExportSlot" SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1 AND slot = 0`, [id]);
  expect((await page.request.get(PDF)).status()).toBe(200);
});

test('every export gives its slot back: finished, streamed, or failed', async ({ page }) => {
  const viewer = await signInAsNew(page, 'VIEWER');
  const id = await userId(viewer.email);
  for (const url of [PDF, '/api/cases/export?format=xlsx', '/api/cases/export?format=csv', '/api/cases/00000000-0000-4000-8000-000000000000/export?format=pdf']) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(url.includes('00000000-') ? 404 : 200);
    await response.body();
    expect(await slotsHeld(id), url).toBe(0);
  }
  // More exports one after another than the cap: never refused.
  for (let i = 0; i < CAP + 2; i++) expect((await page.request.get(`/api/cases/${lenovo.id}/export?format=docx`)).status()).toBe(200);
});
