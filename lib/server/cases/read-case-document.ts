// Database → canonical case document. The order of every array is fixed here (docs/case-json.md).
import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { Client } from '../../db/client';
import { formatPartialDate, type DatePrecision } from '../../dates';
import { canonicalAmount, type Money, type MoneyQualifier } from '../../money';
import { CASE_SCHEMA_VERSION, type CaseDocument, type Citation } from '../../case-document/schema';

const byPosition = { orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }] };
const withCitations = { citations: byPosition };

export const caseDocumentInclude = {
  tags: { include: { tag: true } },
  relatedTo: { orderBy: { toCaseId: 'asc' } },
  sources: { include: { source: true }, orderBy: [{ position: 'asc' }, { sourceId: 'asc' }] },
  parties: { include: { party: true, ...withCitations }, ...byPosition },
  proceedings: {
    include: {
      ...withCitations,
      adjudicators: { include: withCitations, ...byPosition },
      parties: { include: { ...withCitations, counsel: { include: withCitations, ...byPosition } }, ...byPosition },
    },
    ...byPosition,
  },
  covenants: {
    include: { ...withCitations, terms: { include: withCitations, ...byPosition }, considerations: { include: withCitations, ...byPosition } },
    ...byPosition,
  },
  claims: { include: { ...withCitations, parties: { orderBy: [{ side: 'asc' }, { position: 'asc' }, { partyId: 'asc' }] } }, ...byPosition },
  evidence: { include: { ...withCitations, claims: true, amounts: byPosition }, ...byPosition },
  events: { include: withCitations, ...byPosition },
  outcomes: { include: { ...withCitations, awards: { include: withCitations }, terms: { include: withCitations, ...byPosition } }, ...byPosition },
  notes: { include: { author: { select: { email: true } } }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.CaseInclude;

export type CaseRecord = Prisma.CaseGetPayload<{ include: typeof caseDocumentInclude }>;

export async function findCaseRecord(db: Client, id: string): Promise<CaseRecord | null> {
  // One statement (relationJoins: the database builds the nested JSON) instead of ~30 round trips.
  return db.case.findUnique({ where: { id }, include: caseDocumentInclude, relationLoadStrategy: 'join' });
}

function date(on: Date | null, precision: DatePrecision | null): string | null {
  return on && precision ? formatPartialDate(on, precision) : null;
}

function money(qualifier: MoneyQualifier, amount: Prisma.Decimal | null, currency: string | null): Money {
  if (amount === null || currency === null) return { qualifier, value: null, currency: null };
  return { qualifier, value: canonicalAmount(amount.toFixed(), currency), currency };
}

/** A stored decimal in its shortest form ("120000", not "120000.0000"). */
function decimal(value: Prisma.Decimal): string {
  return value.toFixed();
}

type CitationRow = { id: string; sourceId: string; excerpt: string | null; locator: string | null; attribution: string | null };
function citations(rows: CitationRow[]): Citation[] {
  return rows.map(({ id, sourceId, excerpt, locator, attribution }) => ({ id, sourceId, excerpt, locator, attribution }));
}

type FactRow = { certainty: CaseDocument['claims'][number]['certainty']; certaintyNote: string | null; citations: CitationRow[] };
function fact(row: FactRow) {
  return { certainty: row.certainty, certaintyNote: row.certaintyNote, citations: citations(row.citations) };
}

export function toCaseDocument(record: CaseRecord): CaseDocument {
  // A party's place is that of its first role; its roles keep their own order.
  const parties = new Map<string, CaseDocument['parties'][number]>();
  for (const role of record.parties) {
    const { party } = role;
    const entry =
      parties.get(party.id) ??
      parties
        .set(party.id, {
          id: party.id,
          name: party.name,
          originalName: party.originalName,
          originalNameCertainty: party.originalNameCertainty,
          aliases: party.aliases,
          kind: party.kind,
          description: party.description,
          legalRepresentative: party.legalRepresentative,
          roles: [],
        })
        .get(party.id)!;
    entry.roles.push({ id: role.id, role: role.role, description: role.description, ...fact(role) });
  }

  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: record.id,
    version: record.version,
    title: record.title,
    summary: record.summary,
    jurisdiction: { country: record.jurisdictionCountry, subdivision: record.jurisdictionSubdivision },
    status: record.status,
    fictional: record.fictional,
    archivedAt: record.archivedAt?.toISOString() ?? null,
    tags: record.tags.map((t) => t.tag.name).sort(),
    relatedCases: record.relatedTo.map((r) => ({ caseId: r.toCaseId, kind: r.kind, note: r.note })),
    sources: record.sources.map(({ source: s }) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      url: s.url,
      published: date(s.publishedOn, s.publishedPrecision),
      publishedQualifier: s.publishedQualifier,
      language: s.language,
      languageNote: s.languageNote,
      snapshotSha256: s.snapshotSha256,
    })),
    parties: [...parties.values()],
    proceedings: record.proceedings.map((p) => ({
      id: p.id,
      title: p.title,
      stage: p.stage,
      forum: { kind: p.forumKind, name: p.forumName, level: p.forumLevel, seat: p.forumSeat },
      caseNumber: p.caseNumber,
      otherCaseNumbers: p.otherCaseNumbers ?? [],
      reportedCitations: p.reportedCitations ?? [],
      adjudicators: p.adjudicators.map((a) => ({ id: a.id, name: a.name, originalName: a.originalName, role: a.role, ...fact(a) })),
      parties: p.parties.map((r) => ({
        id: r.id,
        partyId: r.partyId,
        role: r.role,
        counsel: r.counsel.map((c) => ({ id: c.id, firm: c.firm, lawyer: c.lawyer, ...fact(c) })),
        ...fact(r),
      })),
      filed: date(p.filedOn, p.filedPrecision),
      filedQualifier: p.filedQualifier,
      decided: date(p.decidedOn, p.decidedPrecision),
      decidedQualifier: p.decidedQualifier,
      ...fact(p),
    })),
    covenants: record.covenants.map((c) => ({
      id: c.id,
      title: c.title,
      signed: date(c.signedOn, c.signedPrecision),
      signedQualifier: c.signedQualifier,
      durationMonths: c.durationMonths,
      geographicScope: c.geographicScope,
      restrictedActivities: c.restrictedActivities,
      nonSolicitationScope: c.nonSolicitationScope,
      liquidatedDamagesClause: c.liquidatedDamagesClause,
      governingLaw: c.governingLaw,
      forumSelectionClause: c.forumSelectionClause,
      ends: date(c.endsOn, c.endsPrecision),
      endsQualifier: c.endsQualifier,
      endsAssertedById: c.endsAssertedById,
      signatureDisputed: c.signatureDisputed,
      validityDisputed: c.validityDisputed,
      terms: c.terms.map((t) => ({ id: t.id, kind: t.kind, description: t.description, finding: t.finding, ...fact(t) })),
      considerations: c.considerations.map((item) => ({
        id: item.id,
        description: item.description,
        amount: money(item.amountQualifier, item.amount, item.amountCurrency),
        shares: item.sharesQuantity === null ? null : { quantity: decimal(item.sharesQuantity), shareClass: item.sharesClass, adjustment: item.sharesAdjustment },
        paymentNote: item.paymentNote,
        ...fact(item),
      })),
      ...fact(c),
    })),
    claims: record.claims.map((c) => ({
      id: c.id,
      proceedingId: c.proceedingId,
      kind: c.kind,
      title: c.title,
      description: c.description,
      claimantIds: c.parties.filter((p) => p.side === 'CLAIMANT').map((p) => p.partyId),
      respondentIds: c.parties.filter((p) => p.side === 'RESPONDENT').map((p) => p.partyId),
      items: c.itemNoun === null ? null : { noun: c.itemNoun, asserted: c.itemsAsserted, tried: c.itemsTried },
      amount: money(c.amountQualifier, c.amount, c.amountCurrency),
      amountNote: c.amountNote,
      status: c.status,
      ...fact(c),
    })),
    evidence: record.evidence.map((e) => ({
      id: e.id,
      proceedingId: e.proceedingId,
      kind: e.kind,
      description: e.description,
      producedByPartyId: e.producedByPartyId,
      producedBy: e.producedBy,
      produced: date(e.producedOn, e.producedPrecision),
      producedQualifier: e.producedQualifier,
      finding: e.finding,
      treatment: e.treatment,
      claimIds: e.claims.map((link) => link.claimId).sort(),
      amounts: e.amounts.map((a) => ({ id: a.id, description: a.description, amount: money(a.amountQualifier, a.amount, a.amountCurrency) })),
      ...fact(e),
    })),
    events: record.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      occurred: formatPartialDate(e.occurredOn, e.occurredPrecision),
      occurredQualifier: e.occurredQualifier,
      description: e.description,
      ...fact(e),
    })),
    outcomes: record.outcomes.map((o) => ({
      id: o.id,
      proceedingId: o.proceedingId,
      kind: o.kind,
      decided: date(o.decidedOn, o.decidedPrecision),
      decidedQualifier: o.decidedQualifier,
      summary: o.summary,
      settlement: money(o.settlementQualifier, o.settlementAmount, o.settlementCurrency),
      settlementConfidential: o.settlementConfidential,
      settlementEquity:
        o.settlementSharesDescription === null
          ? null
          : {
              description: o.settlementSharesDescription,
              shares: o.settlementShares === null ? null : decimal(o.settlementShares),
              valuation: money(o.settlementValuationQualifier ?? 'UNKNOWN', o.settlementValuationAmount, o.settlementValuationCurrency),
            },
      bond:
        o.bondQualifier === null
          ? null
          : {
              amount: money(o.bondQualifier, o.bondAmount, o.bondCurrency),
              postedById: o.bondPostedById,
              posted: date(o.bondPostedOn, o.bondPostedPrecision),
              postedQualifier: o.bondPostedQualifier,
            },
      awards: [...o.awards]
        .sort((a, b) => a.claimId.localeCompare(b.claimId))
        .map((a) => ({ id: a.id, claimId: a.claimId, amount: money(a.amountQualifier, a.amount, a.amountCurrency), ...fact(a) })),
      termsImposed: o.terms.map((t) => ({ id: t.id, description: t.description, due: date(t.dueOn, t.duePrecision), dueQualifier: t.dueQualifier, ...fact(t) })),
      ...fact(o),
    })),
    notes: record.notes.map((n) => ({ id: n.id, body: n.body, author: n.author?.email ?? null, createdAt: n.createdAt.toISOString() })),
  };
}

export async function readCaseDocument(db: Client, id: string): Promise<CaseDocument | null> {
  const record = await findCaseRecord(db, id);
  return record ? toCaseDocument(record) : null;
}
