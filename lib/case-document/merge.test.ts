// Merging an editor's changes into a case someone saved meanwhile: both sides' changes survive,
// rows are matched by id, and only a field both changed differently is a conflict.
import { describe, expect, it } from 'vitest';
import { describeConflict, mergeDocuments } from './merge';

const claim = (id: string, value: string, kind = 'LIQUIDATED_DAMAGES') => ({ id, kind, amount: { qualifier: 'EXACT', value, currency: 'CNY' } });
const base = {
  version: 3,
  title: 'Lenovo Group v. Chang Cheng',
  summary: 'A 2020 arbitration.',
  tags: ['non-compete', 'equity'],
  claims: [claim('a', '5000000'), claim('b', '100000')],
};
const copy = () => structuredClone(base);

describe('mergeDocuments()', () => {
  it('keeps what each side changed in different fields and different rows', () => {
    const theirs = { ...copy(), version: 4, title: 'Lenovo Group Ltd. v. Chang Cheng' };
    theirs.claims[0]!.amount.value = '5000001';
    const mine = copy();
    mine.summary = 'A 2020 arbitration in Beijing.';
    mine.claims[1]!.amount.value = '200000';

    const { merged, conflicts } = mergeDocuments(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      version: 4,
      title: 'Lenovo Group Ltd. v. Chang Cheng',
      summary: 'A 2020 arbitration in Beijing.',
      tags: ['non-compete', 'equity'],
      claims: [claim('a', '5000001'), claim('b', '200000')],
    });
  });

  it('keeps rows either side added, drops rows either side deleted, and merges tags as sets', () => {
    const theirs = copy();
    theirs.claims.push(claim('t', '1'));
    theirs.tags = ['non-compete', 'equity', 'arbitration'];
    const mine = copy();
    mine.claims = [claim('b', '100000'), claim('m', '2')]; // deleted a, added m
    mine.tags = ['equity', 'signature'];

    const { merged, conflicts } = mergeDocuments(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(merged.claims.map((c) => c.id)).toEqual(['b', 't', 'm']);
    expect(merged.tags).toEqual(['equity', 'arbitration', 'signature']);
  });

  it('keeps the editor’s value where both changed a field differently, and says what theirs was', () => {
    const theirs = copy();
    theirs.claims[0]!.amount.value = '6000000';
    theirs.title = 'Same change';
    const mine = copy();
    mine.claims[0]!.amount.value = '5500000';
    mine.title = 'Same change';

    const { merged, conflicts } = mergeDocuments(base, theirs, mine);
    expect(merged.claims[0]!.amount.value).toBe('5500000');
    expect(merged.title).toBe('Same change');
    expect(conflicts).toEqual([{ path: ['claims', 0, 'amount', 'value'], theirs: '6000000', mine: '5500000' }]);
    expect(describeConflict(conflicts[0]!)).toBe('Changed meanwhile to “6000000”; yours is kept.');
  });

  it('keeps a row one side deleted while the other changed it, as a conflict at its place in the result', () => {
    const theirs = copy();
    theirs.claims = [theirs.claims[1]!]; // deleted a
    const mine = copy();
    mine.claims[0]!.amount.value = '1';
    const { merged, conflicts } = mergeDocuments(base, theirs, mine);
    expect(merged.claims.map((c) => [c.id, c.amount.value])).toEqual([['b', '100000'], ['a', '1']]);
    expect(conflicts.map((c) => [c.path, describeConflict(c)])).toEqual([[['claims', 1], 'Deleted meanwhile; your changed version is kept.']]);

    const { merged: back, conflicts: reverse } = mergeDocuments(base, mine, theirs);
    expect(back.claims.map((c) => c.id)).toEqual(['a', 'b']);
    expect(reverse.map(describeConflict)).toEqual(['Changed meanwhile, and you deleted it; their version is kept.']);
  });

  it('matches awards by their claim and related cases by their case, as rows without ids of their own', () => {
    const award = (claimId: string, value: string) => ({ claimId, amount: { qualifier: 'EXACT', value, currency: 'CNY' } });
    const start = { awards: [award('a', '1')], relatedCases: [{ caseId: 'x', kind: 'RELATED', note: null as string | null }] };
    const theirs = { awards: [award('a', '2')], relatedCases: [{ caseId: 'x', kind: 'RELATED', note: 'same parties' }] };
    const mine = { awards: [award('a', '1'), award('b', '5')], relatedCases: [{ caseId: 'x', kind: 'APPEAL_OF', note: null }] };
    expect(mergeDocuments(start, theirs, mine)).toEqual({
      merged: { awards: [award('a', '2'), award('b', '5')], relatedCases: [{ caseId: 'x', kind: 'APPEAL_OF', note: 'same parties' }] },
      conflicts: [],
    });
  });

  it('takes theirs wholesale when the editor changed nothing', () => {
    const theirs = { ...copy(), version: 9, summary: 'New.' };
    expect(mergeDocuments(base, theirs, copy())).toEqual({ merged: theirs, conflicts: [] });
  });
});
