import { describe, expect, it } from 'vitest';
import { blank, blankCase } from '../case-document/draft';
import { caseDocumentSchema } from '../case-document/schema';
import { applySuggestions, locatorOf, matchExisting, withNamedParties } from './apply';
import { extractSuggestions } from './extract';
import { loadFixtures } from './fixtures';

const reference = loadFixtures()[0]!;
const extraction = extractSuggestions(reference.text, { published: '2021-01-29', language: 'en' });

function draftWithSource() {
  const draft = blankCase();
  const source = { ...blank.source(), title: 'Zhongxin Finance report', language: 'en', published: '2021-01-29' };
  draft.title = 'Lenovo v. Chang Cheng';
  draft.jurisdiction = { country: 'CN', subdivision: null };
  draft.sources.push(source);
  return { draft, source };
}

describe('applySuggestions', () => {
  it('adds every accepted fact cited to the source with the exact sentence and its position, and the case still validates', () => {
    const { draft, source } = draftWithSource();
    const next = applySuggestions(draft, extraction.suggestions, source, extraction.sentences);
    expect(draft.parties).toEqual([]);
    expect(next.parties.map((p) => p.name)).toEqual(['Xiaomi', 'Chang Cheng', 'Lenovo Group']);
    expect(next.claims).toHaveLength(3);
    const citations = [...next.parties.flatMap((p) => p.roles), ...next.proceedings, ...next.covenants, ...next.claims, ...next.evidence, ...next.events, ...next.outcomes].flatMap((row) => row.citations);
    expect(citations).toHaveLength(extraction.suggestions.length);
    for (const citation of citations) {
      expect(citation.sourceId).toBe(source.id);
      const match = /^sentence (\d+), chars (\d+)–(\d+)$/.exec(citation.locator!);
      expect(match, citation.locator!).not.toBeNull();
      expect(reference.text.slice(Number(match![2]), Number(match![3]))).toBe(citation.excerpt);
      expect(extraction.sentences[Number(match![1]) - 1]!.text).toBe(citation.excerpt);
    }
    const parsed = caseDocumentSchema.safeParse(next);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('resolves claimants and respondents to the accepted parties, or to existing ones of the same name', () => {
    const { draft, source } = draftWithSource();
    const lenovo = { ...blank.party(), name: 'Lenovo Group', aliases: ['Lenovo'] };
    draft.parties.push(lenovo);
    const accepted = extraction.suggestions.filter((s) => s.group === 'claims' || (s.group === 'parties' && s.fact.name === 'Chang Cheng'));
    const next = applySuggestions(draft, accepted, source, extraction.sentences);
    const chang = next.parties.find((p) => p.name === 'Chang Cheng')!;
    expect(next.parties).toHaveLength(2);
    for (const claim of next.claims) {
      expect(claim.claimantIds).toEqual([lenovo.id]);
      expect(claim.respondentIds).toEqual([chang.id]);
    }
    const equity = next.claims.find((c) => c.kind === 'EQUITY_REFUND')!;
    expect(equity.amount).toEqual({ qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' });
  });

  it('a claim accepted on its own brings the parties it names, unless the draft already has them', () => {
    const { draft, source } = draftWithSource();
    const equity = extraction.suggestions.filter((s) => s.group === 'claims' && s.fact.kind === 'EQUITY_REFUND');
    const next = applySuggestions(draft, withNamedParties(draft, equity, extraction.suggestions), source, extraction.sentences);
    const named = (name: string) => next.parties.find((p) => p.name === name)!.id;
    expect(next.parties.map((p) => p.name).sort()).toEqual(['Chang Cheng', 'Lenovo Group']);
    expect(next.claims[0]!.claimantIds).toEqual([named('Lenovo Group')]);
    expect(next.claims[0]!.respondentIds).toEqual([named('Chang Cheng')]);
    // Once the parties are there, nothing more is brought along.
    const liquidated = extraction.suggestions.filter((s) => s.group === 'claims' && s.fact.kind === 'LIQUIDATED_DAMAGES');
    expect(withNamedParties(next, liquidated, extraction.suggestions)).toEqual(liquidated);
  });

  it('never duplicates a row the draft has, even when applied twice', () => {
    const { draft, source } = draftWithSource();
    const once = applySuggestions(draft, extraction.suggestions, source, extraction.sentences);
    const twice = applySuggestions(once, extraction.suggestions, source, extraction.sentences);
    expect(twice).toEqual(once);
  });

  it('refuses a source the case does not list', () => {
    const { draft } = draftWithSource();
    expect(() => applySuggestions(draft, extraction.suggestions, { id: 'not-there' }, extraction.sentences)).toThrow(/Add the source/);
  });

  it('writes the locator as "sentence N, chars A–B"', () => {
    expect(locatorOf({ index: 11, start: 1234, end: 1302, text: '' })).toBe('sentence 12, chars 1234–1302');
  });
});

describe('matchExisting', () => {
  it('labels the suggestions the case already records and only those', () => {
    const { draft } = draftWithSource();
    draft.parties.push({ ...blank.party(), name: 'Lenovo Group', aliases: ['Lenovo'] });
    draft.events.push({ ...blank.event(), kind: 'AGREEMENT_SIGNED', occurred: '2017-07-24', description: 'Restrictive agreement signed' });
    const matches = matchExisting(draft, extraction.suggestions);
    const labelled = extraction.suggestions.filter((s) => matches.has(s.id)).map((s) => matches.get(s.id));
    expect(labelled).toEqual(['Party · Lenovo Group', 'Event · 2017-07-24 · Restrictive agreement signed']);
  });
});
