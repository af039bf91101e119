import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDocumentSchema, type CaseDocument } from '../case-document/schema';
import { CLAIM_STATUS_LABELS } from '../labels';
import { describeChanges, describeFieldPath } from './describe-changes';

const SEED = path.join(__dirname, '..', '..', 'prisma', 'seed-data', 'lenovo-v-chang-cheng.json');
const SEED_DOC = caseDocumentSchema.parse(JSON.parse(fs.readFileSync(SEED, 'utf8')));

/** A fresh, parsed copy of the reference case. */
const lenovo = (): CaseDocument => structuredClone(SEED_DOC);

/** The sentences describing what changed from `before` once `change` is applied to a copy of it. */
function textsAfter(change: (doc: CaseDocument) => void, before: CaseDocument = lenovo()): string[] {
  const after = structuredClone(before);
  change(after);
  return describeChanges(before, after).map((c) => c.text);
}

function first<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('no row');
  return row;
}

const CLAIM_ID = 'c1000000-0000-4000-8000-000000000002';
const claimOf = (doc: CaseDocument) => doc.claims.find((c) => c.id === CLAIM_ID)!;
const SOURCE_ID = '50000000-0000-4000-8000-000000000001';
const NEW_ID = '0f000000-0000-4000-8000-0000000000aa';
const citation = (excerpt: string | null, locator: string | null = null) => ({ id: NEW_ID, sourceId: SOURCE_ID, excerpt, locator, attribution: null });

describe('describeChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeChanges(lenovo(), lenovo())).toEqual([]);
  });

  it('says a case was created when there is no earlier version', () => {
    expect(describeChanges(null, lenovo())).toEqual([{ path: '', text: 'Case created', before: null, after: 'Lenovo Group v. Chang Cheng' }]);
  });

  it('describes an amount in words, as on the History tab', () => {
    const before = lenovo();
    claimOf(before).title = 'Liquidated damages';
    const changes = describeChanges(
      before,
      (() => {
        const after = structuredClone(before);
        claimOf(after).amount = { qualifier: 'MORE_THAN', value: '1000000', currency: 'CNY' };
        return after;
      })(),
    );
    expect(changes).toEqual([
      {
        path: `claims.${CLAIM_ID}.amount`,
        before: 'unknown',
        after: 'more than 1,000,000 CNY',
        text: "Claim 'Liquidated damages': amount changed from unknown to more than 1,000,000 CNY",
      },
    ]);
  });

  describe('case fields', () => {
    it('title, status, fictional, tags and jurisdiction', () => {
      expect(textsAfter((d) => (d.title = 'Lenovo v. Chang'))).toEqual(['Title changed from Lenovo Group v. Chang Cheng to Lenovo v. Chang']);
      expect(textsAfter((d) => (d.status = 'SETTLED'))).toEqual(['Status changed from Unknown to Settled']);
      expect(textsAfter((d) => (d.fictional = true))).toEqual(['Fictional changed from no to yes']);
      expect(textsAfter((d) => (d.tags = []))).toEqual(["Tags cleared (was 'arbitration, equity clawback, non-compete, signature dispute')"]);
      expect(textsAfter((d) => (d.tags = [...d.tags, 'xiaomi']))).toEqual([
        'Tags changed from arbitration, equity clawback, non-compete, signature dispute to arbitration, equity clawback, non-compete, signature dispute, xiaomi',
      ]);
      const [jurisdiction] = textsAfter((d) => (d.jurisdiction = { country: 'CN', subdivision: 'CN-BJ' }));
      expect(jurisdiction).toMatch(/^Jurisdiction changed from .*\(CN\) to .*\(CN-BJ\)$/);
    });

    it('a long summary changed by one word shows that word with a few words around it, not a prefix', () => {
      const [text] = textsAfter((d) => (d.summary = d.summary!.replace('who had joined Xiaomi', 'who had joined Huawei')));
      expect(text).toBe("Summary changed from '…who had joined Xiaomi in January 2020,…' to '…who had joined Huawei in January 2020,…'");
      const [atEnd] = textsAfter((d) => (d.summary = `${d.summary} Lenovo did not comment.`));
      expect(atEnd).toMatch(/^Summary changed from '….{1,80}' to '….{1,80} Lenovo did not comment\.'$/);
    });

    it('a long value replaced entirely is shown whole up to 160 characters', () => {
      const [text] = textsAfter((d) => (d.summary = 'x'.repeat(200)));
      expect(text).toMatch(/^Summary changed from 'In June 2020 Lenovo Group .{133}…' to 'x{159}…'$/);
    });

    it('a summary set and cleared', () => {
      const empty = lenovo();
      empty.summary = '';
      expect(textsAfter((d) => (d.summary = 'Short.'), empty)).toEqual(["Summary set to 'Short.'"]);
      expect(textsAfter((d) => (d.summary = ''), textsAfterDoc((d) => (d.summary = 'Short.')))).toEqual(["Summary cleared (was 'Short.')"]);
    });

    it('archiving', () => {
      expect(textsAfter((d) => (d.archivedAt = '2024-01-01T00:00:00.000Z'))).toEqual(['Archived changed from no to yes']);
    });
  });

  describe('collections: additions and removals', () => {
    it('a claim added and a claim removed', () => {
      expect(
        textsAfter((d) => {
          d.claims.push({ ...structuredClone(claimOf(d)), id: NEW_ID, title: 'Disgorgement of salary' });
        }),
      ).toEqual(["Claim 'Disgorgement of salary' added"]);
      expect(textsAfter((d) => (d.claims = d.claims.filter((c) => c.id !== CLAIM_ID)))).toEqual([
        "Claim 'Pay liquidated damages for breach of the non-compete obligation' removed",
      ]);
    });

    it('each collection names its rows', () => {
      const doc = lenovo();
      const party = first(doc.parties);
      const proceeding = first(doc.proceedings);
      const covenant = first(doc.covenants);
      const removedAll = textsAfter((d) => {
        d.sources = [];
        d.parties = [];
        d.proceedings = [];
        d.covenants = [];
        d.claims = [];
        d.evidence = [];
        d.events = [];
        d.outcomes = [];
        d.notes = [];
      }, doc);
      expect(removedAll).toContain(`Source '${first(doc.sources).title}' removed`);
      expect(removedAll).toContain(`Party '${party.name}' removed`);
      expect(removedAll).toContain(`Role '${party.name} as claimant' removed`);
      expect(removedAll).toContain(`Proceeding 'Arbitration${proceeding.caseNumber ? ` ${proceeding.caseNumber}` : ''}' removed`);
      expect(removedAll).toContain(`Covenant '${covenant.title ?? 'untitled agreement'}' removed`);
      expect(removedAll.filter((t) => t.startsWith('Covenant term '))).toHaveLength(covenant.terms.length);
      for (const item of covenant.considerations) expect(removedAll).toContain(`Consideration '${item.description}' removed`);
      for (const claim of doc.claims) expect(removedAll).toContain(`Claim '${claim.title}' removed`);
      for (const item of doc.evidence) expect(removedAll).toContain(`Evidence '${item.description}' removed`);
      for (const event of doc.events) expect(removedAll).toContain(`Event '${event.description}' removed`);
      for (const note of doc.notes) expect(removedAll).toContain(`Note '${note.body.slice(0, 40)}' removed`);
      expect(removedAll.filter((t) => t.startsWith('Outcome '))).toHaveLength(doc.outcomes.length);
      // Removed everything: nothing is reported as changed field by field.
      expect(removedAll.every((t) => t.endsWith(' removed'))).toBe(true);

      // And the other way round: everything added.
      const empty = structuredClone(doc);
      for (const key of ['sources', 'parties', 'proceedings', 'covenants', 'claims', 'evidence', 'events', 'outcomes', 'notes'] as const) empty[key] = [];
      const added = describeChanges(empty, doc).map((c) => c.text);
      expect(added).toHaveLength(removedAll.length);
      expect(added.every((t) => t.endsWith(' added'))).toBe(true);
      expect(added).toContain(`Party '${party.name}' added`);
    });
  });

  describe('collections: fields', () => {
    it('sources', () => {
      expect(textsAfter((d) => (first(d.sources).url = 'https://example.com/report'))).toEqual([
        `Source '${first(lenovo().sources).title}': URL set to 'https://example.com/report'`,
      ]);
      expect(textsAfter((d) => (first(d.sources).published = '2021-02'))).toEqual([`Source '${first(lenovo().sources).title}': published changed from 2021-01-29 to 2021-02`]);
    });

    it('parties and their roles', () => {
      expect(textsAfter((d) => (first(d.parties).kind = 'PERSON'))).toEqual(["Party 'Lenovo Group': kind changed from Organization to Person"]);
      expect(textsAfter((d) => (first(d.parties).aliases = ['Lenovo']))).toEqual(["Party 'Lenovo Group': other names changed from Lenovo, 联想 to Lenovo"]);
      expect(textsAfter((d) => (first(first(d.parties).roles).certainty = 'DISPUTED'))).toEqual(["Role 'Lenovo Group as claimant': certainty changed from Confirmed to Disputed"]);
    });

    it('proceedings', () => {
      // Rows are named as they are now.
      expect(
        textsAfter((d) => {
          first(d.proceedings).caseNumber = '(2020) A-1';
          first(d.proceedings).decided = '2020-12';
          first(d.proceedings).forum.name = 'Beijing Arbitration Commission';
        }),
      ).toEqual([
        "Proceeding 'Arbitration (2020) A-1': forum changed from Arbitration (institution not known) to Arbitration (institution not known), Beijing Arbitration Commission",
        "Proceeding 'Arbitration (2020) A-1': case number set to '(2020) A-1'",
        "Proceeding 'Arbitration (2020) A-1': decided set to '2020-12'",
      ]);
      expect(textsAfter((d) => (first(d.proceedings).filed = null))).toEqual(["Proceeding 'Arbitration': filed cleared (was '2020-06')"]);
    });

    it('covenants, their terms and considerations', () => {
      const doc = lenovo();
      const covenant = first(doc.covenants);
      expect(textsAfter((d) => (first(d.covenants).durationMonths = 36), doc)).toEqual([
        covenant.durationMonths === null
          ? `Covenant '${covenant.title ?? 'untitled agreement'}': duration (months) set to '36'`
          : `Covenant '${covenant.title ?? 'untitled agreement'}': duration (months) changed from ${covenant.durationMonths} to 36`,
      ]);
      expect(textsAfter((d) => (first(d.covenants).signatureDisputed = !covenant.signatureDisputed), doc)).toEqual([
        `Covenant '${covenant.title ?? 'untitled agreement'}': signature disputed changed from ${covenant.signatureDisputed ? 'yes to no' : 'no to yes'}`,
      ]);
      if (covenant.terms.length) {
        const [text] = textsAfter((d) => (first(first(d.covenants).terms).finding = first(covenant.terms).finding === 'ENFORCED' ? 'STRUCK_DOWN' : 'ENFORCED'), doc);
        expect(text).toMatch(/^Covenant term '.+': finding changed from .+ to .+$/);
      }
      if (covenant.considerations.length) {
        const item = first(covenant.considerations);
        expect(textsAfter((d) => (first(first(d.covenants).considerations).amount = { qualifier: 'EXACT', value: '1234.5', currency: 'USD' }), doc)).toEqual([
          `Consideration '${item.description}': amount changed from more than 5,000,000 CNY to 1,234.50 USD`,
        ]);
      }
    });

    it('claims: status and certainty note', () => {
      const title = claimOf(lenovo()).title;
      expect(textsAfter((d) => (claimOf(d).status = 'PARTLY_GRANTED'))).toEqual([`Claim '${title}': status changed from Outcome unknown to ${CLAIM_STATUS_LABELS.PARTLY_GRANTED}`]);
      expect(textsAfter((d) => (claimOf(d).certaintyNote = 'Only Lenovo says so'))).toEqual([
        claimOf(lenovo()).certaintyNote === null
          ? `Claim '${title}': certainty note set to 'Only Lenovo says so'`
          : `Claim '${title}': certainty note changed from ${claimOf(lenovo()).certaintyNote} to Only Lenovo says so`,
      ]);
    });

    it('citations: added, changed, and all removed (uncited)', () => {
      const base = lenovo();
      claimOf(base).citations = [];
      const title = claimOf(base).title;
      expect(textsAfter((d) => (claimOf(d).citations = [citation('more than 5 million yuan')]), base)).toEqual([
        `Claim '${title}': citations changed from uncited to 50000000 · more than 5 million yuan`,
      ]);
      const cited = structuredClone(base);
      claimOf(cited).citations = [citation('more than 5 million yuan')];
      expect(textsAfter((d) => (claimOf(d).citations = [citation('more than 5 million yuan', 'para. 3')]), cited)).toEqual([
        `Claim '${title}': citations changed from 50000000 · more than 5 million yuan to 50000000 · more than 5 million yuan · para. 3`,
      ]);
      expect(textsAfter((d) => (claimOf(d).citations = []), cited)).toEqual([`Claim '${title}': citations changed from 50000000 · more than 5 million yuan to uncited`]);
    });

    it('evidence, events, outcomes and notes', () => {
      const doc = lenovo();
      const evidence = first(doc.evidence);
      expect(textsAfter((d) => (first(d.evidence).finding = 'Accepted by the tribunal'), doc)).toEqual([
        evidence.finding === null
          ? `Evidence '${evidence.description}': finding set to 'Accepted by the tribunal'`
          : `Evidence '${evidence.description}': finding changed from ${evidence.finding} to Accepted by the tribunal`,
      ]);
      const event = first(doc.events);
      expect(textsAfter((d) => (first(d.events).occurred = '1999'), doc)).toEqual([
        `Event '${event.description}': date changed from ${event.occurredQualifier ? `${event.occurred} (${event.occurredQualifier})` : event.occurred} to ${event.occurredQualifier ? `1999 (${event.occurredQualifier})` : '1999'}`,
      ]);
      expect(textsAfter((d) => (first(d.outcomes).settlementConfidential = true), doc)).toEqual([
        expect.stringMatching(/^Outcome '.+': settlement (changed from .+ to confidential|set to 'confidential')$/),
      ]);
      const note = first(doc.notes);
      expect(textsAfter((d) => (first(d.notes).body = 'Rewritten'), doc)).toEqual([
        `Note 'Rewritten': text changed from '${note.body.length > 160 ? `${note.body.slice(0, 159)}…` : note.body}' to 'Rewritten'`,
      ]);
    });

    it('several changes at once are each described, case fields first', () => {
      const texts = textsAfter((d) => {
        d.title = 'Renamed';
        claimOf(d).certainty = 'DENIED';
        first(d.events).certainty = 'ALLEGED';
      });
      expect(texts).toHaveLength(3);
      expect(texts[0]).toBe('Title changed from Lenovo Group v. Chang Cheng to Renamed');
      expect(texts).toContain(`Claim '${claimOf(lenovo()).title}': certainty changed from ${labelOfCertainty(claimOf(lenovo()).certainty)} to Denied`);
    });
  });
});

function textsAfterDoc(change: (doc: CaseDocument) => void): CaseDocument {
  const doc = lenovo();
  change(doc);
  return doc;
}

function labelOfCertainty(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase();
}

describe('describeFieldPath()', () => {
  const doc = lenovo();
  it('names a field of the case, of a row, or of a row inside a row, as the History tab does', () => {
    expect(describeFieldPath(doc, ['title'])).toBe('Title');
    expect(describeFieldPath(doc, ['claims', 1, 'amount', 'value'])).toBe("Claim 'Pay liquidated damages for breach of the non-compete obligation': amount");
    // A citation is no row the History tab names: the claim citing it is.
    expect(describeFieldPath(doc, ['claims', 0, 'citations', 0, 'excerpt'])).toBe("Claim 'Return the non-compete equity incentive consideration': citations");
    expect(describeFieldPath(doc, ['claims', 2])).toBe("Claim 'Continue to perform the non-compete obligation'");
  });

  it('names a part of a case field by that field, and gives a path it cannot name as it is', () => {
    expect(describeFieldPath(doc, ['jurisdiction', 'country'])).toBe('Jurisdiction');
    expect(describeFieldPath(doc, ['relatedCases', 0, 'note'])).toBe('Related cases');
    expect(describeFieldPath(doc, ['claims', 99, 'amount'])).toBe('claims.99.amount');
  });
});

describe('the fields of schema version 2, in words, parties by name', () => {
  const EVERY_FIELD = path.join(__dirname, '..', 'testing', 'fixtures', 'every-field.json');
  const everyField = (): CaseDocument => caseDocumentSchema.parse(JSON.parse(fs.readFileSync(EVERY_FIELD, 'utf8')));
  const changed = (change: (doc: CaseDocument) => void) => textsAfter(change, everyField());
  const [brightwater, okafor, lumen] = everyField().parties.map((p) => p.id) as [string, string, string];
  const state = (d: CaseDocument) => d.proceedings[0]!;
  const claim = (d: CaseDocument, title: string) => d.claims.find((c) => c.title === title)!;

  it('judges or arbitrators added, removed and changed, named with their proceeding', () => {
    const withoutJudge = everyField();
    const judge = state(withoutJudge).adjudicators.pop()!;
    expect(textsAfter((d) => state(d).adjudicators.push(judge), withoutJudge)).toEqual(["Proceeding 'First instance 21CV123456': judge 'Maria Delgado' added"]);
    expect(changed((d) => (state(d).adjudicators = []))).toEqual(["Proceeding 'First instance 21CV123456': judge 'Maria Delgado' removed"]);
    expect(changed((d) => (state(d).adjudicators[0]!.role = 'SOLE'))).toEqual(["Proceeding 'First instance 21CV123456': judge 'Maria Delgado': role changed from Presiding to Sole"]);
  });

  it('claim sides by the parties’ names, not their ids', () => {
    expect(changed((d) => (claim(d, 'Preliminary injunction').respondentIds = [okafor, lumen]))).toEqual([
      "Claim 'Preliminary injunction': respondents changed from Chidi Okafor (奥卡福) to Chidi Okafor (奥卡福), Lumen Systems LLC",
    ]);
    expect(changed((d) => (claim(d, 'Preliminary injunction').claimantIds = [brightwater, lumen]))).toEqual([
      "Claim 'Preliminary injunction': claimants changed from Brightwater Analytics Inc. to Brightwater Analytics Inc., Lumen Systems LLC",
    ]);
  });

  it('a bond posted by another party, an end date asserted by another, a role in a proceeding given to another: names', () => {
    expect(changed((d) => (d.outcomes[0]!.bond!.postedById = lumen))).toEqual([
      "Outcome 'Injunction': bond changed from 250,000 USD, posted by Brightwater Analytics Inc. on 2021-03-05 to 250,000 USD, posted by Lumen Systems LLC on 2021-03-05",
    ]);
    expect(changed((d) => (d.covenants[0]!.endsAssertedById = okafor))).toEqual([
      "Covenant 'Employee Proprietary Information and Non-Competition Agreement': end date asserted by changed from Brightwater Analytics Inc. to Chidi Okafor (奥卡福)",
    ]);
    expect(changed((d) => (state(d).parties[1]!.role = 'RESPONDENT'))).toEqual([
      "Proceeding 'First instance 21CV123456': party 'Chidi Okafor (奥卡福)': role changed from Defendant to Respondent",
    ]);
  });

  it('renaming a party is one change, not one more for every claim, bond and proceeding that names it', () => {
    expect(changed((d) => (d.parties[0]!.name = 'Brightwater Inc.'))).toEqual(["Party 'Brightwater Inc.': name changed from Brightwater Analytics Inc. to Brightwater Inc."]);
  });

  it('counsel, awards and imposed terms, each with its own provenance', () => {
    expect(changed((d) => (state(d).parties[0]!.counsel[0]!.lawyer = 'Sam Finch'))).toEqual([
      "Proceeding 'First instance 21CV123456': counsel 'Sam Finch, Harlow & Finch LLP' for Brightwater Analytics Inc.: lawyer changed from Jordan Harlow to Sam Finch",
    ]);
    expect(changed((d) => (d.outcomes[1]!.awards[0]!.certainty = 'CONFIRMED'))).toEqual([
      "Outcome 'Settlement': award on claim 'Misappropriation of trade secrets': certainty changed from Reported to Confirmed",
    ]);
    expect(changed((d) => (d.outcomes[1]!.awards[0]!.amount = { qualifier: 'EXACT', value: '3000000.50', currency: 'USD' }))).toEqual([
      "Outcome 'Settlement': award on claim 'Misappropriation of trade secrets': amount changed from about 3,000,000 USD to 3,000,000.50 USD",
    ]);
    expect(changed((d) => (d.outcomes[0]!.termsImposed[0]!.due = '2021-05-01'))).toEqual([
      "Outcome 'Injunction': imposed term 'Okafor may start at Lumen on a non-competing team': due changed from 2021-04-01 to 2021-05-01",
    ]);
  });

  it('proceedings, parties, covenants, claims, evidence and outcomes: the other new fields', () => {
    expect(
      changed((d) => {
        state(d).title = 'Brightwater v. Okafor';
        state(d).forum.seat = 'Santa Clara';
        state(d).otherCaseNumbers.push('21CV-9');
        state(d).reportedCitations = [];
      }),
    ).toEqual([
      "Proceeding 'First instance 21CV123456': title set to 'Brightwater v. Okafor'",
      "Proceeding 'First instance 21CV123456': seat changed from San Jose to Santa Clara",
      "Proceeding 'First instance 21CV123456': other case numbers changed from 21-CV-123456 to 21-CV-123456, 21CV-9",
      "Proceeding 'First instance 21CV123456': reported citations cleared (was '2021 Cal. Super. LEXIS 4321')",
    ]);
    expect(
      changed((d) => {
        d.parties[1]!.originalNameCertainty = 'CONFIRMED';
        d.parties[0]!.legalRepresentative = null;
      }),
    ).toEqual([
      "Party 'Brightwater Analytics Inc.': legal representative cleared (was 'Dana Whitfield (chief executive)')",
      "Party 'Chidi Okafor': original name certainty changed from Unconfirmed to Confirmed",
    ]);
    expect(
      changed((d) => {
        d.covenants[0]!.governingLaw = 'California law';
        d.covenants[0]!.considerations[0]!.shares!.quantity = '24000';
      }),
    ).toEqual([
      "Covenant 'Employee Proprietary Information and Non-Competition Agreement': governing law changed from Delaware law to California law",
      "Consideration 'Restricted stock grant': shares changed from 12,000 shares of Class B common stock (24,000 after the 2-for-1 split of 2019) to 24,000 shares of Class B common stock (24,000 after the 2-for-1 split of 2019)",
    ]);
    expect(changed((d) => (claim(d, 'Misappropriation of trade secrets').items!.tried = 7))).toEqual([
      "Claim 'Misappropriation of trade secrets': items changed from 40 trade secrets asserted, 6 tried to 40 trade secrets asserted, 7 tried",
    ]);
    expect(changed((d) => d.evidence[0]!.amounts.pop())).toEqual([
      "Evidence 'Lumen's offer letter to Okafor': amounts changed from Base salary: 310,000 USD; Signing bonus: about 50,000 USD to Base salary: 310,000 USD",
    ]);
    expect(changed((d) => (d.outcomes[1]!.settlementEquity!.shares = '200000'))).toEqual([
      "Outcome 'Settlement': settlement in equity changed from Lumen Systems preferred units: 150,000 shares, valued at about 1,800,000,000 USD to Lumen Systems preferred units: 200,000 shares, valued at about 1,800,000,000 USD",
    ]);
  });

  it('names a field of a judge, of counsel or of an award by where it is', () => {
    const doc = everyField();
    expect(describeFieldPath(doc, ['proceedings', 1, 'adjudicators', 0, 'name'])).toBe(
      "Proceeding 'First instance 5:21-cv-00987-XYZ': judge 'Robert Lin': name",
    );
    expect(describeFieldPath(doc, ['proceedings', 0, 'parties', 2, 'counsel', 0, 'firm'])).toBe("Proceeding 'First instance 21CV123456': counsel 'Oakridge Legal' for Lumen Systems LLC: firm");
    expect(describeFieldPath(doc, ['outcomes', 1, 'awards', 0, 'amount', 'value'])).toBe("Outcome 'Settlement': award on claim 'Misappropriation of trade secrets': amount");
  });
});
