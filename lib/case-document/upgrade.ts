// Documents of an earlier schema version (old backups, history snapshots, files kept by users)
// are read by upgrading them to the current one first; the schema then checks the result.
// Pure and browser-safe, like the schema.

type Json = Record<string, unknown>;
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : []);

/**
 * An id made from others, the same on every read: importing one old backup twice finds its cases
 * unchanged. 128 bits from four FNV-1a hashes with a final mix, as a version-8 (custom) UUID; the
 * inputs are themselves unique ids, so a collision is as unlikely as between random ones.
 */
export function derivedId(...parts: string[]): string {
  const text = parts.join('\u0000');
  const words = [0x811c9dc5, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35].map((seed) => {
    let hash = seed;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    return ((hash ^ (hash >>> 16)) >>> 0).toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

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
        // Version 1 covered an award by its outcome's provenance; it gets a copy of it, under ids
        // derived from the ones it had (the migration 20261203060000 gave the stored awards random
        // ids: nothing refers to an award's id across versions).
        const key = [String(outcome.id), String(award.claimId)];
        return {
          id: derivedId('award', ...key),
          certainty: outcome.certainty,
          certaintyNote: outcome.certaintyNote ?? null,
          citations: objects(outcome.citations).map((citation) => ({ ...citation, id: derivedId('award citation', ...key, String(citation.id)) })),
          ...award,
        };
      }),
    })),
  };
}

/** Version 2 → 3 (issue #17): a source may name the snapshot of the text it was read from. */
function fromVersion2(doc: Json): Json {
  return { ...doc, schemaVersion: 3, sources: objects(doc.sources).map((source) => ({ snapshotSha256: null, ...source })) };
}

/** `value` at the current schema version when it is an older case document; anything else unchanged. */
export function upgradeCaseDocument(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let doc = value as Json;
  if (doc.schemaVersion === 1) doc = fromVersion1(doc);
  if (doc.schemaVersion === 2) doc = fromVersion2(doc);
  return doc;
}
