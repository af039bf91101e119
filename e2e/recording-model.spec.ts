// The recording model (issue #15) entered through the editor: a case with every field — judges,
// a party's role in each proceeding and its counsel, claim sides, item counts, an award's own
// provenance, a bond, a settlement in shares, terms imposed, the covenant's law, forum and end
// date, shares as consideration, amounts in evidence — saved, read back as canonical JSON, and
// carried whole through a backup restored into an empty database.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import pg from 'pg';
import { expect, signInAs, test } from './fixtures/accounts';
import { comparable, enterCase, field, group } from './fixtures/case-form';
import { EVERY_FIELD_VALUES, normaliseSpace } from '../lib/testing/every-field-values';
import everyField from '../lib/testing/fixtures/every-field.json' with { type: 'json' };

const UUID = /\/cases\/([0-9a-f-]{36})$/;

type Stored = typeof everyField;

async function createCase(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Create case' }).click();
  // Saved, then the case page: on a loaded machine the navigation can take a while.
  await expect(page).toHaveURL(UUID, { timeout: 30_000 });
  return UUID.exec(new URL(page.url()).pathname)![1]!;
}

async function readCase(page: Page, id: string): Promise<Stored> {
  const response = await page.request.get(`/api/cases/${id}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** The values a researcher entered, each where the canonical JSON keeps it. */
function expectEveryNewField(doc: Stored) {
  const partyId = (name: string) => doc.parties.find((p) => p.name === name)!.id;
  const [brightwater, okafor, lumen] = [partyId('Brightwater Analytics Inc.'), partyId('Chidi Okafor'), partyId('Lumen Systems LLC')];
  const [stateSuit, federalSuit] = doc.proceedings;
  const roleIn = (proceeding: Stored['proceedings'][number], id: string) => proceeding.parties.filter((p) => p.partyId === id).map((p) => p.role);

  // The roles reversed between the two proceedings.
  expect(roleIn(stateSuit!, lumen)).toEqual(['DEFENDANT']);
  expect(roleIn(federalSuit!, lumen)).toEqual(['PLAINTIFF']);
  expect(roleIn(federalSuit!, brightwater)).toEqual(['DEFENDANT']);
  expect(federalSuit).toMatchObject({ title: "Lumen's declaratory action against Brightwater", forum: { seat: 'San Jose Division' }, otherCaseNumbers: ['C 21-00987 XYZ'] });
  expect(stateSuit).toMatchObject({ forum: { seat: 'San Jose' }, otherCaseNumbers: ['21-CV-123456'], reportedCitations: ['2021 Cal. Super. LEXIS 4321'] });
  expect(stateSuit!.adjudicators).toMatchObject([{ name: 'Maria Delgado', originalName: null, role: 'PRESIDING', certainty: 'CONFIRMED' }]);
  expect(federalSuit!.adjudicators).toMatchObject([{ name: 'Robert Lin', originalName: '林博', role: 'MAGISTRATE' }]);
  const plaintiff = stateSuit!.parties.find((p) => p.partyId === brightwater)!;
  expect(plaintiff.counsel).toMatchObject([
    { firm: 'Harlow & Finch LLP', lawyer: 'Jordan Harlow', certainty: 'CONFIRMED', citations: [{ excerpt: 'Jordan Harlow, Harlow & Finch LLP, for plaintiff' }] },
  ]);
  expect(stateSuit!.parties.find((p) => p.partyId === lumen)!.counsel).toMatchObject([{ firm: 'Oakridge Legal', lawyer: null }]);

  expect(doc.parties.find((p) => p.id === brightwater)).toMatchObject({ legalRepresentative: 'Dana Whitfield (chief executive)' });
  expect(doc.parties.find((p) => p.id === okafor)).toMatchObject({ originalName: '奥卡福', originalNameCertainty: 'UNCONFIRMED' });

  const [tradeSecrets, injunction] = doc.claims;
  expect(tradeSecrets).toMatchObject({
    description: 'Brightwater says Okafor took client models to Lumen.',
    claimantIds: [brightwater],
    respondentIds: [okafor, lumen],
    items: { noun: 'trade secrets', asserted: 40, tried: 6 },
    certainty: 'CONFIRMED',
  });

  const [order, settlement] = doc.outcomes;
  expect(order!.bond).toEqual({ amount: { qualifier: 'EXACT', value: '250000.00', currency: 'USD' }, postedById: brightwater, posted: '2021-03-05', postedQualifier: null });
  expect(order!.awards).toMatchObject([{ claimId: injunction!.id, certainty: 'CONFIRMED' }]);
  expect(order!.termsImposed).toMatchObject([
    { description: 'Okafor may start at Lumen on a non-competing team', due: '2021-04-01', dueQualifier: null, certainty: 'CONFIRMED' },
    { description: 'Okafor certifies the return of all Brightwater material', due: '2021-03-16', dueQualifier: 'within 14 days of the order' },
  ]);
  expect(settlement!.settlementEquity).toEqual({ description: 'Lumen Systems preferred units', shares: '150000', valuation: { qualifier: 'APPROXIMATELY', value: '1800000000.00', currency: 'USD' } });
  // A reported figure on a confirmed claim, with a citation of its own.
  expect(settlement!.awards).toMatchObject([
    {
      claimId: tradeSecrets!.id,
      amount: { qualifier: 'APPROXIMATELY', value: '3000000.00', currency: 'USD' },
      certainty: 'REPORTED',
      citations: [{ excerpt: 'about $3 million, people familiar with the matter said', locator: 'para. 4', attribution: 'unnamed sources' }],
    },
  ]);

  const [covenant] = doc.covenants;
  expect(covenant).toMatchObject({
    governingLaw: 'Delaware law',
    forumSelectionClause: 'Courts of Delaware, exclusively',
    ends: '2021-12-31',
    endsQualifier: 'as Brightwater asserts',
    endsAssertedById: brightwater,
  });
  expect(covenant!.considerations[0]!.shares).toEqual({ quantity: '12000', shareClass: 'Class B common stock', adjustment: '24,000 after the 2-for-1 split of 2019' });

  expect(doc.evidence[0]!.amounts).toMatchObject([
    { description: 'Base salary', amount: { qualifier: 'EXACT', value: '310000.00', currency: 'USD' } },
    { description: 'Signing bonus', amount: { qualifier: 'APPROXIMATELY', value: '50000.00', currency: 'USD' } },
  ]);
}

/** An empty database on the test server, dropped afterwards. */
async function withEmptyDatabase(run: (url: string) => Promise<void>) {
  const server = new URL(process.env.E2E_DATABASE_URL!);
  const name = `covenant_e2e_restore_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: new URL('/postgres', server).toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    try {
      await run(new URL(`/${name}`, server).toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/** `npm run import` / `npm run export` against `databaseUrl`, as an operator restores a backup. */
function backupCli(script: 'import' | 'export', args: string[], databaseUrl: string): string {
  return execFileSync('npx', ['tsx', '--conditions=react-server', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
}

test('a researcher enters a case with every field of the recording model; it reads back as entered, and survives a backup restored elsewhere', async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  await enterCase(page, everyField);
  const id = await createCase(page);
  await expect(page.getByRole('heading', { name: everyField.title, level: 1 })).toBeVisible();

  const stored = await readCase(page, id);
  expect(stored.version).toBe(1);
  expectEveryNewField(stored);
  expect(comparable(stored)).toEqual(comparable(everyField));

  // What was typed reads on the case page and in the PDF summary, in the words a reader meets
  // (every value of lib/testing/every-field-values.ts; e2e/case-model-view.spec.ts checks Word and Markdown too).
  const pageText = normaliseSpace(await page.locator('article').innerText());
  const pdf = await page.request.get(`/api/cases/${id}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  const pdfText = normaliseSpace(execFileSync('pdftotext', ['-raw', '-', '-'], { input: await pdf.body(), encoding: 'utf8' }));
  for (const value of EVERY_FIELD_VALUES) {
    expect(pageText, `case page: ${value}`).toContain(value);
    expect(pdfText, `PDF: ${value}`).toContain(value);
  }

  // The backup an admin downloads, restored with the command line into an empty database and
  // exported from there again, carries the case as it was saved.
  await signInAs(page, 'ADMIN');
  const backup = await page.request.get('/api/backup');
  expect(backup.status()).toBe(200);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'covenant-restore-'));
  try {
    const file = path.join(folder, 'backup.json');
    fs.writeFileSync(file, await backup.body());
    await withEmptyDatabase(async (url) => {
      backupCli('import', [file], url);
      const again = path.join(folder, 'again.json');
      backupCli('export', ['--out', again], url);
      const restored = (JSON.parse(fs.readFileSync(again, 'utf8')) as { cases: Stored[] }).cases.find((c) => c.id === id);
      expect(restored, 'the case is in the backup restored elsewhere').toBeTruthy();
      expectEveryNewField(restored!);
      expect(restored).toEqual(stored);
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the new fields refuse what cannot be stored at the field itself, and a removed block is saved as absent', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, 'EDITOR');
  await page.goto('/cases/new');
  await field(page, 'Title').fill(`Fictional: Kestrel Pumps v. Arden ${randomUUID().slice(0, 6)}`);
  await field(page, 'Summary').fill('Recorded while testing the recording model.');
  await field(page, 'Country').selectOption('DE');
  await page.getByRole('button', { name: 'Add party', exact: true }).click();
  const kestrel = group(page, 'Party 1');
  await field(kestrel, 'Name').fill('Kestrel Pumps GmbH');
  // Only a name in original script has a certainty of its own.
  await expect(field(kestrel, 'How sure is the name in original script?')).toHaveCount(0);
  await field(kestrel, 'Name in original script').fill('凯斯特泵业');
  await field(kestrel, 'How sure is the name in original script?').selectOption('REPORTED');
  await field(kestrel, 'Name in original script').fill('');
  await expect(field(kestrel, 'How sure is the name in original script?')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add proceeding', exact: true }).click();
  const proceeding = group(page, 'Proceeding 1');
  await proceeding.getByRole('button', { name: 'Add party in this proceeding', exact: true }).click();
  const role = group(proceeding, 'Party in this proceeding 1');
  await field(role, 'Role in this proceeding').selectOption('CLAIMANT');
  await role.getByRole('button', { name: 'Add counsel', exact: true }).click();

  await page.getByRole('button', { name: 'Add claim', exact: true }).click();
  const claim = group(page, 'Claim 1');
  await field(claim, 'Claim').fill('Liquidated damages');
  await field(claim, 'Claimant to add').selectOption({ label: 'Kestrel Pumps GmbH' });
  await claim.getByRole('button', { name: 'Add claimant', exact: true }).click();
  await expect(claim.getByRole('list', { name: 'Claimants' }).getByRole('listitem')).toHaveText([/^Kestrel Pumps GmbH/]);
  await expect(claim.getByRole('button', { name: 'Remove Kestrel Pumps GmbH from claimants' })).toBeVisible();
  // Every party is listed: none is left to add.
  await expect(field(claim, 'Claimant to add')).toHaveCount(0);
  await claim.getByRole('button', { name: 'Add item counts' }).click();
  await field(claim, 'Number asserted').fill('12');

  await page.getByRole('button', { name: 'Add outcome', exact: true }).click();
  const outcome = group(page, 'Outcome 1');
  await field(outcome, 'Outcome summary').fill('Enjoined pending trial.');
  await outcome.getByRole('button', { name: 'Add a settlement in shares' }).click();
  await field(group(outcome, 'Settlement in shares'), 'Shares given').fill('Kestrel preferred shares');
  await field(group(outcome, 'Settlement in shares'), 'Number of shares').fill('twelve thousand');
  await outcome.getByRole('button', { name: 'Add a bond' }).click();
  await field(outcome, 'Bond amount: qualifier').selectOption('EXACT');
  await field(outcome, 'Bond amount: amount').fill('50,000');
  await field(outcome, 'Bond amount: currency').fill('EUR');

  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('form', { name: 'New case' }).getByRole('alert')).toContainText('need attention; nothing was saved yet');
  const firm = field(group(role, 'Counsel 1'), 'Law firm');
  await expect(firm).toHaveAttribute('aria-invalid', 'true');
  await expect(firm).toHaveAccessibleDescription(/Name the firm, the lawyer or both\./);
  await expect(field(claim, 'What is counted')).toHaveAccessibleDescription(/What is counted, e\.g\. "trade secrets"\./);
  await expect(field(outcome, 'Number of shares')).toHaveAccessibleDescription(/Write a number of shares, e\.g\. 120000/);

  await field(group(role, 'Counsel 1'), 'Lawyer').fill('Petra Arden');
  await field(claim, 'What is counted').fill('patents');
  await field(outcome, 'Number of shares').fill('12000');
  await outcome.getByRole('button', { name: 'Remove the bond' }).click();
  await expect(outcome.getByRole('button', { name: 'Add a bond' })).toBeVisible();
  const id = await createCase(page);

  const stored = await readCase(page, id);
  const [party] = stored.parties;
  expect(party).toMatchObject({ name: 'Kestrel Pumps GmbH', originalName: null, originalNameCertainty: null });
  expect(stored.proceedings[0]!.parties).toMatchObject([{ partyId: party!.id, role: 'CLAIMANT', counsel: [{ firm: null, lawyer: 'Petra Arden' }] }]);
  expect(stored.claims[0]).toMatchObject({ claimantIds: [party!.id], respondentIds: [], items: { noun: 'patents', asserted: 12, tried: null } });
  expect(stored.outcomes[0]).toMatchObject({ bond: null, settlementEquity: { description: 'Kestrel preferred shares', shares: '12000' } });
});
