// The rows of a list export, read from real databases: one statement per batch aggregates every
// child list, so the order of children, exact amounts and partial dates must survive that trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
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
      claimed: 'Equity refund / clawback: more than 5,000,000.00 CNY; Liquidated damages: unknown; Specific performance: not monetary',
      claimedTotal: { exact: '5000000.00', currency: 'CNY' },
      awarded: '',
      awardedTotal: null,
      outcomes: 'Settlement (unconfirmed)',
      tags: 'arbitration; equity clawback; non-compete; signature dispute',
    });
    expect(row!.parties).toBe(
      'Lenovo Group (联想集团): Claimant, Former employer; Chang Cheng (常程): Respondent, Former employee; Xiaomi (小米集团): New employer, Not a party to the proceedings',
    );
  });

  it('lists awards in the order of their claims and sums them exactly in their one currency', async () => {
    const [shenlan, quillfern] = await collect(iterateCaseRows(db.prisma, batches([SHENLAN, QUILLFERN]), { baseUrl: '' }));
    expect(shenlan!.awarded).toBe('150,000.00 CNY; 16,000.00 CNY; not monetary; 300,000.00 CNY; 16,000.00 CNY; not monetary');
    expect(shenlan!.awardedTotal).toEqual({ exact: '482000.00', currency: 'CNY' });
    expect(shenlan!.decided).toEqual({ text: '2022-04-20', day: new Date('2022-04-20T00:00:00.000Z') });
    expect(quillfern!.awardedTotal).toEqual({ exact: '312500.00', currency: 'USD' });
    expect(quillfern!.filed).toEqual({ text: '2021-06-28', day: new Date('2021-06-28T00:00:00.000Z') });
  });
});
