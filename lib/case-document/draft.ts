// Blank rows for the case editor. Ids are made in the browser so citations, claims and evidence
// can point at each other before the first save.
import { CASE_SCHEMA_VERSION, type CaseDocumentInput } from './schema';

export type Draft = CaseDocumentInput;
type Of<K extends keyof Draft> = Draft[K] extends (infer T)[] ? T : never;

export const newId = () => crypto.randomUUID();

const fact = () => ({ certainty: 'REPORTED' as const, certaintyNote: null, citations: [] });
const unknownMoney = () => ({ qualifier: 'UNKNOWN' as const, value: null, currency: null });

export function blankCase(): Draft {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: newId(),
    version: 1,
    title: '',
    summary: '',
    jurisdiction: { country: '', subdivision: null },
    status: 'OPEN',
    fictional: false,
    archivedAt: null,
    tags: [],
    relatedCases: [],
    sources: [],
    parties: [],
    proceedings: [],
    covenants: [],
    claims: [],
    evidence: [],
    events: [],
    outcomes: [],
    notes: [],
  };
}

export const blank = {
  source: (): Of<'sources'> => ({ id: newId(), title: '', publisher: null, author: null, url: null, published: null, publishedQualifier: null, language: null, languageNote: null }),
  party: (): Of<'parties'> => ({ id: newId(), name: '', originalName: null, aliases: [], kind: 'ORGANIZATION', description: null, roles: [blank.role()] }),
  role: (): Of<'parties'>['roles'][number] => ({ id: newId(), role: 'CLAIMANT', description: null, ...fact() }),
  proceeding: (): Of<'proceedings'> => ({
    id: newId(),
    stage: 'FIRST_INSTANCE',
    forum: { kind: 'COURT', name: null, level: null },
    caseNumber: null,
    filed: null,
    filedQualifier: null,
    decided: null,
    decidedQualifier: null,
    ...fact(),
  }),
  covenant: (): Of<'covenants'> => ({
    id: newId(),
    title: null,
    signed: null,
    signedQualifier: null,
    durationMonths: null,
    geographicScope: null,
    restrictedActivities: null,
    nonSolicitationScope: null,
    liquidatedDamagesClause: null,
    signatureDisputed: false,
    validityDisputed: false,
    terms: [],
    considerations: [],
    ...fact(),
  }),
  term: (): Of<'covenants'>['terms'][number] => ({ id: newId(), kind: 'DURATION', description: '', finding: 'NOT_DECIDED', ...fact() }),
  consideration: (): Of<'covenants'>['considerations'][number] => ({ id: newId(), description: '', amount: unknownMoney(), paymentNote: null, ...fact() }),
  claim: (): Of<'claims'> => ({
    id: newId(),
    proceedingId: null,
    kind: 'DAMAGES',
    title: '',
    claimantId: null,
    respondentId: null,
    amount: unknownMoney(),
    amountNote: null,
    status: 'PENDING',
    ...fact(),
  }),
  evidence: (): Of<'evidence'> => ({
    id: newId(),
    proceedingId: null,
    kind: 'OTHER',
    description: '',
    producedByPartyId: null,
    producedBy: null,
    produced: null,
    producedQualifier: null,
    finding: null,
    treatment: null,
    claimIds: [],
    ...fact(),
  }),
  event: (): Of<'events'> => ({ id: newId(), kind: 'OTHER', occurred: '', occurredQualifier: null, description: '', ...fact() }),
  outcome: (): Of<'outcomes'> => ({
    id: newId(),
    proceedingId: null,
    kind: 'PENDING',
    decided: null,
    decidedQualifier: null,
    summary: '',
    settlement: { qualifier: 'NOT_MONETARY', value: null, currency: null },
    settlementConfidential: false,
    awards: [],
    ...fact(),
  }),
  award: (claimId: string): Of<'outcomes'>['awards'][number] => ({ claimId, amount: unknownMoney() }),
  citation: (sourceId: string) => ({ id: newId(), sourceId, excerpt: null, locator: null, attribution: null }),
  note: (): Of<'notes'> => ({ id: newId(), body: '', author: null, createdAt: new Date().toISOString() }),
};
