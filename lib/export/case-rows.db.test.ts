// The rows of a list export, read from real databases: each case's child lists are aggregated into
// its export row when it is saved, so the order of children, exact amounts and partial dates must
// survive that trip, and the rows must follow every change (a save, archiving, a shared party renamed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../case-document/schema';
import { refreshAllCases } from '../server/cases/refresh-case-rows';
import { seedDemoData } from '../seed';
import { setArchived } from '../server/cases/save-case';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { freshEveryFieldCase, freshLenovo } from '../testing/documents';
import { useEditorDatabase } from '../testing/editor-database';
import { iterateCaseRows, type CaseRow } from './case-rows';

const LENOVO = '1e000000-0000-4000-8000-000000000001';
const SHENLAN = '1e000000-0000-4000-8000-000000000003';
const QUILLFERN = '1e000000-0000-4000-8000-000000000002';
const MISSING = '00000000-0000-4000-8000-000000000000';

async function* batches(...lists: string[][]) {
  yield* lists;
}

async function collect(rows: AsyncIterable<CaseRow>): Promise<CaseRow[]> {
  const out: CaseRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe.each(await testEngines())('iterateCaseRows() on %s', (engine) => {
  let db: OpenTestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    await seedDemoData(db.prisma);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('keeps the order of the id batches and skips ids that are gone', async () => {
    const rows = await collect(iterateCaseRows(db.prisma, batches([QUILLFERN, MISSING], [LENOVO], [], [SHENLAN]), { baseUrl: 'https://covenant.test' }));
    expect(rows.map((r) => r.id)).toEqual([QUILLFERN, LENOVO, SHENLAN]);
  });

  it('turns the Lenovo reference case into one row with its parties, claims and partial dates', async () => {
    const [row] = await collect(iterateCaseRows(db.prisma, batches([LENOVO]), { baseUrl: 'https://covenant.test' }));
    expect(row).toMatchObject({
      title: 'Lenovo Group v. Chang Cheng',
      url: `https://covenant.test/cases/${LENOVO}`,
      jurisdiction: 'China (CN)',
      yearBegun: 2020,
      filed: { text: '2020-06', day: null },
      decided: null,
      claimed: 'Equity refund / clawback: more than 5,000,000 CNY; Liquidated damages: unknown; Specific performance: not monetary',
      claimedTotal: { qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' },
      awarded: '',
      awardedTotal: null,
      outcomes: 'Settlement (unconfirmed)',
      tags: 'arbitration; equity clawback; non-compete; signature dispute',
    });
    expect(row!.parties).toBe(
      'Lenovo Group (联想集团): Claimant, Former employer; Chang Cheng (常程): Respondent, Former employee; Xiaomi (小米集团): New employer, Not a party to the proceedings',
    );
  });

  it("shows each claim's latest award, in the order of the claims, and sums those exactly in their one currency", async () => {
    const [shenlan, quillfern] = await collect(iterateCaseRows(db.prisma, batches([SHENLAN, QUILLFERN]), { baseUrl: '' }));
    // The arbitral award (150,000 CNY of damages) was replaced by the judgment's 300,000; the appeal awarded nothing new.
    expect(shenlan!.awarded).toBe('Liquidated damages: 300,000 CNY; Other: 16,000 CNY; Specific performance: not monetary');
    expect(shenlan!.awardedTotal).toEqual({ qualifier: 'EXACT', value: '316000.00', currency: 'CNY' });
    expect(shenlan!.decided).toEqual({ text: '2022-04-20', day: new Date('2022-04-20T00:00:00.000Z') });
    expect(quillfern!.awardedTotal).toEqual({ qualifier: 'EXACT', value: '312500.00', currency: 'USD' });
    expect(quillfern!.filed).toEqual({ text: '2021-06-28', day: new Date('2021-06-28T00:00:00.000Z') });
  });
});

describe.each(await testEngines())('export rows follow every change on %s', (engine) => {
  const suite = useEditorDatabase(engine);
  const { save } = suite;
  const rowOf = async (id: string) => (await collect(iterateCaseRows(suite.db.prisma, batches([id]), { baseUrl: '' })))[0]!;

  it('shows a case as last saved and archived', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    const changed = structuredClone(doc);
    changed.claims[1]!.amount = { qualifier: 'EXACT', value: '1000000', currency: 'CNY' };
    changed.tags = ['non-compete'];
    await save(changed, 1);
    const saved = await rowOf(doc.id);
    expect(saved.claimed).toContain('Liquidated damages: 1,000,000 CNY');
    expect(saved.claimedTotal).toEqual({ qualifier: 'MORE_THAN', value: '6000000.00', currency: 'CNY' });
    expect(saved.tags).toBe('non-compete');

    await setArchived(suite.db.prisma, { caseId: doc.id, archived: true, actorId: suite.actor.id });
    const archived = await suite.db.prisma.case.findUniqueOrThrow({ where: { id: doc.id }, select: { updatedAt: true } });
    expect((await rowOf(doc.id)).updatedAt).toEqual(archived.updatedAt);
  });

  it('shows a shared party under the name another case gave it', async () => {
    const first = freshLenovo();
    await save(first, null);
    // A second case naming the same person (the same party id), who is renamed there.
    const sharedId = first.parties.find((p) => p.name === 'Chang Cheng')!.id;
    const copy = freshLenovo();
    const second = JSON.parse(JSON.stringify(copy).replaceAll(copy.parties.find((p) => p.name === 'Chang Cheng')!.id, sharedId)) as CaseDocument;
    Object.assign(second.parties.find((p) => p.id === sharedId)!, { name: 'Cheng Chang', originalName: '程常' });
    await save(second, null);

    expect((await rowOf(first.id)).parties).toContain('Cheng Chang (程常): Respondent');
    expect((await rowOf(second.id)).parties).toContain('Cheng Chang (程常): Respondent');
    const summary = await suite.db.prisma.caseSummary.findUniqueOrThrow({ where: { caseId: first.id }, select: { partyText: true } });
    expect(summary.partyText).toContain('Cheng Chang'); // the list's search finds the first case under the new name too
  });

  it("lists the judges and counsel of every proceeding, each once, counsel with the party they acted for", async () => {
    const doc = freshEveryFieldCase();
    await save(doc, null);
    const row = await rowOf(doc.id);
    expect(row.judges).toBe('Maria Delgado; Robert Lin (林博)');
    expect(row.counsel).toBe('Harlow & Finch LLP (Jordan Harlow) for Brightwater Analytics Inc.; Oakridge Legal for Lumen Systems LLC');
    const lenovo = freshLenovo();
    await save(lenovo, null);
    expect(await rowOf(lenovo.id)).toMatchObject({ judges: '', counsel: '' });
  });

  it('shows 0 for a claim whose award a later decision set aside', async () => {
    const doc = freshLenovo();
    const claim = doc.claims[1]!;
    const decision = (kind: 'AWARD' | 'JUDGMENT', decided: string, value: string) => ({
      ...doc.outcomes[0]!,
      id: crypto.randomUUID(),
      kind,
      decided,
      citations: [],
      awards: [{ id: crypto.randomUUID(), claimId: claim.id, amount: { qualifier: 'EXACT' as const, value, currency: 'CNY' }, certainty: 'REPORTED' as const, certaintyNote: null, citations: [] }],
    });
    doc.outcomes.push(decision('AWARD', '2021-03-01', '500000'), decision('JUDGMENT', '2021-09-01', '0'));
    await save(doc, null);
    const row = await rowOf(doc.id);
    expect(row.awarded).toContain(': 0 CNY');
    expect(row.awarded).not.toContain('500,000');
    expect(row.awardedTotal).toEqual({ qualifier: 'EXACT', value: '0.00', currency: 'CNY' });
  });

  it('is computed again for every case by refreshAllCases (npm run db:refresh) after a refresh that never ran', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    // A rename committed by a process that died before refreshing the cases naming the party.
    const partyId = doc.parties.find((p) => p.name === 'Chang Cheng')!.id;
    await suite.db.prisma.party.update({ where: { id: partyId }, data: { name: 'Chang Cheng (renamed)' } });
    expect((await rowOf(doc.id)).parties).not.toContain('Chang Cheng (renamed)');

    const progress: number[] = [];
    const count = await refreshAllCases(suite.db.prisma, (done) => progress.push(done));
    expect(count).toBe(await suite.db.prisma.case.count());
    expect(progress.at(-1)).toBe(count);
    expect((await rowOf(doc.id)).parties).toContain('Chang Cheng (renamed) (常程): Respondent');
  });
});
