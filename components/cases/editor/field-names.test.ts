import { describe, expect, it } from 'vitest';
import { describeFieldPath } from './field-names';

describe('describeFieldPath', () => {
  it('names rows as the form does and fields in words, never as a dotted path', () => {
    expect(describeFieldPath('covenants.0.durationMonths'.split('.'))).toBe('Covenant 1 — Duration months');
    expect(describeFieldPath('claims.1.amount.value'.split('.'))).toBe('Claim 2 — Amount — Value');
    expect(describeFieldPath('evidence.2.citations.0.sourceId'.split('.'))).toBe('Evidence 3 — Citation 1 — Source');
    expect(describeFieldPath('evidence.0.claimIds.1'.split('.'))).toBe('Evidence 1 — Claims');
    expect(describeFieldPath('evidence.0.producedByPartyId'.split('.'))).toBe('Evidence 1 — Produced by party');
    expect(describeFieldPath('covenants.0.considerations.1.amount.currency'.split('.'))).toBe('Covenant 1 — Consideration item 2 — Amount — Currency');
    expect(describeFieldPath('proceedings.0.bonds.1.postedById'.split('.'))).toBe('Proceeding 1 — Bond 2 — Posted by');
  });

  it('names the case itself when the path is empty', () => {
    expect(describeFieldPath([])).toBe('The case');
    expect(describeFieldPath([''])).toBe('The case');
  });
});
