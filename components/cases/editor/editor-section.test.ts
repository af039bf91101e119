import { describe, expect, it } from 'vitest';
import { blank, blankCase } from '@/lib/case-document/draft';
import { sectionCounts } from './editor-section';

describe('sectionCounts', () => {
  const doc = { ...blankCase(), claims: [blank.claim(), blank.claim(), blank.claim()], events: [blank.event()] };

  it('counts the rows of the section and the fields with errors under its keys', () => {
    const errors = { 'claims.0.amount.value': ['Enter an amount.'], 'claims.2.title': ['Give the claim a title.', 'x'], 'claimsExtra.0': ['?'], 'events.0.occurred': ['?'] };
    expect(sectionCounts('claims', doc, errors)).toBe('3 · 2 errors');
    expect(sectionCounts('timeline', doc, errors)).toBe('1 · 1 error');
    expect(sectionCounts('sources', doc, errors)).toBe('0');
  });

  it('counts no rows for the basics, and takes an unknown section by its id', () => {
    expect(sectionCounts('basics', doc, { 'jurisdiction.country': ['Choose a country.'], title: ['A case needs a title.'] })).toBe('2 errors');
    expect(sectionCounts('basics', doc, {})).toBe('');
    expect(sectionCounts('bonds', { bonds: [] }, { 'bonds.0.amount': ['?'] })).toBe('1 error');
  });
});
