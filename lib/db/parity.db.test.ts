// The embedded database and PostgreSQL must answer the same reads identically: a researcher who
// moves from the demo's PGlite to a server must see the same cases, in the same order, with the
// same sums. Both are seeded with the demo data plus a few cases chosen to stress ordering
// (case, accents, non-Latin script, punctuation) and exact decimal arithmetic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './client';
import type { ClaimKind, MoneyQualifier } from '../generated/prisma/enums';
import { seedDemoData } from '../seed';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { readCaseDocument } from '../server/cases/read-case-document';

type FixtureClaim = { kind: ClaimKind; qualifier: MoneyQualifier; amount: string | null; currency: string | null };

const fixtureId = (n: number) => `f1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const FIXTURE_CASES: { title: string; country: string; claims: FixtureClaim[] }[] = [
  { title: 'apple Orchard v. Doe', country: 'US', claims: [{ kind: 'DAMAGES', qualifier: 'EXACT', amount: '0.1000', currency: 'CNY' }] },
  { title: 'Apple Orchard v. Roe', country: 'US', claims: [{ kind: 'DAMAGES', qualifier: 'EXACT', amount: '0.2000', currency: 'CNY' }] },
  { title: 'Zeta Corp v. Smith', country: 'GB', claims: [{ kind: 'INJUNCTION', qualifier: 'NOT_MONETARY', amount: null, currency: null }] },
  {
    title: 'Ärger GmbH v. Müller',
    country: 'DE',
    claims: [
      { kind: 'LIQUIDATED_DAMAGES', qualifier: 'AT_LEAST', amount: '99999999999999999999.9999', currency: 'EUR' },
      { kind: 'LIQUIDATED_DAMAGES', qualifier: 'EXACT', amount: '0.0001', currency: 'EUR' },
    ],
  },
  { title: 'Éclair SA v. Dupont', country: 'FR', claims: [{ kind: 'EQUITY_REFUND', qualifier: 'APPROXIMATELY', amount: '12345.6789', currency: 'EUR' }] },
  { title: '常程 v. 联想', country: 'CN', claims: [{ kind: 'DECLARATORY_RELIEF', qualifier: 'UNKNOWN', amount: null, currency: null }] },
  { title: '_Sealed matter', country: 'SG', claims: [{ kind: 'DAMAGES', qualifier: 'MORE_THAN', amount: '3', currency: 'JPY' }] },
];

async function addFixtureCases(prisma: Db): Promise<void> {
  let claimNumber = 0;
  for (const [index, fixture] of FIXTURE_CASES.entries()) {
    await prisma.case.create({
      data: {
        id: fixtureId(index + 1),
        title: fixture.title,
        jurisdictionCountry: fixture.country,
        fictional: true,
        claims: {
          create: fixture.claims.map((claim, position) => ({
            id: fixtureId(100 + ++claimNumber),
            position,
            kind: claim.kind,
            title: `${claim.kind} claim`,
            amountQualifier: claim.qualifier,
            amount: claim.amount,
            amountCurrency: claim.currency,
          })),
        },
      },
    });
  }
}

/** The reads compared across engines; each returns plain data. */
const reads = {
  async caseDocuments(prisma: Db) {
    const cases = await prisma.case.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    return Promise.all(cases.map(({ id }) => readCaseDocument(prisma, id)));
  },

  async casesOrderedByTitle(prisma: Db) {
    const cases = await prisma.case.findMany({ select: { title: true }, orderBy: [{ title: 'asc' }, { id: 'asc' }] });
    return cases.map((c) => c.title);
  },

  async casesMatchingCaseInsensitively(prisma: Db) {
    const search = async (text: string) =>
      (await prisma.case.findMany({ where: { title: { contains: text, mode: 'insensitive' } }, orderBy: { id: 'asc' }, select: { title: true } })).map(
        (c) => c.title,
      );
    return {
      apple: await search('APPLE'),
      lenovo: await search('lenovo'),
      chinese: await search('常程'),
      umlaut: await search('ärger'),
      accent: await search('ÉCLAIR'),
    };
  },

  async claimsPerKind(prisma: Db) {
    const groups = await prisma.claim.groupBy({ by: ['kind'], _count: { _all: true }, orderBy: { kind: 'asc' } });
    return groups.map((g) => ({ kind: g.kind, claims: g._count._all }));
  },

  async claimAmountPerCurrency(prisma: Db) {
    const groups = await prisma.claim.groupBy({
      by: ['amountCurrency'],
      where: { amount: { not: null } },
      _sum: { amount: true },
      orderBy: { amountCurrency: 'asc' },
    });
    return groups.map((g) => ({ currency: g.amountCurrency, total: g._sum.amount?.toFixed() ?? null }));
  },

  async claimAmountPerCurrencyInSql(prisma: Db) {
    return prisma.$queryRaw<{ currency: string; total: string; largest: string }[]>`
      SELECT "amountCurrency" AS currency, sum(amount)::text AS total, max(amount)::text AS largest
      FROM "Claim" WHERE amount IS NOT NULL GROUP BY "amountCurrency" ORDER BY "amountCurrency"`;
  },
};

const engines = await testEngines();

describe.runIf(engines.includes('postgres'))('PGlite and PostgreSQL give the same answers', () => {
  const databases = {} as Record<'pglite' | 'postgres', OpenTestDatabase>;

  beforeAll(async () => {
    for (const engine of ['pglite', 'postgres'] as const) {
      const db = await openTestDatabase(engine);
      databases[engine] = db;
      await seedDemoData(db.prisma);
      await addFixtureCases(db.prisma);
    }
  });

  afterAll(async () => {
    await Promise.all(Object.values(databases).map((db) => db.drop()));
  });

  for (const [name, read] of Object.entries(reads)) {
    it(`${name} is identical on both`, async () => {
      const onPglite = await read(databases.pglite.prisma);
      const onPostgres = await read(databases.postgres.prisma);
      expect(onPglite).toStrictEqual(onPostgres);
    });
  }

  it('orders titles by code point on both (the C.UTF-8 collation the databases are created with)', async () => {
    const titles = await reads.casesOrderedByTitle(databases.postgres.prisma);
    const byCodePoint = [...titles].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0));
    expect(titles).toEqual(byCodePoint);
  });

  it('sums amounts exactly on both, beyond what a float can hold', async () => {
    const fixtureTotals = (prisma: Db) =>
      prisma.claim.groupBy({
        by: ['amountCurrency'],
        where: { amount: { not: null }, caseId: { in: FIXTURE_CASES.map((_, index) => fixtureId(index + 1)) } },
        _sum: { amount: true },
        orderBy: { amountCurrency: 'asc' },
      });
    for (const db of Object.values(databases)) {
      const totals = (await fixtureTotals(db.prisma)).map((g) => [g.amountCurrency, g._sum.amount?.toFixed()]);
      expect(totals, db.engine).toEqual([
        ['CNY', '0.3'],
        ['EUR', '100000000000000012345.6789'],
        ['JPY', '3'],
      ]);
    }
  });
});
