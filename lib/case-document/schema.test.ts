import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDocumentSchema, TEXT_MAX_LENGTH, type CaseDocumentInput } from './schema';

const SEED_DIR = path.join(__dirname, '..', '..', 'prisma', 'seed-data');
const seedFiles = fs.readdirSync(SEED_DIR).filter((file) => file.endsWith('.json')).sort();
const readSeed = (file: string): CaseDocumentInput => JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8'));

/** A fresh copy of the reference case, to break one thing in. */
const lenovo = () => readSeed('lenovo-v-chang-cheng.json');

function at<T>(rows: T[], index = 0): T {
  const row = rows[index];
  if (row === undefined) throw new Error(`No row ${index}`);
  return row;
}

/** The issues of a document as "path: message", so a failing test shows them all. */
function issuesOf(doc: unknown): string[] {
  const parsed = caseDocumentSchema.safeParse(doc);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const NOWHERE = '00000000-0000-4000-8000-00000000dead';

describe('the reference case (Lenovo v. Chang Cheng)', () => {
  it('parses, and parsing the canonical document changes nothing', () => {
    const doc = lenovo();
    const parsed = caseDocumentSchema.safeParse(doc);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toEqual(doc);
  });

  it('keeps what the case is about: three claims, the money and the month-precision dates', () => {
    const parsed = caseDocumentSchema.parse(lenovo());
    expect(parsed.claims.map((claim) => claim.kind)).toEqual(['EQUITY_REFUND', 'LIQUIDATED_DAMAGES', 'SPECIFIC_PERFORMANCE']);
    expect(at(parsed.claims).amount).toEqual({ qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' });
    expect(at(parsed.proceedings).filed).toBe('2020-06');
    expect(at(parsed.outcomes).certainty).toBe('UNCONFIRMED');
  });
});

describe('the seed documents', () => {
  it.each(seedFiles)('%s parses unchanged', (file) => {
    const doc = readSeed(file);
    const parsed = caseDocumentSchema.safeParse(doc);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toEqual(doc);
  });

  it('marks the fictional cases as fictional in the flag, the title and the summary', () => {
    const fictional = seedFiles.filter((file) => file.startsWith('fictional-'));
    expect(fictional.length).toBeGreaterThanOrEqual(3);
    for (const file of seedFiles) {
      const doc = readSeed(file);
      const isFictional = fictional.includes(file);
      expect({ file, fictional: doc.fictional }).toEqual({ file, fictional: isFictional });
      expect(doc.title.endsWith(' (fictional)')).toBe(isFictional);
      expect(doc.summary.startsWith('Fictional demo case:')).toBe(isFictional);
      if (isFictional) expect(doc.relatedCases).toEqual([]);
    }
  });

  it('uses no id twice across seed files, except parties and sources, which cases may share', () => {
    const shareable = new Set<string>();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const visit = (value: unknown, file: string) => {
      if (Array.isArray(value)) value.forEach((item) => visit(item, file));
      else if (value && typeof value === 'object') {
        const id = (value as { id?: unknown }).id;
        if (typeof id === 'string' && !shareable.has(id)) {
          if (owner.has(id) && owner.get(id) !== file) clashes.push(`${id} in ${owner.get(id)} and ${file}`);
          owner.set(id, file);
        }
        Object.values(value).forEach((item) => visit(item, file));
      }
    };
    const docs = seedFiles.map((file) => [file, readSeed(file)] as const);
    for (const [, doc] of docs) {
      doc.parties.forEach((party) => shareable.add(party.id));
      doc.sources.forEach((source) => shareable.add(source.id));
    }
    for (const [file, doc] of docs) visit(doc, file);
    expect(clashes).toEqual([]);
  });
});

describe('cross-references inside a document', () => {
  it('reports an id used twice, at the second use', () => {
    const doc = lenovo();
    const first = at(doc.events, 0);
    at(doc.events, 1).id = first.id;
    expect(issuesOf(doc)).toEqual([`events.1.id: Duplicate id ${first.id}.`]);
  });

  it('reports an id shared by two different kinds of row', () => {
    const doc = lenovo();
    const claimId = at(doc.claims).id;
    at(doc.notes).id = claimId;
    expect(issuesOf(doc)).toEqual([`notes.0.id: Duplicate id ${claimId}.`]);
  });

  it('reports a citation id copied onto a second fact', () => {
    const doc = lenovo();
    const citation = at(at(doc.claims, 0).citations);
    at(doc.claims, 1).citations = [{ ...citation }];
    expect(issuesOf(doc)).toEqual([`claims.1.citations.0.id: Duplicate id ${citation.id}.`]);
  });

  it('reports a citation to a source the case does not list', () => {
    const doc = lenovo();
    at(at(doc.claims, 2).citations).sourceId = NOWHERE;
    expect(issuesOf(doc)).toEqual(['claims.2.citations.0.sourceId: Cites a source that is not listed in this case.']);
  });

  it('reports a claim whose respondent is not a party of the case', () => {
    const doc = lenovo();
    at(doc.claims, 1).respondentIds = [at(doc.parties).id, NOWHERE];
    expect(issuesOf(doc)).toEqual(['claims.1.respondentIds.1: Not a party of this case.']);
  });

  it('reports references to claims and proceedings that do not exist', () => {
    const doc = lenovo();
    at(doc.evidence).claimIds = [NOWHERE];
    at(doc.outcomes).proceedingId = NOWHERE;
    expect(issuesOf(doc)).toEqual(['evidence.0.claimIds.0: Not a claim of this case.', 'outcomes.0.proceedingId: Not a proceeding of this case.']);
  });

  // Each of these lists becomes rows the database keys by value; twice the same value cannot be stored.
  it('reports the same claim awarded twice by one outcome', () => {
    const doc = lenovo();
    const claimId = at(doc.claims).id;
    const award = () => ({ id: crypto.randomUUID(), claimId, amount: { qualifier: 'UNKNOWN' as const, value: null, currency: null }, certainty: 'REPORTED' as const, certaintyNote: null, citations: [] });
    at(doc.outcomes).awards = [award(), award()];
    expect(issuesOf(doc)).toEqual(['outcomes.0.awards.1.claimId: This claim already has an award in this outcome.']);
  });

  it('reports the same claim listed twice on one piece of evidence', () => {
    const doc = lenovo();
    const evidence = at(doc.evidence);
    evidence.claimIds = [...evidence.claimIds, at(evidence.claimIds)];
    expect(issuesOf(doc)).toEqual([`evidence.0.claimIds.${evidence.claimIds.length - 1}: This claim is already listed.`]);
  });

  it('reports a party given the same role twice', () => {
    const doc = lenovo();
    const party = at(doc.parties);
    party.roles.push({ ...at(party.roles), id: NOWHERE, citations: [] });
    expect(issuesOf(doc)).toEqual([`parties.0.roles.${party.roles.length - 1}.role: This party already has this role.`]);
  });

  it('reports a tag or a related case listed twice', () => {
    const doc = lenovo();
    doc.tags = ['arbitration', 'non-compete', ' arbitration '];
    doc.relatedCases = [
      { caseId: NOWHERE, kind: 'RELATED', note: null },
      { caseId: NOWHERE, kind: 'PARALLEL', note: null },
    ];
    expect(issuesOf(doc)).toEqual(['tags.2: This tag is listed twice.', 'relatedCases.1.caseId: This case is already listed as related.']);
  });
});

describe('values', () => {
  it('refuses an unknown enum value, naming the field', () => {
    const doc = lenovo() as unknown as { status: string; claims: { kind: string }[] };
    doc.status = 'CLOSED';
    at(doc.claims).kind = 'CLAWBACK';
    const issues = caseDocumentSchema.safeParse(doc).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['status', 'invalid_value'],
      ['claims.0.kind', 'invalid_value'],
    ]);
    expect(at(issues).message).toContain('"DECIDED"');
  });

  it('refuses a negative amount', () => {
    const doc = lenovo();
    at(doc.claims).amount = { qualifier: 'EXACT', value: '-5', currency: 'CNY' };
    expect(issuesOf(doc)).toEqual(['claims.0.amount.value: An amount cannot be negative.']);
  });

  it('refuses the currency "RMB" and points to CNY', () => {
    const doc = lenovo();
    at(at(doc.covenants).considerations).amount = { qualifier: 'MORE_THAN', value: '5000000.00', currency: 'RMB' };
    expect(issuesOf(doc)).toEqual(['covenants.0.considerations.0.amount.currency: RMB is not an ISO 4217 code: use CNY.']);
  });

  it('refuses an amount without a currency, and a value on an unknown amount', () => {
    const doc = lenovo();
    at(doc.claims, 0).amount = { qualifier: 'EXACT', value: '5000000', currency: null };
    at(doc.claims, 1).amount = { qualifier: 'UNKNOWN', value: '5000000', currency: 'CNY' };
    expect(issuesOf(doc)).toEqual(['claims.0.amount.currency: Choose a currency.', 'claims.1.amount.value: An amount that is unknown has no value or currency.']);
  });

  it('stores amounts and currencies as typed, normalised', () => {
    const doc = lenovo();
    at(doc.claims).amount = { qualifier: 'AT_LEAST', value: '5,000,000', currency: ' cny ' };
    expect(at(caseDocumentSchema.parse(doc).claims).amount).toEqual({ qualifier: 'AT_LEAST', value: '5000000', currency: 'CNY' });
  });

  it('refuses a date that does not exist', () => {
    const doc = lenovo();
    at(doc.events).occurred = '2017-02-30';
    expect(issuesOf(doc)).toEqual(['events.0.occurred: 2017-02-30 is not a date: that month has no day 30.']);
  });

  it('refuses a schemaVersion it does not know', () => {
    const doc = { ...lenovo(), schemaVersion: 4 };
    expect(issuesOf(doc)).toEqual(['schemaVersion: Only schemaVersion 3 is understood.']);
  });

  it('refuses a 1 MB summary and accepts one at the limit', () => {
    expect(issuesOf({ ...lenovo(), summary: 'x'.repeat(1024 * 1024) })).toEqual([`summary: At most ${TEXT_MAX_LENGTH} characters.`]);
    expect(issuesOf({ ...lenovo(), summary: 'x'.repeat(TEXT_MAX_LENGTH) })).toEqual([]);
  });

  it('accepts HTML and script as plain text and returns it unchanged', () => {
    const script = '<script>alert("x")</script>';
    const markup = '<img src=x onerror="alert(1)"> & <b>bold</b> &amp; {{7*7}} ${7*7}';
    const doc = lenovo();
    doc.title = script;
    doc.summary = markup;
    at(doc.parties).name = script;
    at(at(at(doc.parties).roles).citations).excerpt = markup;
    at(doc.notes).body = markup;
    const parsed = caseDocumentSchema.parse(doc);
    expect(parsed.title).toBe(script);
    expect(parsed.summary).toBe(markup);
    expect(at(parsed.parties).name).toBe(script);
    expect(at(at(at(parsed.parties).roles).citations).excerpt).toBe(markup);
    expect(at(parsed.notes).body).toBe(markup);
  });

  it('refuses a source link that is not http or https', () => {
    const doc = lenovo();
    at(doc.sources).url = 'javascript:alert(1)';
    expect(issuesOf(doc)).toEqual(['sources.0.url: Must be a web address (http or https).']);
    at(doc.sources).url = 'https://example.com/report';
    expect(issuesOf(doc)).toEqual([]);
  });
});
