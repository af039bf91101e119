// The Lenovo reference case, typed into the case editor field by field from its seed document,
// must read back through GET /api/cases/{id} as that same document.
import type { Locator, Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures/accounts';
import lenovo from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

type Doc = typeof lenovo;
type Money = { qualifier: string; value: string | null; currency: string | null };
type Citation = { sourceId: string; excerpt: string | null; locator: string | null; attribution: string | null };
type Fact = { certainty: string; certaintyNote: string | null; citations: Citation[] };

const UUID = /\/cases\/([0-9a-f-]{36})$/;

// ---- Filling the form: a label, and the seed's value for it ---------------------------------

type Scope = Page | Locator;
const group = (scope: Scope, name: string) => scope.getByRole('group', { name, exact: true });
const field = (scope: Scope, label: string) => scope.getByLabel(label, { exact: true });

async function text(scope: Scope, label: string, value: string | number | null) {
  if (value !== null) await field(scope, label).fill(String(value));
}

async function date(scope: Scope, label: string, value: string | null, qualifier: string | null) {
  await text(scope, label, value);
  await text(scope, `${label}: qualifier`, qualifier);
}

/** "5000000.00" is typed the way a researcher copies it from a report: "5,000,000". */
const typed = (value: string) => value.replace(/\.0+$/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');

async function money(scope: Scope, label: string, amount: Money) {
  await field(scope, `${label}: qualifier`).selectOption(amount.qualifier);
  if (amount.value !== null) await field(scope, `${label}: amount`).fill(typed(amount.value));
  if (amount.currency !== null) await field(scope, `${label}: currency`).fill(amount.currency);
}

/** Selects the element `id` names in a list offered by position ("1. Arbitration", a party's name). */
async function choose(scope: Scope, label: string, list: { id: string }[], id: string | null, nullable = true) {
  if (id === null) return;
  const index = list.findIndex((item) => item.id === id);
  expect(index, `${label} refers to an element of the document`).toBeGreaterThanOrEqual(0);
  await field(scope, label).selectOption({ index: index + (nullable ? 1 : 0) });
}

/** Certainty, note and citations of one fact (fill before adding nested facts to `scope`). */
async function provenance(scope: Locator, fact: Fact) {
  await field(scope, 'Certainty').selectOption(fact.certainty);
  await text(scope, 'Certainty note', fact.certaintyNote);
  for (const [i, cited] of fact.citations.entries()) {
    await scope.getByRole('button', { name: 'Cite a source' }).click();
    const citation = group(scope, `Citation ${i + 1}`);
    const source = lenovo.sources.find((s) => s.id === cited.sourceId);
    expect(source, 'the citation names a source of the document').toBeTruthy();
    await field(citation, 'Source').fill(source!.title.slice(0, 24)); // typed in part, as a researcher would
    await citation.getByRole('option', { name: source!.title }).click();
    await text(citation, 'Excerpt', cited.excerpt);
    await text(citation, 'Locator', cited.locator);
    await text(citation, 'Attribution', cited.attribution);
  }
}

/** Adds one row per element of `rows` with the "Add …" button and fills it. */
async function rows<T>(scope: Scope, noun: string, items: T[], fill: (row: Locator, item: T) => Promise<void>) {
  for (const [i, item] of items.entries()) {
    await scope.getByRole('button', { name: `Add ${noun.toLowerCase()}`, exact: true }).click();
    await fill(group(scope, `${noun} ${i + 1}`), item);
  }
}

async function enterCase(page: Page, doc: Doc) {
  await text(page, 'Title', doc.title);
  await text(page, 'Summary', doc.summary);
  await field(page, 'Country').selectOption(doc.jurisdiction.country);
  if (doc.jurisdiction.subdivision) await field(page, 'Subdivision').selectOption(doc.jurisdiction.subdivision);
  await field(page, 'Status').selectOption(doc.status);
  await text(page, 'Tags', doc.tags.join(', '));
  await field(page, 'Fictional (demo or training case)').setChecked(doc.fictional);
  await rows(page, 'Related case', doc.relatedCases as { caseId: string; kind: string; note: string | null }[], async (row, related) => {
    // The case is found by its address, as a researcher pastes it from another tab.
    await text(row, 'Find the case', `/cases/${related.caseId}`);
    await row.getByRole('list', { name: 'Matching cases' }).getByRole('button').first().click();
    await field(row, 'Relation').selectOption(related.kind);
    await text(row, 'Note', related.note);
  });

  await rows(page, 'Source', doc.sources, async (row, source) => {
    await text(row, 'Source title', source.title);
    await text(row, 'Publisher', source.publisher);
    await text(row, 'Author', source.author);
    await text(row, 'URL', source.url);
    await text(row, 'Language', source.language);
    await date(row, 'Published', source.published, source.publishedQualifier);
    await text(row, 'Language note', source.languageNote);
  });

  await rows(page, 'Party', doc.parties, async (row, party) => {
    await text(row, 'Name', party.name);
    await text(row, 'Name in original script', party.originalName);
    await text(row, 'Other names and transliterations', party.aliases.join('\n'));
    await field(row, 'Person or organization').selectOption(party.kind);
    await text(row, 'Description', party.description);
    // A new party comes with one role; further roles are added.
    for (const [i, held] of party.roles.entries()) {
      if (i > 0) await row.getByRole('button', { name: 'Add role', exact: true }).click();
      const role = group(row, `Role ${i + 1}`);
      await field(role, 'Role').selectOption(held.role);
      await text(role, 'Role description', held.description);
      await provenance(role, held);
    }
  });

  await rows(page, 'Proceeding', doc.proceedings, async (row, proceeding) => {
    await field(row, 'Stage').selectOption(proceeding.stage);
    await field(row, 'Forum kind').selectOption(proceeding.forum.kind);
    await text(row, 'Forum name', proceeding.forum.name);
    await text(row, 'Forum level', proceeding.forum.level);
    await text(row, 'Case number', proceeding.caseNumber);
    await date(row, 'Filed', proceeding.filed, proceeding.filedQualifier);
    await date(row, 'Decided', proceeding.decided, proceeding.decidedQualifier);
    await provenance(row, proceeding);
  });

  await rows(page, 'Covenant', doc.covenants, async (row, covenant) => {
    await text(row, 'Agreement title', covenant.title);
    await date(row, 'Signed', covenant.signed, covenant.signedQualifier);
    await text(row, 'Duration (months)', covenant.durationMonths);
    await text(row, 'Geographic scope', covenant.geographicScope);
    await text(row, 'Restricted activities or named competitors', covenant.restrictedActivities);
    await text(row, 'Non-solicitation scope', covenant.nonSolicitationScope);
    await text(row, 'Liquidated damages clause', covenant.liquidatedDamagesClause);
    await field(row, 'Signature disputed').setChecked(covenant.signatureDisputed);
    await field(row, 'Validity disputed').setChecked(covenant.validityDisputed);
    await provenance(row, covenant);
    await rows(row, 'Consideration item', covenant.considerations, async (item, consideration) => {
      await text(item, 'What was given', consideration.description);
      await text(item, 'Payment', consideration.paymentNote);
      await money(item, 'Consideration amount', consideration.amount);
      await provenance(item, consideration);
    });
    type Term = { kind: string; description: string; finding: string } & Fact;
    await rows(row, 'Term', covenant.terms as Term[], async (item, term) => {
      await field(item, 'Term').selectOption(term.kind);
      await text(item, 'Term description', term.description);
      await field(item, 'Finding').selectOption(term.finding);
      await provenance(item, term);
    });
  });

  await rows(page, 'Claim', doc.claims, async (row, claim) => {
    await text(row, 'Claim', claim.title);
    await field(row, 'Claim kind').selectOption(claim.kind);
    await choose(row, 'Claimant', doc.parties, claim.claimantId);
    await choose(row, 'Respondent', doc.parties, claim.respondentId);
    await money(row, 'Amount claimed', claim.amount);
    await text(row, 'About the amount', claim.amountNote);
    await field(row, 'Claim status').selectOption(claim.status);
    await choose(row, 'In proceeding', doc.proceedings, claim.proceedingId);
    await provenance(row, claim);
  });

  await rows(page, 'Evidence', doc.evidence, async (row, evidence) => {
    await text(row, 'Evidence', evidence.description);
    await field(row, 'Evidence kind').selectOption(evidence.kind);
    await choose(row, 'Produced by (party)', doc.parties, evidence.producedByPartyId);
    await text(row, 'Produced by (other)', evidence.producedBy);
    await date(row, 'Evidence date', evidence.produced, evidence.producedQualifier);
    await text(row, 'Finding', evidence.finding);
    if (evidence.treatment) await field(row, 'Treatment by the tribunal').selectOption(evidence.treatment);
    await choose(row, 'In proceeding', doc.proceedings, evidence.proceedingId);
    for (const claimId of evidence.claimIds) {
      const claim = doc.claims.find((c) => c.id === claimId)!;
      await group(row, 'Bears on claims').getByRole('checkbox', { name: claim.title, exact: true }).check();
    }
    await provenance(row, evidence);
  });

  await rows(page, 'Event', doc.events, async (row, event) => {
    await date(row, 'Date', event.occurred, event.occurredQualifier);
    await field(row, 'Event kind').selectOption(event.kind);
    await text(row, 'What happened', event.description);
    await provenance(row, event);
  });

  await rows(page, 'Outcome', doc.outcomes, async (row, outcome) => {
    await field(row, 'Outcome kind').selectOption(outcome.kind);
    await choose(row, 'Ends proceeding', doc.proceedings, outcome.proceedingId);
    await date(row, 'Outcome date', outcome.decided, outcome.decidedQualifier);
    await text(row, 'Outcome summary', outcome.summary);
    await money(row, 'Settlement sum', outcome.settlement);
    await field(row, 'Settlement sum confidential').setChecked(outcome.settlementConfidential);
    await provenance(row, outcome);
    await rows(row, 'Award', outcome.awards as { claimId: string; amount: Money }[], async (item, award) => {
      await choose(item, 'On claim', doc.claims, award.claimId, false);
      await money(item, 'Amount awarded', award.amount);
    });
  });

  await rows(page, 'Note', doc.notes, async (row, note) => {
    await text(row, 'Note', note.body);
  });
}

// ---- Comparing: ids are made in the browser, so both documents name them by position ----------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every id becomes the path of the element it identifies ("parties[1].roles[0]"), everywhere it appears. */
function comparable(document: unknown): Json {
  const names = new Map<string, string>();
  const collect = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((item, i) => collect(item, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.id === 'string') names.set(record.id, path || 'case');
      for (const [key, value] of Object.entries(record)) collect(value, path ? `${path}.${key}` : key);
    }
  };
  collect(document, '');
  const rename = (node: unknown): Json => {
    if (typeof node === 'string') return names.get(node) ?? node;
    if (Array.isArray(node)) return node.map(rename);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rename(value)]));
    return node as Json;
  };
  const doc = rename(document) as Record<string, Json> & Doc;
  // Left aside, as the check allows: the version counter, and when and by whom a note was written.
  delete (doc as Partial<Doc>).version;
  for (const note of doc.notes as Partial<Doc['notes'][number]>[]) {
    delete note.createdAt;
    delete note.author;
  }
  // evidence.claimIds and outcomes.awards are documented as sorted by claim id; with the ids
  // replaced by positions, that order is compared by position instead.
  for (const evidence of doc.evidence) evidence.claimIds.sort();
  for (const outcome of doc.outcomes as { awards: { claimId: string }[] }[]) outcome.awards.sort((a, b) => a.claimId.localeCompare(b.claimId));
  return doc;
}

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
