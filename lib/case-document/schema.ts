// The canonical JSON form of a case (docs/case-json.md): what the API serves, the seed and
// fixtures are written in, exports carry and imports read. One schema, used both ways.
import { z } from 'zod';
import * as Enums from '../generated/prisma/enums';
import { parsePartialDate } from '../dates';
import { checkSubdivision, isCountryCode } from '../jurisdictions';
import { isAmountless, MONEY_QUALIFIERS, parseAmount, parseCurrency, type Money } from '../money';
import { NO_NUL, NUL_MESSAGE } from '../validations/text';
import { upgradeCaseDocument } from './upgrade';

export const CASE_SCHEMA_VERSION = 3;

export const TITLE_MAX_LENGTH = 500;
export const TEXT_MAX_LENGTH = 20_000;
export const SHORT_TEXT_MAX_LENGTH = 1_000;
export const ROWS_MAX = 500;

const id = z.uuid({ message: 'Must be a UUID.' });
const shortText = z.string().trim().max(SHORT_TEXT_MAX_LENGTH, `At most ${SHORT_TEXT_MAX_LENGTH} characters.`).regex(NO_NUL, NUL_MESSAGE);
const optionalShortText = shortText.nullable().transform((value) => (value ? value : null));
const longText = z.string().trim().max(TEXT_MAX_LENGTH, `At most ${TEXT_MAX_LENGTH} characters.`).regex(NO_NUL, NUL_MESSAGE);
const optionalLongText = longText.nullable().transform((value) => (value ? value : null));
const rows = <T extends z.ZodType>(item: T) => z.array(item).max(ROWS_MAX, `At most ${ROWS_MAX} rows.`);

/**
 * An instant with its offset ("2026-11-25T10:00:00.000Z"), in the years 1 to 9999 (UTC): PostgreSQL
 * has no year 0 and toISOString writes a later year in a form this schema does not read back.
 */
export const timestampSchema = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 1 && year <= 9999;
}, 'The year must be between 0001 and 9999.');

/** "2020-06-15", "2020-06" or "2020"; null when unknown. */
export const partialDateString = z.string().trim().superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
});

export const moneySchema = z
  .object({
    qualifier: z.enum(MONEY_QUALIFIERS),
    value: z.string().nullable(),
    currency: z.string().nullable(),
  })
  .superRefine((money, ctx) => {
    if (isAmountless(money.qualifier)) {
      if (money.value !== null || money.currency !== null) {
        ctx.addIssue({ code: 'custom', message: `An amount that is ${money.qualifier.toLowerCase().replace('_', ' ')} has no value or currency.`, path: ['value'] });
      }
      return;
    }
    const amount = money.value === null ? null : parseAmount(money.value);
    if (!amount || !amount.ok) {
      ctx.addIssue({ code: 'custom', message: amount?.message ?? 'Enter an amount.', path: ['value'] });
    }
    const currency = money.currency === null ? null : parseCurrency(money.currency);
    if (!currency || !currency.ok) {
      ctx.addIssue({ code: 'custom', message: currency?.message ?? 'Choose a currency.', path: ['currency'] });
    }
  })
  .transform((money): Money => {
    if (isAmountless(money.qualifier)) return { qualifier: money.qualifier, value: null, currency: null };
    const amount = parseAmount(money.value!);
    return {
      qualifier: money.qualifier,
      value: amount.ok ? amount.value : money.value,
      currency: money.currency!.trim().toUpperCase(),
    };
  });
export type MoneyInput = z.input<typeof moneySchema>;

/** A number of shares: a non-negative decimal with at most 4 places ("1200000", "0.5"). */
const shareQuantity = z
  .string()
  .trim()
  .regex(/^\d{1,20}(\.\d{1,4})?$/, 'Write a number of shares, e.g. 120000 (at most 4 decimal places).')
  .transform((value) => value.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
const optionalCount = z.number().int('A whole number.').min(0, 'Not below 0.').max(1_000_000).nullable();

export const citationSchema = z.object({
  id,
  sourceId: id,
  excerpt: optionalLongText,
  locator: optionalShortText,
  attribution: optionalShortText,
});

/** Every fact carries a certainty and cites its sources. */
const fact = {
  certainty: z.enum(Enums.Certainty),
  certaintyNote: optionalShortText,
  citations: rows(citationSchema),
};

/** A SHA-256 in lowercase hex: how a source's snapshot is named. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in lowercase hexadecimal (64 characters).');

export const sourceSchema = z.object({
  id,
  title: shortText.min(1, 'A source needs a title.'),
  publisher: optionalShortText,
  author: optionalShortText,
  url: z.url({ message: 'Must be a web address (http or https).', protocol: /^https?$/ }).nullable(),
  published: partialDateString.nullable(),
  publishedQualifier: optionalShortText,
  language: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'A language tag such as "en" or "zh-Hans".')
    .nullable(),
  languageNote: optionalShortText,
  /** The SHA-256 of the text the source was read from (its snapshot), when one was kept. */
  snapshotSha256: sha256Schema.nullable(),
});

export const adjudicatorSchema = z.object({
  id,
  name: shortText.min(1, 'Give the name of the judge or arbitrator.'),
  originalName: optionalShortText,
  role: z.enum(Enums.AdjudicatorRole),
  ...fact,
});

export const counselSchema = z
  .object({
    id,
    firm: optionalShortText,
    lawyer: optionalShortText,
    ...fact,
  })
  .refine((counsel) => counsel.firm !== null || counsel.lawyer !== null, { message: 'Name the firm, the lawyer or both.', path: ['firm'] });

/** A party's role in one proceeding (plaintiff in one, defendant in another), with its counsel there. */
export const proceedingPartySchema = z.object({
  id,
  partyId: id,
  role: z.enum(Enums.ProceedingRole),
  counsel: rows(counselSchema),
  ...fact,
});

export const partyRoleSchema = z.object({
  id,
  role: z.enum(Enums.PartyRoleKind),
  description: optionalShortText,
  ...fact,
});

export const partySchema = z.object({
  id,
  name: shortText.min(1, 'A party needs a name.'),
  originalName: optionalShortText,
  /** How sure the original-script name is; null when there is none or it was not assessed. */
  originalNameCertainty: z.enum(Enums.Certainty).nullable(),
  aliases: rows(shortText.min(1)),
  kind: z.enum(Enums.PartyKind),
  description: optionalLongText,
  /** A company's legal representative (法定代表人). */
  legalRepresentative: optionalShortText,
  roles: rows(partyRoleSchema).min(1, 'Give the party at least one role in this dispute.'),
});

export const proceedingSchema = z.object({
  id,
  title: optionalShortText,
  stage: z.enum(Enums.ProceedingStage),
  forum: z.object({
    kind: z.enum(Enums.ForumKind),
    name: optionalShortText,
    level: optionalShortText,
    seat: optionalShortText,
  }),
  caseNumber: optionalShortText,
  otherCaseNumbers: rows(shortText.min(1)),
  reportedCitations: rows(shortText.min(1)),
  adjudicators: rows(adjudicatorSchema),
  parties: rows(proceedingPartySchema),
  filed: partialDateString.nullable(),
  filedQualifier: optionalShortText,
  decided: partialDateString.nullable(),
  decidedQualifier: optionalShortText,
  ...fact,
});

export const covenantTermSchema = z.object({
  id,
  kind: z.enum(Enums.CovenantTermKind),
  description: shortText.min(1, 'Describe the term.'),
  finding: z.enum(Enums.TermFinding),
  ...fact,
});

export const considerationSchema = z.object({
  id,
  description: shortText.min(1, 'Describe the consideration.'),
  amount: moneySchema,
  /** Consideration as shares, besides or instead of money. */
  shares: z
    .object({ quantity: shareQuantity, shareClass: optionalShortText, adjustment: optionalShortText })
    .nullable(),
  paymentNote: optionalShortText,
  ...fact,
});

export const covenantSchema = z.object({
  id,
  title: optionalShortText,
  signed: partialDateString.nullable(),
  signedQualifier: optionalShortText,
  durationMonths: z.number().int().min(0).max(1200).nullable(),
  geographicScope: optionalLongText,
  restrictedActivities: optionalLongText,
  nonSolicitationScope: optionalLongText,
  liquidatedDamagesClause: optionalLongText,
  governingLaw: optionalShortText,
  forumSelectionClause: optionalLongText,
  /** The end date as a party asserts it (endsAssertedById). */
  ends: partialDateString.nullable(),
  endsQualifier: optionalShortText,
  endsAssertedById: id.nullable(),
  signatureDisputed: z.boolean(),
  validityDisputed: z.boolean(),
  terms: rows(covenantTermSchema),
  considerations: rows(considerationSchema),
  ...fact,
});

export const claimSchema = z.object({
  id,
  proceedingId: id.nullable(),
  kind: z.enum(Enums.ClaimKind),
  title: shortText.min(1, 'Give the claim a title.'),
  description: optionalLongText,
  claimantIds: rows(id),
  respondentIds: rows(id),
  /** How many items the claim covers where that matters ("40 trade secrets asserted, 6 tried"). */
  items: z.object({ noun: shortText.min(1, 'What is counted, e.g. "trade secrets".'), asserted: optionalCount, tried: optionalCount }).nullable(),
  amount: moneySchema,
  amountNote: optionalShortText,
  status: z.enum(Enums.ClaimStatus),
  ...fact,
});

export const evidenceSchema = z.object({
  id,
  proceedingId: id.nullable(),
  kind: z.enum(Enums.EvidenceKind),
  description: longText.min(1, 'Describe the evidence.'),
  producedByPartyId: id.nullable(),
  producedBy: optionalShortText,
  produced: partialDateString.nullable(),
  producedQualifier: optionalShortText,
  finding: optionalLongText,
  treatment: z.enum(Enums.EvidenceTreatment).nullable(),
  claimIds: rows(id),
  /** Amounts it mentions (an offer letter's salary and bonuses). */
  amounts: rows(z.object({ id, description: shortText.min(1, 'Say what the amount is.'), amount: moneySchema })),
  ...fact,
});

export const eventSchema = z.object({
  id,
  kind: z.enum(Enums.EventKind),
  occurred: partialDateString,
  occurredQualifier: optionalShortText,
  description: longText.min(1, 'Describe what happened.'),
  ...fact,
});

/** An award on a claim is a fact of its own: a reported figure may sit beside a confirmed claim. */
export const awardSchema = z.object({ id, claimId: id, amount: moneySchema, ...fact });

export const imposedTermSchema = z.object({
  id,
  description: shortText.min(1, 'Describe the term.'),
  due: partialDateString.nullable(),
  dueQualifier: optionalShortText,
  ...fact,
});

export const outcomeSchema = z.object({
  id,
  proceedingId: id.nullable(),
  kind: z.enum(Enums.OutcomeKind),
  decided: partialDateString.nullable(),
  decidedQualifier: optionalShortText,
  summary: longText,
  settlement: moneySchema,
  settlementConfidential: z.boolean(),
  /** A settlement in equity: shares and their valuation, besides money. */
  settlementEquity: z
    .object({ description: shortText.min(1, 'Describe the shares, e.g. "Class A common stock".'), shares: shareQuantity.nullable(), valuation: moneySchema })
    .nullable(),
  /** An injunction's bond. */
  bond: z
    .object({ amount: moneySchema, postedById: id.nullable(), posted: partialDateString.nullable(), postedQualifier: optionalShortText })
    .nullable(),
  awards: rows(awardSchema),
  termsImposed: rows(imposedTermSchema),
  ...fact,
});

export const noteSchema = z.object({
  id,
  body: longText.min(1, 'A note cannot be empty.'),
  author: z.email().nullable(),
  createdAt: timestampSchema,
});

export const relatedCaseSchema = z.object({
  caseId: id,
  kind: z.enum(Enums.CaseRelationKind),
  note: optionalShortText,
});

const caseDocumentObject = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION, { message: `Only schemaVersion ${CASE_SCHEMA_VERSION} is understood.` }),
  id,
  version: z.number().int().min(1),
  title: shortText.min(1, 'A case needs a title.').max(TITLE_MAX_LENGTH, `At most ${TITLE_MAX_LENGTH} characters.`),
  summary: longText,
  jurisdiction: z
    .object({
      country: z.string().refine(isCountryCode, 'Choose a country (an ISO 3166-1 code such as CN).'),
      subdivision: z.string().nullable().transform((value) => (value ? value : null)),
    })
    .superRefine((j, ctx) => {
      const problem = j.subdivision && checkSubdivision(j.country, j.subdivision);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['subdivision'] });
    }),
  status: z.enum(Enums.CaseStatus),
  fictional: z.boolean(),
  archivedAt: timestampSchema.nullable(),
  tags: rows(z.string().trim().min(1).max(100).regex(NO_NUL, NUL_MESSAGE)),
  relatedCases: rows(relatedCaseSchema),
  sources: rows(sourceSchema),
  parties: rows(partySchema),
  proceedings: rows(proceedingSchema),
  covenants: rows(covenantSchema),
  claims: rows(claimSchema),
  evidence: rows(evidenceSchema),
  events: rows(eventSchema),
  outcomes: rows(outcomeSchema),
  notes: rows(noteSchema),
});

const currentCaseDocumentSchema = caseDocumentObject.superRefine((doc, ctx) => checkReferences(doc, ctx));

/** A case document of this schema version or an earlier one (upgraded first: an old backup, an old snapshot). */
export const caseDocumentSchema = z.preprocess(upgradeCaseDocument, currentCaseDocumentSchema);

export type CaseDocument = z.output<typeof currentCaseDocumentSchema>;
export type CaseDocumentInput = z.input<typeof currentCaseDocumentSchema>;
export type Citation = z.output<typeof citationSchema>;

/** Cross-references inside one document: every id it points at must exist in it, and ids are unique. */
function checkReferences(doc: z.output<typeof caseDocumentObject>, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  const unique = (value: string, path: (string | number)[]) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `Duplicate id ${value}.`, path });
    seen.add(value);
  };
  const sourceIds = new Set(doc.sources.map((source) => source.id));
  const partyIds = new Set(doc.parties.map((party) => party.id));
  const proceedingIds = new Set(doc.proceedings.map((proceeding) => proceeding.id));
  const claimIds = new Set(doc.claims.map((claim) => claim.id));

  const checkCitations = (citations: Citation[], path: (string | number)[]) =>
    citations.forEach((citation, index) => {
      unique(citation.id, [...path, 'citations', index, 'id']);
      if (!sourceIds.has(citation.sourceId)) {
        ctx.addIssue({ code: 'custom', message: 'Cites a source that is not listed in this case.', path: [...path, 'citations', index, 'sourceId'] });
      }
    });
  const checkRef = (value: string | null, known: Set<string>, what: string, path: (string | number)[]) => {
    if (value !== null && !known.has(value)) ctx.addIssue({ code: 'custom', message: `Not a ${what} of this case.`, path });
  };
  // Lists the database keys by value (tags, roles, evidence claims, awards): a value listed twice cannot be stored.
  const distinct = (values: string[], message: string, path: (index: number) => (string | number)[]) => {
    const listed = new Set<string>();
    values.forEach((value, index) => {
      if (listed.has(value)) ctx.addIssue({ code: 'custom', message, path: path(index) });
      listed.add(value);
    });
  };

  distinct(doc.tags, 'This tag is listed twice.', (i) => ['tags', i]);
  distinct(doc.relatedCases.map((r) => r.caseId), 'This case is already listed as related.', (i) => ['relatedCases', i, 'caseId']);

  doc.sources.forEach((source, i) => unique(source.id, ['sources', i, 'id']));
  doc.parties.forEach((party, i) => {
    unique(party.id, ['parties', i, 'id']);
    distinct(party.roles.map((role) => role.role), 'This party already has this role.', (j) => ['parties', i, 'roles', j, 'role']);
    party.roles.forEach((role, j) => {
      unique(role.id, ['parties', i, 'roles', j, 'id']);
      checkCitations(role.citations, ['parties', i, 'roles', j]);
    });
  });
  doc.proceedings.forEach((proceeding, i) => {
    unique(proceeding.id, ['proceedings', i, 'id']);
    checkCitations(proceeding.citations, ['proceedings', i]);
    proceeding.adjudicators.forEach((adjudicator, j) => {
      unique(adjudicator.id, ['proceedings', i, 'adjudicators', j, 'id']);
      checkCitations(adjudicator.citations, ['proceedings', i, 'adjudicators', j]);
    });
    distinct(proceeding.parties.map((p) => `${p.partyId} ${p.role}`), 'This party already has this role in this proceeding.', (j) => ['proceedings', i, 'parties', j, 'role']);
    proceeding.parties.forEach((role, j) => {
      unique(role.id, ['proceedings', i, 'parties', j, 'id']);
      checkRef(role.partyId, partyIds, 'party', ['proceedings', i, 'parties', j, 'partyId']);
      checkCitations(role.citations, ['proceedings', i, 'parties', j]);
      role.counsel.forEach((counsel, k) => {
        unique(counsel.id, ['proceedings', i, 'parties', j, 'counsel', k, 'id']);
        checkCitations(counsel.citations, ['proceedings', i, 'parties', j, 'counsel', k]);
      });
    });
  });
  doc.covenants.forEach((covenant, i) => {
    unique(covenant.id, ['covenants', i, 'id']);
    checkRef(covenant.endsAssertedById, partyIds, 'party', ['covenants', i, 'endsAssertedById']);
    checkCitations(covenant.citations, ['covenants', i]);
    covenant.terms.forEach((term, j) => {
      unique(term.id, ['covenants', i, 'terms', j, 'id']);
      checkCitations(term.citations, ['covenants', i, 'terms', j]);
    });
    covenant.considerations.forEach((item, j) => {
      unique(item.id, ['covenants', i, 'considerations', j, 'id']);
      checkCitations(item.citations, ['covenants', i, 'considerations', j]);
    });
  });
  doc.claims.forEach((claim, i) => {
    unique(claim.id, ['claims', i, 'id']);
    checkRef(claim.proceedingId, proceedingIds, 'proceeding', ['claims', i, 'proceedingId']);
    for (const side of ['claimantIds', 'respondentIds'] as const) {
      claim[side].forEach((partyId, j) => checkRef(partyId, partyIds, 'party', ['claims', i, side, j]));
      distinct(claim[side], 'This party is already listed.', (j) => ['claims', i, side, j]);
    }
    checkCitations(claim.citations, ['claims', i]);
  });
  doc.evidence.forEach((item, i) => {
    unique(item.id, ['evidence', i, 'id']);
    checkRef(item.proceedingId, proceedingIds, 'proceeding', ['evidence', i, 'proceedingId']);
    checkRef(item.producedByPartyId, partyIds, 'party', ['evidence', i, 'producedByPartyId']);
    item.claimIds.forEach((claimId, j) => checkRef(claimId, claimIds, 'claim', ['evidence', i, 'claimIds', j]));
    distinct(item.claimIds, 'This claim is already listed.', (j) => ['evidence', i, 'claimIds', j]);
    item.amounts.forEach((amount, j) => unique(amount.id, ['evidence', i, 'amounts', j, 'id']));
    checkCitations(item.citations, ['evidence', i]);
  });
  doc.events.forEach((event, i) => {
    unique(event.id, ['events', i, 'id']);
    checkCitations(event.citations, ['events', i]);
  });
  doc.outcomes.forEach((outcome, i) => {
    unique(outcome.id, ['outcomes', i, 'id']);
    checkRef(outcome.proceedingId, proceedingIds, 'proceeding', ['outcomes', i, 'proceedingId']);
    checkRef(outcome.bond?.postedById ?? null, partyIds, 'party', ['outcomes', i, 'bond', 'postedById']);
    outcome.awards.forEach((award, j) => {
      unique(award.id, ['outcomes', i, 'awards', j, 'id']);
      checkRef(award.claimId, claimIds, 'claim', ['outcomes', i, 'awards', j, 'claimId']);
      checkCitations(award.citations, ['outcomes', i, 'awards', j]);
    });
    outcome.termsImposed.forEach((term, j) => {
      unique(term.id, ['outcomes', i, 'termsImposed', j, 'id']);
      checkCitations(term.citations, ['outcomes', i, 'termsImposed', j]);
    });
    distinct(outcome.awards.map((award) => award.claimId), 'This claim already has an award in this outcome.', (j) => ['outcomes', i, 'awards', j, 'claimId']);
    checkCitations(outcome.citations, ['outcomes', i]);
  });
  doc.notes.forEach((note, i) => unique(note.id, ['notes', i, 'id']));
}
