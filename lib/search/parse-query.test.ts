import { describe, expect, it } from 'vitest';
import { cjkQueryGrams, cjkRuns, latinText, parseSearchQuery, SEARCH_MAX_LENGTH, SEARCH_MAX_TERMS } from './parse-query';

const term = (text: string, extra: Partial<{ phrase: boolean; field: string | null }> = {}) => ({ text, phrase: false, field: null, ...extra });

describe('parseSearchQuery', () => {
  it('reads plain words as terms that must all match', () => {
    expect(parseSearchQuery('lenovo  arbitration')).toEqual({ groups: [[term('lenovo')], [term('arbitration')]], excluded: [], notices: [] });
  });

  it('reads "exact phrases", also with curly and CJK quotes', () => {
    expect(parseSearchQuery('"non-compete obligation"').groups).toEqual([[term('non-compete obligation', { phrase: true })]]);
    expect(parseSearchQuery('“equity refund”').groups).toEqual([[term('equity refund', { phrase: true })]]);
    expect(parseSearchQuery('「常程 联想」').groups).toEqual([[term('常程 联想', { phrase: true })]]);
  });

  it('joins the terms either side of OR into one group', () => {
    expect(parseSearchQuery('lenovo OR xiaomi arbitration').groups).toEqual([[term('lenovo'), term('xiaomi')], [term('arbitration')]]);
    expect(parseSearchQuery('a1 OR b2 OR c3').groups).toEqual([[term('a1'), term('b2'), term('c3')]]);
  });

  it('treats a lower-case or and a dangling OR as words or nothing', () => {
    expect(parseSearchQuery('OR lenovo OR').groups).toEqual([[term('lenovo')]]);
    expect(parseSearchQuery('"OR"').groups).toEqual([[term('OR')]]);
  });

  it('reads -word and -"phrase" as exclusions', () => {
    const parsed = parseSearchQuery('lenovo -xiaomi -"mi 10"');
    expect(parsed.groups).toEqual([[term('lenovo')]]);
    expect(parsed.excluded).toEqual([term('xiaomi'), term('mi 10', { phrase: true })]);
  });

  it('keeps hyphens inside words', () => {
    expect(parseSearchQuery('non-compete').groups).toEqual([[term('non-compete')]]);
  });

  it('reads the field prefixes, case-insensitively, with words and phrases', () => {
    expect(parseSearchQuery('party:常程 Forum:court case:6885 claim:"liquidated damages" source:reuters -party:xiaomi')).toEqual({
      groups: [[term('常程', { field: 'party' })], [term('court', { field: 'forum' })], [term('6885', { field: 'case' })], [term('liquidated damages', { field: 'claim', phrase: true })], [term('reuters', { field: 'source' })]],
      excluded: [term('xiaomi', { field: 'party' })],
      notices: [],
    });
  });

  it('reads the prefixes of the recording model: judge:, counsel:, seat:, law:', () => {
    expect(parseSearchQuery('judge:林博 Counsel:"harlow & finch" seat:"san jose" law:delaware').groups).toEqual([
      [term('林博', { field: 'judge' })],
      [term('harlow & finch', { field: 'counsel', phrase: true })],
      [term('san jose', { field: 'seat', phrase: true })],
      [term('delaware', { field: 'law' })],
    ]);
  });

  it('reads an unknown prefix as part of the word', () => {
    expect(parseSearchQuery('http://example.com').groups).toEqual([[term('http://example.com')]]);
  });

  it('ignores terms without letters or digits and says so', () => {
    for (const input of ['%', '_', "'", '\\', '-', '"', '--', '%%%']) {
      const parsed = parseSearchQuery(input);
      expect(parsed.groups, input).toEqual([]);
      expect(parsed.notices.length, input).toBe(1);
    }
  });

  it('keeps % and _ inside real words as text (the database matches them literally)', () => {
    expect(parseSearchQuery('50% a_b').groups).toEqual([[term('50%')], [term('a_b')]]);
  });

  it('refuses a search of exclusions only, saying why', () => {
    const parsed = parseSearchQuery('-xiaomi');
    expect(parsed.groups).toEqual([]);
    expect(parsed.excluded).toEqual([]);
    expect(parsed.notices[0]).toMatch(/excluded terms/);
  });

  it('normalises full-width letters and digits', () => {
    expect(parseSearchQuery('ｌｅｎｏｖｏ　２０２０').groups).toEqual([[term('lenovo')], [term('2020')]]);
  });

  it('cuts a 5,000-character search to its first characters and terms, saying so', () => {
    const parsed = parseSearchQuery('lenovo '.repeat(800));
    expect(parsed.groups.length).toBe(SEARCH_MAX_TERMS);
    expect(parsed.notices).toEqual([expect.stringContaining(`${SEARCH_MAX_LENGTH} characters`), expect.stringContaining(`${SEARCH_MAX_TERMS} search terms`)]);
    const long = parseSearchQuery('x'.repeat(5000));
    expect(long.groups).toEqual([[term('x'.repeat(SEARCH_MAX_LENGTH))]]);
  });

  it('never throws, whatever the input', () => {
    for (const input of ['"', '""', '"a', 'a"', '-"', 'party:', 'party: x', ':', 'OR', '-OR', '\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\\"%_\'']) {
      expect(() => parseSearchQuery(input)).not.toThrow();
    }
  });
});

describe('CJK helpers', () => {
  it('finds CJK runs and the Latin text around them', () => {
    expect(cjkRuns('Chang Cheng (常程) 联想集团')).toEqual(['常程', '联想集团']);
    expect(latinText('Chang Cheng (常程) 联想集团')).toBe('Chang Cheng ( )');
  });

  it('turns a run into the grams the database stores: one character, or adjacent pairs', () => {
    expect(cjkQueryGrams('常')).toEqual(['常']);
    expect(cjkQueryGrams('常程')).toEqual(['常程']);
    expect(cjkQueryGrams('联想集团')).toEqual(['联想', '想集', '集团']);
  });
});
