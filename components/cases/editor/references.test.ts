import { describe, expect, it } from 'vitest';
import { blank, blankCase, type Draft } from '@/lib/case-document/draft';
import { caseDocumentSchema } from '@/lib/case-document/schema';
import { acceptsNull, findReferences, idsWithin, removeReferences, repointReferences } from './references';

/** Two sources, two parties, a claim by the first party citing the first source, evidence on that claim. */
function sample() {
  const doc: Draft = blankCase();
  const [s1, s2] = [blank.source(), blank.source()];
  const [p1, p2] = [blank.party(), blank.party()];
  const claim = { ...blank.claim(), claimantIds: [p1.id], respondentIds: [p2.id], citations: [blank.citation(s1.id), blank.citation(s2.id)] };
  const evidence = { ...blank.evidence(), producedByPartyId: p1.id, claimIds: [claim.id], citations: [blank.citation(s1.id)] };
  const outcome = { ...blank.outcome(), awards: [blank.award(claim.id)] };
  p1.roles[0]!.citations = [blank.citation(s1.id)];
  Object.assign(doc, { sources: [s1, s2], parties: [p1, p2], claims: [claim], evidence: [evidence], outcomes: [outcome] });
  return { doc, s1, s2, p1, p2, claim };
}

describe('findReferences', () => {
  it('finds every property ending in Id and every list ending in Ids that names the ids', () => {
    const { doc, s1, p1, claim } = sample();
    expect(findReferences(doc, new Set([s1.id])).map((r) => r.path)).toEqual([
      ['parties', 0, 'roles', 0, 'citations', 0, 'sourceId'],
      ['claims', 0, 'citations', 0, 'sourceId'],
      ['evidence', 0, 'citations', 0, 'sourceId'],
    ]);
    expect(findReferences(doc, new Set([p1.id]), ['parties', 0]).map((r) => r.path)).toEqual([
      ['claims', 0, 'claimantIds', 0],
      ['evidence', 0, 'producedByPartyId'],
    ]);
    expect(findReferences(doc, idsWithin(doc.claims[0]), ['claims', 0])).toEqual([
      { path: ['evidence', 0, 'claimIds', 0], id: claim.id },
      { path: ['outcomes', 0, 'awards', 0, 'claimId'], id: claim.id },
    ]);
  });

  it('finds reference fields it was never told about, in lists and in objects', () => {
    const target = 'a0000000-0000-4000-8000-000000000001';
    const doc = { proceedings: [{ id: 'x', parties: [{ partyId: target }], bond: { postedById: target }, claimantIds: ['other', target] }] };
    expect(findReferences(doc, new Set([target])).map((r) => r.path)).toEqual([
      ['proceedings', 0, 'parties', 0, 'partyId'],
      ['proceedings', 0, 'bond', 'postedById'],
      ['proceedings', 0, 'claimantIds', 1],
    ]);
  });

  it('does not count a row referring to itself or its own ids', () => {
    const { doc, p1 } = sample();
    expect(findReferences(doc, new Set([p1.id]), ['parties', 0]).some((r) => r.path[0] === 'parties')).toBe(false);
    expect(findReferences(doc, new Set([doc.sources[0]!.id]), ['sources', 0]).length).toBe(3);
  });
});

describe('removeReferences', () => {
  const optional = (path: (string | number)[]) => acceptsNull(caseDocumentSchema, path);

  it('clears optional references, drops ids from lists and drops rows that cannot be without them', () => {
    const { doc, s1, p1, claim } = sample();
    const noSource = removeReferences(doc, findReferences(doc, new Set([s1.id])), optional);
    expect(noSource.claims[0]!.citations.map((c) => c.sourceId)).toEqual([doc.sources[1]!.id]);
    expect(noSource.evidence[0]!.citations).toEqual([]);
    expect(noSource.parties[0]!.roles[0]!.citations).toEqual([]);

    const noParty = removeReferences(doc, findReferences(doc, new Set([p1.id])), optional);
    expect([noParty.claims[0]!.claimantIds, noParty.claims[0]!.respondentIds, noParty.evidence[0]!.producedByPartyId]).toEqual([[], [doc.parties[1]!.id], null]);

    const noClaim = removeReferences(doc, findReferences(doc, new Set([claim.id]), ['claims', 0]), optional);
    expect([noClaim.evidence[0]!.claimIds, noClaim.outcomes[0]!.awards]).toEqual([[], []]);
    expect(doc.evidence[0]!.claimIds).toEqual([claim.id]); // the input is left as it was
  });
});

describe('repointReferences', () => {
  it('points every reference at the other row, and a list names it once', () => {
    const { doc, s1, s2 } = sample();
    const next = repointReferences(doc, findReferences(doc, new Set([s1.id])), s2.id);
    expect(findReferences(next, new Set([s1.id]))).toEqual([]);
    expect(next.claims[0]!.citations.map((c) => c.sourceId)).toEqual([s2.id, s2.id]);

    const other = blank.claim();
    const withTwo = { ...doc, claims: [...doc.claims, other], evidence: [{ ...doc.evidence[0]!, claimIds: [doc.claims[0]!.id, other.id] }] };
    const merged = repointReferences(withTwo, findReferences(withTwo, new Set([other.id]), ['claims', 1]), doc.claims[0]!.id);
    expect(merged.evidence[0]!.claimIds).toEqual([doc.claims[0]!.id]);
  });
});

describe('acceptsNull', () => {
  it('reads the schema through lists, nullable and transformed fields', () => {
    expect(acceptsNull(caseDocumentSchema, ['evidence', 0, 'producedByPartyId'])).toBe(true);
    expect(acceptsNull(caseDocumentSchema, ['evidence', 3, 'producedByPartyId'])).toBe(true);
    expect(acceptsNull(caseDocumentSchema, ['claims', 0, 'citations', 1, 'sourceId'])).toBe(false);
    expect(acceptsNull(caseDocumentSchema, ['outcomes', 0, 'awards', 0, 'claimId'])).toBe(false);
    expect(acceptsNull(caseDocumentSchema, ['sources', 0, 'publisher'])).toBe(true);
    expect(acceptsNull(caseDocumentSchema, ['claims', 0, 'noSuchField'])).toBe(false);
  });
});
