import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSuggestions } from './extract';
import { loadFixtures } from './fixtures';
import { contains, score } from './score';

const fixtures = loadFixtures();

describe('fixtures', () => {
  it('include the reference article and at least five fictional cases in English, Chinese and both', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(fixtures[0]!.expected.fictional).toBe(false);
    expect(fixtures.slice(1).every((f) => f.expected.fictional && /fictional|虚构/i.test(f.text.slice(0, 80)))).toBe(true);
    expect(new Set(fixtures.map((f) => f.name.split('.').at(-1)))).toEqual(new Set(['en', 'zh', 'mixed']));
    const seedArticle = readFileSync(path.join(process.cwd(), 'prisma/seed-data/lenovo-v-chang-cheng.article.txt'), 'utf8');
    expect(fixtures[0]!.text, 'fixture 1 is a copy of the seed article').toBe(seedArticle);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: finds at least 80% of the expected facts, with at most one suggestion in ten wrong`, () => {
      const extraction = extractSuggestions(fixture.text, { published: fixture.expected.published, language: fixture.expected.language });
      const result = score(extraction, fixture.expected.facts);
      const matched = fixture.expected.facts.length - result.missed.length;
      expect(matched / fixture.expected.facts.length, JSON.stringify(result.missed)).toBeGreaterThanOrEqual(0.8);
      expect(matched / extraction.suggestions.length, result.unexpected.map((u) => u.summary).join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('the reference article yields every fact the issue names, each cited to its sentence', () => {
    const { text, expected } = fixtures[0]!;
    const extraction = extractSuggestions(text, { published: expected.published, language: expected.language });
    const sentenceOf = (group: string, fact: object) => {
      const hit = extraction.suggestions.find((s) => s.group === group && contains(s.fact, fact));
      return hit && extraction.sentences[hit.sentenceIndex]!.text;
    };
    expect(sentenceOf('parties', { name: 'Lenovo Group' })).toContain('Lenovo took the lead');
    expect(sentenceOf('parties', { name: 'Chang Cheng', kind: 'PERSON' })).toContain('Chang Cheng');
    expect(sentenceOf('parties', { name: 'Xiaomi' })).toContain('joined Xiaomi');
    expect(sentenceOf('proceedings', { forum: { kind: 'ARBITRATION' }, filed: { value: '2020-06' } })).toContain('initiating arbitration');
    expect(sentenceOf('covenants', { signed: { value: '2017-07-24' } })).toContain('July 24, 2017');
    expect(sentenceOf('claims', { kind: 'EQUITY_REFUND', amount: { qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' } })).toContain('return the equity incentive amount');
    expect(sentenceOf('claims', { kind: 'LIQUIDATED_DAMAGES' })).toContain('liquidated damages');
    expect(sentenceOf('claims', { kind: 'SPECIFIC_PERFORMANCE' })).toContain('continue to perform');
    expect(sentenceOf('evidence', { kind: 'SIGNATURE_APPRAISAL' })).toContain('appraisal agency');
    expect(sentenceOf('events', { occurred: { value: '2020-09' } })).toContain('In September 2020');
    expect(sentenceOf('events', { occurred: { value: '2020-09-17' } })).toContain('On September 17');
    for (const s of extraction.suggestions) {
      const sentence = extraction.sentences[s.sentenceIndex]!;
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const span of s.spans) expect(span.start >= sentence.start && span.end <= sentence.end, s.summary).toBe(true);
    }
  });

  it('the same text gives the same suggestion ids', () => {
    const { text, expected } = fixtures[2]!;
    const ids = () => extractSuggestions(text, { published: expected.published, language: null }).suggestions.map((s) => s.id);
    expect(ids()).toEqual(ids());
    expect(new Set(ids()).size).toBe(ids().length);
  });
});
