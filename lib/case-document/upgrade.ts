// Documents of an earlier schema version (old backups, history snapshots, files kept by users)
// are read by upgrading them to the current one first; the schema then checks the result.
// Pure and browser-safe, like the schema.

type Json = Record<string, unknown>;
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : []);

/** Version 1 → 2 (issue #15): claims have sides of several parties, awards carry their own provenance. */
function fromVersion1(doc: Json): Json {
  const ids = (value: unknown) => (typeof value === 'string' ? [value] : []);
  return {
    ...doc,
    schemaVersion: 2,
    parties: objects(doc.parties).map((party) => ({ originalNameCertainty: null, legalRepresentative: null, ...party })),
    proceedings: objects(doc.proceedings).map((proceeding) => ({
      title: null,
      otherCaseNumbers: [],
      reportedCitations: [],
      adjudicators: [],
      parties: [],
      ...proceeding,
      forum: typeof proceeding.forum === 'object' && proceeding.forum !== null ? { seat: null, ...proceeding.forum } : proceeding.forum,
    })),
    covenants: objects(doc.covenants).map((covenant) => ({
      governingLaw: null,
      forumSelectionClause: null,
      ends: null,
      endsQualifier: null,
      endsAssertedById: null,
      ...covenant,
      considerations: objects(covenant.considerations).map((item) => ({ shares: null, ...item })),
    })),
    claims: objects(doc.claims).map(({ claimantId, respondentId, ...claim }) => ({
      description: null,
      items: null,
      claimantIds: ids(claimantId),
      respondentIds: ids(respondentId),
      ...claim,
    })),
    evidence: objects(doc.evidence).map((item) => ({ amounts: [], ...item })),
    outcomes: objects(doc.outcomes).map((outcome) => ({
      settlementEquity: null,
      bond: null,
      termsImposed: [],
      ...outcome,
      awards: objects(outcome.awards).map((award) => {
        // Version 1 covered an award by its outcome's provenance; it gets a copy of it. New ids, as
        // the migration 20261203060000 gave the stored awards: nothing refers to them across versions.
        return {
          id: crypto.randomUUID(),
          certainty: outcome.certainty,
          certaintyNote: outcome.certaintyNote ?? null,
          citations: objects(outcome.citations).map((citation) => ({ ...citation, id: crypto.randomUUID() })),
          ...award,
        };
      }),
    })),
  };
}

/** `value` at the current schema version when it is an older case document; anything else unchanged. */
export function upgradeCaseDocument(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const doc = value as Json;
  return doc.schemaVersion === 1 ? fromVersion1(doc) : doc;
}
