// The case list on both engines: the summary PostgreSQL keeps, every facet, search in English and
// Chinese, bad input, and keyset pages that neither repeat nor skip while cases are added.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocumentSchema, type CaseDocument } from '../../case-document/schema';
import { writeCaseDocument } from './write-case-document';
import { readSeedDocuments, seedDemoData } from '../../seed';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../../testing/databases';
import { freshEveryFieldCase, withFreshIds } from '../../testing/documents';
import { CASE_SORT_COLUMNS, parseCaseQuery, type CaseQuery } from '../../validations/case-query';
import { EXACT_COUNT_LIMIT, findCaseNeighbours, findCases } from './find-cases';

const LENOVO = 'Lenovo Group v. Chang Cheng';
const LENOVO_ID = '1e000000-0000-4000-8000-000000000001';
const SHENLAN = 'Shenlan Technology v. Wang Lei (fictional)';
const QUILLFERN = 'Quillfern Analytics, Inc. v. Ellis (fictional)';
const AMMERFELD = 'Ammerfeld Antriebstechnik GmbH v. Hofmann (fictional)';

const query = (qs: string): CaseQuery => {
  const { query: parsed, issues } = parseCaseQuery(new URLSearchParams(qs));
  expect(issues).toEqual([]);
  return parsed;
};

/** A copy of a seed case with fresh ids everywhere (so it shares no party or source), changed by `edit`. */
function copyOf(doc: CaseDocument, edit: (copy: CaseDocument) => void): CaseDocument {
  const copy = withFreshIds(doc);
  edit(copy);
  return caseDocumentSchema.parse(copy);
}

describe.each(await testEngines())('the case list on %s', (engine) => {
  let db: OpenTestDatabase;
  const titles = async (qs: string) => (await findCases({ query: query(qs), db: db.prisma })).items.map((i) => i.title);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    await seedDemoData(db.prisma);
  });

  afterAll(async () => {
    await db?.drop();
  });

  describe('the summary', () => {
    it('is written by every save, in its transaction, with the facet values and search material', async () => {
      const [summary] = await db.prisma.$queryRaw<Record<string, unknown>[]>`
        SELECT "forumKinds"::text[] AS forums, "claimKinds"::text[] AS claims, "outcomeKinds"::text[] AS outcomes,
               "outcomeCertainties"::text[] AS certainties, tags, currencies, "yearBegun", "latestEventOn"::text AS latest,
               "maxAmount"::text AS amount, "maxAmountQualifier"::text AS qualifier, "maxAmountCurrency"::text AS currency,
               "hasUncitedFacts", "cjkGrams" @> ARRAY['常程', '联想', '常'] AS grams, "partyText"
        FROM "CaseSummary" WHERE "caseId" = ${LENOVO_ID}::uuid`;
      expect(summary).toMatchObject({
        forums: ['ARBITRATION'],
        claims: ['EQUITY_REFUND', 'LIQUIDATED_DAMAGES', 'SPECIFIC_PERFORMANCE'],
        outcomes: ['SETTLEMENT'],
        certainties: ['UNCONFIRMED'],
        tags: ['arbitration', 'equity clawback', 'non-compete', 'signature dispute'],
        currencies: ['CNY'],
        yearBegun: 2020,
        latest: '2021-01-29',
        amount: '5000000.0000',
        qualifier: 'MORE_THAN',
        currency: 'CNY',
        hasUncitedFacts: false,
        grams: true,
      });
      expect(summary!.partyText).toContain('常程');
    });

    it('follows a change, an archive and a deletion, and rolls back with a failed save', async () => {
      const lenovo = readSeedDocuments().find((d) => d.id === LENOVO_ID)!;
      const copy = copyOf(lenovo, (c) => {
        c.title = 'Quokkaville v. Someone';
        c.proceedings[0]!.forum.kind = 'COURT';
        c.proceedings[0]!.filed = '2019-03';
      });
      await db.prisma.$transaction((tx) => writeCaseDocument(tx, copy, { actorId: null }));
      expect(await titles('q=quokkaville')).toEqual(['Quokkaville v. Someone']);
      expect((await findCases({ query: query('q=quokkaville'), db: db.prisma })).items[0]).toMatchObject({ forumKinds: ['COURT'], yearBegun: 2019 });

      await db.prisma.$transaction((tx) => writeCaseDocument(tx, { ...copy, title: 'Wombatton v. Someone', claims: [], evidence: [], outcomes: [] }, { actorId: null }));
      expect(await titles('q=quokkaville')).toEqual([]);
      expect((await findCases({ query: query('q=wombatton'), db: db.prisma })).items[0]).toMatchObject({ title: 'Wombatton v. Someone', claimKinds: [], largestClaim: null });

      await expect(
        db.prisma.$transaction(async (tx) => {
          await writeCaseDocument(tx, { ...copy, title: 'Never saved v. Anyone' }, { actorId: null });
          throw new Error('the save fails after writing');
        }),
      ).rejects.toThrow('the save fails');
      expect(await titles('q=never saved')).toEqual([]);
      expect(await titles('q=wombatton')).toEqual(['Wombatton v. Someone']);

      await db.prisma.case.update({ where: { id: copy.id }, data: { archivedAt: new Date() } });
      expect(await titles('q=wombatton')).toEqual([]);
      await db.prisma.case.update({ where: { id: copy.id }, data: { archivedAt: null } });
      expect(await titles('q=wombatton')).toEqual(['Wombatton v. Someone']);

      await db.prisma.case.delete({ where: { id: copy.id } });
      expect(await db.prisma.caseSummary.count({ where: { caseId: copy.id } })).toBe(0);
      expect(await db.prisma.caseAmount.count({ where: { caseId: copy.id } })).toBe(0);
    });
  });

  describe('filters', () => {
    it.each([
      ['', [AMMERFELD, LENOVO, QUILLFERN, SHENLAN]],
      ['jurisdiction=CN', [LENOVO, SHENLAN]],
      ['jurisdiction=CN-GD', [SHENLAN]],
      ['jurisdiction=US&jurisdiction=DE', [AMMERFELD, QUILLFERN]],
      ['forum=ARBITRATION', [LENOVO]],
      ['forum=LABOR_ARBITRATION&forum=ARBITRATION', [LENOVO, SHENLAN]],
      ['claim=EQUITY_REFUND', [LENOVO]],
      ['claim=LIQUIDATED_DAMAGES', [AMMERFELD, LENOVO, SHENLAN]],
      ['outcome=SETTLEMENT', [AMMERFELD, LENOVO]],
      ['certainty=UNCONFIRMED', [LENOVO]],
      ['status=DECIDED', [QUILLFERN, SHENLAN]],
      ['tag=signature dispute', [LENOVO]],
      ['yearFrom=2020&yearTo=2020', [LENOVO, SHENLAN]],
      ['yearFrom=2021', [AMMERFELD, QUILLFERN]],
      ['currency=CNY', [LENOVO, SHENLAN]],
      ['currency=CNY&amountMin=5,000,000', [LENOVO]],
      ['currency=CNY&amountMax=4999999.99', [SHENLAN]],
      ['currency=USD&amountMin=5000000', []],
      ['uncited=1', [AMMERFELD]],
      ['uncited=0', [LENOVO, QUILLFERN, SHENLAN]],
      ['jurisdiction=CN&claim=LIQUIDATED_DAMAGES&forum=COURT', [SHENLAN]],
    ])('%s', async (qs, expected) => {
      expect(await titles(qs)).toEqual(expected);
    });

    it('counts each facet option as the number of cases selecting it would leave', async () => {
      const { facets, total } = await findCases({ query: query(''), db: db.prisma });
      expect(total).toBe(4);
      expect(facets!.estimated).toBe(false);
      expect(facets!.claim).toContainEqual({ value: 'LIQUIDATED_DAMAGES', count: 3 });
      expect(facets!.forum).toContainEqual({ value: 'COURT', count: 3 });
      expect(facets!.years).toEqual({ min: 2020, max: 2022 });
      for (const facet of ['jurisdiction', 'forum', 'claim', 'outcome', 'status', 'certainty', 'tag', 'currency'] as const) {
        for (const option of facets![facet]) {
          const selected = await findCases({ query: query(`${facet}=${encodeURIComponent(option.value)}`), db: db.prisma, facets: false });
          expect(selected.total, `${facet}=${option.value}`).toBe(option.count);
        }
      }
    });

    it('sorts by the largest claim within a currency, else by currency then amount', async () => {
      expect(await titles('sort=-amount&currency=CNY')).toEqual([LENOVO, SHENLAN]);
      expect(await titles('sort=amount')).toEqual([SHENLAN, LENOVO, AMMERFELD, QUILLFERN]);
      expect(await titles('sort=-amount')).toEqual([QUILLFERN, AMMERFELD, LENOVO, SHENLAN]);
    });
  });

  describe('search', () => {
    it.each(['常程', '联想', '常', '联想集团', 'lenovo', 'LENOVO', 'Chang', 'Lenvo', 'ｌｅｎｏｖｏ', 'party:常程', 'party:lenovo', '"Lenovo Group"', 'lenovo -ammerfeld', 'xiaomi OR zzzz', 'signature appraisal'])(
      '%s finds the Lenovo case',
      async (q) => {
        const result = await findCases({ query: query(`q=${encodeURIComponent(q)}`), db: db.prisma });
        expect(result.items.map((i) => i.title)).toContain(LENOVO);
      },
    );

    it('ranks and highlights where it matched, in Chinese too', async () => {
      const { items } = await findCases({ query: query('q=常程'), db: db.prisma });
      expect(items[0]!.title).toBe(LENOVO);
      expect(items[0]!.snippet!.label).toBe('Parties');
      expect(items[0]!.snippet!.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['常程']);
      const english = await findCases({ query: query('q=appraisal'), db: db.prisma });
      expect(english.items[0]!.snippet!.parts.some((p) => p.match && /appraisal/i.test(p.text))).toBe(true);
    });

    it('keeps to the field a prefix names, and leaves out excluded words', async () => {
      expect(await titles('q=party:xiaomi')).toEqual([LENOVO]);
      expect(await titles('q=party:arbitration')).toEqual([]);
      expect(await titles('q=lenovo -xiaomi')).toEqual([]);
      expect(await titles(`q=${encodeURIComponent('"non-compete equity consideration"')}`)).toEqual([LENOVO]);
      expect(await titles('q=王磊')).toEqual([SHENLAN]);
      expect(await titles('q=王')).toEqual([SHENLAN]);
    });

    it('says when a misspelling was corrected', async () => {
      const result = await findCases({ query: query('q=Lenvo'), db: db.prisma });
      expect(result.items.map((i) => i.title)).toEqual([LENOVO]);
      expect(result.notices.join(' ')).toMatch(/lenovo/);
    });

    it.each(['%', '_', "'", '\\', '-', '"', '%%', '50%', 'a_b', "o'brien", '\\x', '(', ')', '&', '|', '!', ':*', "'':*", 'party:', '"""', '－', '　', 'x'.repeat(500), 'lenovo '.repeat(100)])(
      'answers %j sensibly, without an error',
      async (q) => {
        const result = await findCases({ query: parseCaseQuery(new URLSearchParams(`q=${encodeURIComponent(q)}`)).query, db: db.prisma });
        expect(result.total).toBeGreaterThanOrEqual(0);
      },
    );

    it('finds a case by its case number in a plain search, whole or by its number part', async () => {
      for (const q of ['(2022)粤03民终5678号', '5678', '(2021)粤0305民初1234号', '1234', '深南劳人仲案〔2020〕5678号']) {
        expect(await titles(`q=${encodeURIComponent(q)}`), q).toEqual([SHENLAN]);
      }
      for (const q of ['3:21-cv-04567', '04567', '21-cv-04567']) {
        expect(await titles(`q=${encodeURIComponent(q)}`), q).toEqual([QUILLFERN]);
      }
      expect(await titles(`q=${encodeURIComponent('12 Ga 45/22')}`)).toEqual([AMMERFELD]);
    });

    it('never reads %, _ or \\ as wildcards', async () => {
      expect(await titles(`q=${encodeURIComponent('case:5678')}`)).toEqual([SHENLAN]);
      expect(await titles(`q=${encodeURIComponent('case:56%8')}`)).toEqual([]);
      expect(await titles(`q=${encodeURIComponent('case:56_8')}`)).toEqual([]);
      expect(await titles(`q=${encodeURIComponent('"常程 %"')}`)).toEqual([]);
    });
  });

  describe('keyset pages', () => {
    let tag = `keyset-${randomUUID().slice(0, 8)}`;
    const insert = async (count: number) => {
      const ids = Array.from({ length: count }, () => randomUUID());
      const names = ids.map((id, i) => `${['Alpha', 'Mid', 'Zulu'][i % 3]} ${id.slice(0, 8)}`);
      const years = ids.map((_, i) => 2000 + ((i * 7) % 25));
      await db.prisma.$transaction(async (tx) => {
        const tagRow = await tx.tag.upsert({ where: { name: tag }, create: { name: tag }, update: {} });
        await tx.$executeRaw`
          INSERT INTO "Case" (id, title, "jurisdictionCountry", status, "updatedAt")
          SELECT id, title, 'NZ', 'OPEN', now() FROM unnest(${ids}::uuid[], ${names}::text[]) AS t(id, title)`;
        await tx.$executeRaw`
          INSERT INTO "TimelineEvent" (id, "caseId", kind, "occurredOn", "occurredPrecision", description)
          SELECT gen_random_uuid(), id, 'OTHER', make_date(year, 1, 1), 'YEAR', 'x' FROM unnest(${ids}::uuid[], ${years}::int[]) AS t(id, year)`;
        await tx.$executeRaw`INSERT INTO "CaseTag" ("caseId", "tagId") SELECT unnest(${ids}::uuid[]), ${tagRow.id}::uuid`;
        await tx.$executeRaw`SELECT refresh_case_summaries(${ids}::uuid[])`;
      });
      return ids;
    };

    it.each(CASE_SORT_COLUMNS.flatMap((column) => [column, `-${column}`]))('sorted by %s, never repeat or skip a case while cases are added', async (sort) => {
      tag = `keyset-${randomUUID().slice(0, 8)}`;
      const initial = await insert(engine === 'pglite' ? 30 : 60);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page++) {
        const result = await findCases({ query: query(`tag=${tag}&sort=${sort}&limit=25${cursor ? `&cursor=${cursor}` : ''}`), db: db.prisma, facets: false });
        seen.push(...result.items.map((i) => i.id));
        cursor = result.nextCursor;
        if (!cursor) break;
        await insert(3);
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(initial));
    });

    it('goes back a page with the previous cursor', async () => {
      const first = await findCases({ query: query(`tag=${tag}&sort=-year&limit=25`), db: db.prisma, facets: false });
      const second = await findCases({ query: query(`tag=${tag}&sort=-year&limit=25&cursor=${first.nextCursor}`), db: db.prisma, facets: false });
      expect(second.prevCursor).not.toBeNull();
      const back = await findCases({ query: query(`tag=${tag}&sort=-year&limit=25&cursor=${second.prevCursor}`), db: db.prisma, facets: false });
      expect(back.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
      expect(back.prevCursor).toBeNull();
    });

    it('estimates totals above the exact limit only (the limit here is 10,000, so this is exact)', async () => {
      const result = await findCases({ query: query(`tag=${tag}`), db: db.prisma });
      expect(result.totalIsEstimate).toBe(false);
      expect(result.total).toBe(await db.prisma.caseTag.count({ where: { tag: { name: tag } } }));
    });
  });

  it('finds the neighbours of a case within a result list', async () => {
    expect(await findCaseNeighbours({ query: query('jurisdiction=CN'), caseId: LENOVO_ID, db: db.prisma })).toEqual({
      previous: null,
      next: { id: '1e000000-0000-4000-8000-000000000003', title: SHENLAN },
    });
    expect(await findCaseNeighbours({ query: query('jurisdiction=US'), caseId: LENOVO_ID, db: db.prisma })).toBeNull();
    expect(await findCaseNeighbours({ query: query('q=常程'), caseId: LENOVO_ID, db: db.prisma })).toEqual({ previous: null, next: null });
  });

  // The recording model's facts (issue #15) in the list: searched, by field prefix too, the bond as a
  // facet, their citations counted for "uncited facts", notes searched in their order.
  describe('the fields of the recording model', () => {
    let every: CaseDocument;
    const EVERY = 'Fictional: Brightwater Analytics v. Okafor and Lumen Systems';
    const sortedTitles = async (qs: string) => (await findCases({ query: query(`${qs}&sort=title`), db: db.prisma })).items.map((i) => i.title);
    // The largest case of the collection: more time than the default 5 s on a busy machine.
    const save = (doc: CaseDocument) => db.prisma.$transaction((tx) => writeCaseDocument(tx, doc, { actorId: null }), { timeout: 60_000 });
    const summaryOf = (id: string) => db.prisma.caseSummary.findUniqueOrThrow({ where: { caseId: id }, select: { hasUncitedFacts: true, searchText: true } });

    beforeAll(async () => {
      every = freshEveryFieldCase();
      await save(every);
    });

    afterAll(async () => {
      await db.prisma.case.delete({ where: { id: every.id } });
    });

    it.each([
      ['judge:delgado', [EVERY]],
      ['judge:"robert lin"', [EVERY]],
      ['judge:林博', [EVERY]],
      ['judge:harlow', []],
      ['counsel:"harlow & finch"', [EVERY]],
      ['counsel:"jordan harlow"', [EVERY]],
      ['counsel:oakridge', [EVERY]],
      ['counsel:delgado', []],
      ['seat:"san jose"', [EVERY]],
      ['seat:division', [EVERY]],
      ['seat:california', []],
      ['law:delaware', [EVERY]],
      ['law:california', []],
      ['california', [EVERY, QUILLFERN]],
      ['case:21-CV-123456', [EVERY]],
      ['case:"C 21-00987 XYZ"', [EVERY]],
    ])('%s', async (q, expected) => {
      expect(await sortedTitles(`q=${encodeURIComponent(q)}`)).toEqual(expected);
    });

    // Each new text field holds a word nothing else holds, so a match can only come from that field.
    const MARKS: [string, string, (doc: CaseDocument, word: string) => void][] = [
      ['vexjudge', 'Judges', (d, w) => (d.proceedings[0]!.adjudicators[0]!.name += ` ${w}`)],
      ['甲乙丙', 'Judges', (d, w) => (d.proceedings[1]!.adjudicators[0]!.originalName += w)],
      ['vexfirm', 'Counsel', (d, w) => (d.proceedings[0]!.parties[0]!.counsel[0]!.firm += ` ${w}`)],
      ['vexadvocate', 'Counsel', (d, w) => (d.proceedings[0]!.parties[0]!.counsel[0]!.lawyer += ` ${w}`)],
      ['vexnumber', 'Case numbers', (d, w) => d.proceedings[1]!.otherCaseNumbers.push(`${w}-77`)],
      ['vexreport', 'Reported as', (d, w) => d.proceedings[0]!.reportedCitations.push(`2099 ${w} 777`)],
      ['vextitle', 'Proceedings', (d, w) => (d.proceedings[1]!.title += ` ${w}`)],
      ['vexseat', 'Forums', (d, w) => (d.proceedings[1]!.forum.seat += ` ${w}`)],
      ['vexrepresentative', 'Legal representatives', (d, w) => (d.parties.find((p) => p.legalRepresentative)!.legalRepresentative += ` ${w}`)],
      ['vexdescription', 'Claims', (d, w) => (d.claims.find((c) => c.description)!.description += ` ${w}`)],
      ['vexnoun', 'Claims', (d, w) => (d.claims.find((c) => c.items)!.items!.noun += ` ${w}`)],
      ['vexterm', 'Outcomes', (d, w) => (d.outcomes.find((o) => o.termsImposed.length)!.termsImposed[0]!.description += ` ${w}`)],
      ['vexequity', 'Outcomes', (d, w) => (d.outcomes.find((o) => o.settlementEquity)!.settlementEquity!.description += ` ${w}`)],
      ['vexamount', 'Evidence', (d, w) => (d.evidence.find((e) => e.amounts.length)!.amounts[0]!.description += ` ${w}`)],
      ['vexlaw', 'Covenants', (d, w) => (d.covenants[0]!.governingLaw += ` ${w}`)],
      ['vexclause', 'Covenants', (d, w) => (d.covenants[0]!.forumSelectionClause += ` ${w}`)],
      ['vexclass', 'Covenants', (d, w) => (d.covenants[0]!.considerations.find((c) => c.shares)!.shares!.shareClass += ` ${w}`)],
    ];

    it('finds each new text field in a plain search, and shows where it matched', async () => {
      const marked = structuredClone(every);
      for (const [word, , mark] of MARKS) mark(marked, word);
      await save(marked);
      try {
        for (const [word, label] of MARKS) {
          const { items } = await findCases({ query: query(`q=${encodeURIComponent(word)}`), db: db.prisma });
          expect(items.map((i) => i.title), word).toEqual([EVERY]);
          expect(items[0]!.snippet?.label, word).toBe(label);
        }
        expect(await sortedTitles('q=vexnumber-77'), 'an other case number, whole').toEqual([EVERY]);
        expect(await sortedTitles('q=case:vexnumber'), 'an other case number, by case:').toEqual([EVERY]);
      } finally {
        await save(every);
      }
    });

    it('finds the case by its other case numbers by their number part, as it does by its case number', async () => {
      for (const q of ['123456', '21 CV 123456']) expect(await sortedTitles(`q=${encodeURIComponent(q)}`), q).toEqual([EVERY]);
    });

    it('offers the cases with an injunction bond as a facet, counted as the filter leaves them', async () => {
      const bondCount = async (qs: string) => (await findCases({ query: query(qs), db: db.prisma })).facets!.bond.find((o) => o.value === 'true')?.count ?? 0;
      expect(await bondCount('')).toBe(1);
      expect(await sortedTitles('bond=1')).toEqual([EVERY]);
      const without = await sortedTitles('bond=0&jurisdiction=CN&jurisdiction=DE&jurisdiction=US');
      expect(without).toEqual([AMMERFELD, LENOVO, QUILLFERN, SHENLAN]);
      expect(await bondCount('q=okafor')).toBe(1);
      expect(await bondCount('q=lenovo')).toBe(0);

      await save({ ...every, outcomes: every.outcomes.map((o) => ({ ...o, bond: null })) });
      expect(await sortedTitles('bond=1')).toEqual([]);
      expect(await bondCount('')).toBe(0);
      await save(every);
      expect(await sortedTitles('bond=1')).toEqual([EVERY]);
    });

    type Uncite = (doc: CaseDocument) => void;
    it.each<[string, Uncite]>([
      ['a judge', (d) => (d.proceedings[0]!.adjudicators[0]!.citations = [])],
      ["a party's role in a proceeding", (d) => (d.proceedings[0]!.parties[1]!.citations = [])],
      ['counsel', (d) => (d.proceedings[0]!.parties[0]!.counsel[0]!.citations = [])],
      ['an award', (d) => (d.outcomes.find((o) => o.awards.length > 0)!.awards[0]!.citations = [])],
      ['an imposed term', (d) => (d.outcomes.find((o) => o.termsImposed.length > 0)!.termsImposed[0]!.citations = [])],
    ])('counts %s without a citation as an uncited fact', async (_, uncite) => {
      expect((await summaryOf(every.id)).hasUncitedFacts).toBe(false);
      const copy = structuredClone(every);
      uncite(copy);
      await save(copy);
      expect((await summaryOf(every.id)).hasUncitedFacts).toBe(true);
      expect(await sortedTitles('uncited=1&bond=1')).toEqual([EVERY]);
      await save(every);
    });

    it('searches the notes in their order', async () => {
      // The later note was written first: the order is the notes' own, not their timestamps'.
      const notes = [
        { id: randomUUID(), body: 'Zebrafinch remark comes first.', author: null, createdAt: '2026-02-02T00:00:00.000Z' },
        { id: randomUUID(), body: 'Aardwolf remark comes second.', author: null, createdAt: '2026-01-01T00:00:00.000Z' },
      ];
      await save({ ...every, notes });
      const { searchText } = await summaryOf(every.id);
      expect(searchText).toContain('Notes: Zebrafinch remark comes first. · Aardwolf remark comes second.');
      await save({ ...every, notes: [notes[1]!, notes[0]!] });
      expect((await summaryOf(every.id)).searchText).toContain('Notes: Aardwolf remark comes second. · Zebrafinch remark comes first.');
    });
  });
});

// Above EXACT_COUNT_LIMIT matches the total and the facet counts are estimates: from a block
// sample for filters, from the first matches in table order for a search. Either must land near
// the truth, say so, and never claim fewer than the exact limit.
describe.each(await testEngines())('more than %s matches', (engine) => {
  let db: OpenTestDatabase;
  const CASES = 14_000;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    // Bare cases (no proceedings or parties) are enough for titles, jurisdictions and statuses.
    await db.prisma.$executeRaw`
      INSERT INTO "Case" (id, title, "jurisdictionCountry", status, "updatedAt")
      SELECT gen_random_uuid(), 'Widget maker v. engineer ' || n, CASE WHEN n % 4 = 0 THEN 'US' ELSE 'CN' END,
             (CASE WHEN n % 2 = 0 THEN 'DECIDED' ELSE 'OPEN' END)::"CaseStatus", now()
      FROM generate_series(1, ${CASES}::int) AS n`;
    await db.prisma.$executeRaw`SELECT refresh_case_summaries(array_agg(id)) FROM "Case"`;
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  const near = (value: number, truth: number) => expect(Math.abs(value - truth) / truth).toBeLessThan(0.25);

  // Every 4th case is American, every 2nd decided: of the Chinese ones (n % 4 of 1, 2 or 3) a third.
  it.each([
    ['a search', 'q=widget', CASES, CASES / 2],
    ['a filter', 'jurisdiction=CN', (CASES * 3) / 4, CASES / 4],
  ])('estimates the total and the facet counts of %s', async (_, qs, truth, decidedTruth) => {
    const result = await findCases({ query: query(qs), db: db.prisma });
    expect(result.totalIsEstimate).toBe(true);
    expect(result.total).toBeGreaterThan(EXACT_COUNT_LIMIT);
    near(result.total, truth);
    expect(result.facets!.estimated).toBe(true);
    const decided = result.facets!.status.find((o) => o.value === 'DECIDED')!.count;
    near(decided, decidedTruth);
    expect(result.items).toHaveLength(25);
  });

  it('counts exactly up to the limit', async () => {
    const result = await findCases({ query: query('q=widget&jurisdiction=US'), db: db.prisma });
    expect(result).toMatchObject({ total: CASES / 4, totalIsEstimate: false });
    expect(result.facets!.status.find((o) => o.value === 'DECIDED')!.count).toBe(CASES / 4);
  });
});
