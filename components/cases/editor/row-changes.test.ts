import { describe, expect, it } from 'vitest';
import { copyWithNewIds, insertedOrigins, moveItem, movedOrigins, remapErrors, removedOrigins } from './row-changes';

describe('copyWithNewIds', () => {
  it('gives every nested id a new value and keeps references', () => {
    let n = 0;
    const claim = { id: 'c1', claimantId: 'p1', amount: { value: '5' }, citations: [{ id: 'k1', sourceId: 's1' }], claimIds: ['c0'] };
    const copy = copyWithNewIds(claim, () => `new-${++n}`);
    expect(copy).toEqual({ id: 'new-1', claimantId: 'p1', amount: { value: '5' }, citations: [{ id: 'new-2', sourceId: 's1' }], claimIds: ['c0'] });
    expect(copy.citations).not.toBe(claim.citations);
    expect(claim.citations[0]!.id).toBe('k1');
  });

  it('makes UUIDs by default', () => {
    expect(copyWithNewIds({ id: 'x' }).id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('moving rows', () => {
  it('moves one item and says where each came from', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(movedOrigins(3, 2, 0)).toEqual([2, 0, 1]);
    expect(insertedOrigins(3, 1)).toEqual([0, null, 1, 2]);
    expect(removedOrigins(3, 1)).toEqual([0, 2]);
  });
});

describe('remapErrors', () => {
  const errors = { 'claims.0.title': ['A'], 'claims.2.amount.value': ['B'], 'claims.1.id': ['C'], claims: ['D'], 'claimsX.0': ['E'], 'evidence.0.claimIds.0': ['F'] };

  it('keeps errors on the rows they belong to', () => {
    expect(remapErrors(errors, ['claims'], movedOrigins(3, 2, 0))).toEqual({
      'claims.1.title': ['A'],
      'claims.0.amount.value': ['B'],
      'claims.2.id': ['C'],
      claims: ['D'],
      'claimsX.0': ['E'],
      'evidence.0.claimIds.0': ['F'],
    });
  });

  it("drops a removed row's errors and shifts the rest", () => {
    expect(remapErrors(errors, ['claims'], removedOrigins(3, 1))).toEqual({ 'claims.0.title': ['A'], 'claims.1.amount.value': ['B'], claims: ['D'], 'claimsX.0': ['E'], 'evidence.0.claimIds.0': ['F'] });
    expect(remapErrors({ 'parties.0.roles.1.role': ['R'] }, ['parties', 0, 'roles'], insertedOrigins(2, 0))).toEqual({ 'parties.0.roles.2.role': ['R'] });
  });
});
