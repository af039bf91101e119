import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDocumentSchema } from './schema';
import { derivedId } from './upgrade';

// A case document written by the first schema version (the Shenlan seed case before issue #15).
const VERSION_1 = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/shenlan-schema-v1.json'), 'utf8'));

describe('derivedId', () => {
  it('is a UUID the schema accepts, the same for the same parts and different for others', () => {
    const id = derivedId('award', 'a', 'b');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId('award', 'a', 'b')).toBe(id);
    const many = new Set(Array.from({ length: 10_000 }, (_, i) => derivedId('award', String(i), 'b')));
    expect(many.size).toBe(10_000);
    expect(many.has(derivedId('award', 'ab', ''))).toBe(false);
  });
});

describe('a schema-version-1 case document', () => {
  const upgraded = caseDocumentSchema.parse(VERSION_1);

  it('reads as the current version', () => {
    expect(VERSION_1.schemaVersion).toBe(1);
    expect(upgraded.schemaVersion).toBe(3);
  });

  it("makes a claim's claimant and respondent the first of its sides", () => {
    for (const [index, claim] of upgraded.claims.entries()) {
      expect(claim.claimantIds).toEqual([VERSION_1.claims[index].claimantId]);
      expect(claim.respondentIds).toEqual([VERSION_1.claims[index].respondentId]);
      expect(claim).not.toHaveProperty('claimantId');
    }
  });

  it("gives each award its outcome's certainty and a copy of its citations, with fresh ids", () => {
    const award = upgraded.outcomes[0]!.awards[0]!;
    const outcome = VERSION_1.outcomes[0];
    expect(award.certainty).toBe(outcome.certainty);
    expect(award.citations.map((c) => [c.sourceId, c.excerpt])).toEqual(outcome.citations.map((c: { sourceId: string; excerpt: string }) => [c.sourceId, c.excerpt]));
    const ids = new Set(upgraded.outcomes.flatMap((o) => [...o.citations, ...o.awards.flatMap((a) => [a, ...a.citations])]).map((row) => row.id));
    expect(ids.size).toBe(upgraded.outcomes.reduce((n, o) => n + o.citations.length + o.awards.reduce((m, a) => m + 1 + a.citations.length, 0), 0));
  });

  it('makes the same ids on every read, so importing one old backup twice finds it unchanged', () => {
    expect(caseDocumentSchema.parse(VERSION_1)).toEqual(upgraded);
  });

  it('keeps every fact it had and leaves the new fields empty', () => {
    expect(upgraded.title).toBe(VERSION_1.title);
    expect(upgraded.outcomes[0]!.awards.map((a) => a.amount.value)).toEqual(['150000.00', '16000.00', null]);
    expect(upgraded.proceedings.every((p) => p.adjudicators.length === 0 && p.parties.length === 0 && p.forum.seat === null)).toBe(true);
    expect(upgraded.outcomes.every((o) => o.bond === null && o.settlementEquity === null && o.termsImposed.length === 0)).toBe(true);
  });
});

describe('a schema-version-2 case document', () => {
  // The Lenovo seed case as version 2 wrote it: its sources had no snapshot field.
  const lenovo = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed-data/lenovo-v-chang-cheng.json'), 'utf8'));
  const version2 = { ...lenovo, schemaVersion: 2, sources: lenovo.sources.map((source: Record<string, unknown>) => Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'snapshotSha256'))) };

  it('reads as the current version, its sources naming no snapshot, everything else as it was', () => {
    expect(version2.sources[0]).not.toHaveProperty('snapshotSha256');
    const upgraded = caseDocumentSchema.parse(version2);
    expect(upgraded.schemaVersion).toBe(3);
    expect(upgraded.sources.map((s) => s.snapshotSha256)).toEqual(version2.sources.map(() => null));
    expect(upgraded).toEqual(caseDocumentSchema.parse(lenovo));
  });
});
