// Canonical case document → database. A save replaces the case's contents inside the caller's
// transaction, keeping every id, so "save" and "import" are the same operation.
import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/client';
import { parsePartialDate } from '../../dates';
import { AppError } from '../../errors';
import type { Money } from '../../money';
import type { Certainty } from '../../generated/prisma/enums';
import type { CaseDocument, Citation } from '../../case-document/schema';

function dateColumns(value: string | null) {
  if (value === null) return { on: null, precision: null };
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new Error(`Unvalidated date reached the database layer: ${value}`);
  return { on: parsed.on, precision: parsed.precision };
}

function moneyColumns(money: Money) {
  return { qualifier: money.qualifier, amount: money.value, currency: money.currency };
}

type FactKey =
  | 'proceedingId'
  | 'casePartyId'
  | 'covenantId'
  | 'covenantTermId'
  | 'considerationItemId'
  | 'claimId'
  | 'evidenceId'
  | 'timelineEventId'
  | 'outcomeId'
  | 'adjudicatorId'
  | 'proceedingPartyId'
  | 'counselId'
  | 'outcomeAwardId'
  | 'outcomeTermId';

export type WriteOptions = {
  actorId: string | null;
  createdAt?: Date;
  /** The case is known not to exist yet (a new case in an import): insert it, with nothing to clear first. */
  isNew?: boolean;
};

/** Removes everything inside a case, keeping the case row itself. */
async function clearCaseContents(tx: Tx, caseId: string) {
  const where = { caseId };
  await tx.citation.deleteMany({ where });
  await tx.outcome.deleteMany({ where });
  await tx.evidence.deleteMany({ where });
  await tx.claim.deleteMany({ where });
  await tx.covenant.deleteMany({ where });
  await tx.timelineEvent.deleteMany({ where });
  await tx.caseParty.deleteMany({ where });
  await tx.proceeding.deleteMany({ where });
  await tx.note.deleteMany({ where });
  await tx.caseSource.deleteMany({ where });
  await tx.caseTag.deleteMany({ where });
  await tx.caseRelation.deleteMany({ where: { fromCaseId: caseId } });
}

/**
 * Stores `doc` as the case's full contents with `version`. The caller owns the transaction and
 * the version check; this only writes (commitCaseVersion is the one caller outside tests).
 */
export async function writeCaseDocument(tx: Tx, doc: CaseDocument, options: WriteOptions): Promise<void> {
  const caseId = doc.id;
  const caseColumns = {
    title: doc.title,
    summary: doc.summary,
    jurisdictionCountry: doc.jurisdiction.country,
    jurisdictionSubdivision: doc.jurisdiction.subdivision,
    status: doc.status,
    fictional: doc.fictional,
    archivedAt: doc.archivedAt ? new Date(doc.archivedAt) : null,
    version: doc.version,
    updatedById: options.actorId,
  };
  const created = { id: caseId, ...caseColumns, createdById: options.actorId, ...(options.createdAt && { createdAt: options.createdAt }) };
  if (options.isNew) {
    await tx.case.create({ data: created });
  } else {
    await tx.case.upsert({ where: { id: caseId }, create: created, update: caseColumns });
    await clearCaseContents(tx, caseId);
  }

  await checkSnapshotsExist(tx, doc);
  for (const source of doc.sources) {
    const published = dateColumns(source.published);
    const columns = {
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      url: source.url,
      publishedOn: published.on,
      publishedPrecision: published.precision,
      publishedQualifier: source.publishedQualifier,
      language: source.language,
      languageNote: source.languageNote,
      snapshotSha256: source.snapshotSha256,
    };
    await tx.source.upsert({ where: { id: source.id }, create: { id: source.id, ...columns }, update: columns });
  }
  await tx.caseSource.createMany({ data: doc.sources.map((s, position) => ({ caseId, sourceId: s.id, position })) });

  for (const party of doc.parties) {
    const columns = {
      name: party.name,
      originalName: party.originalName,
      originalNameCertainty: party.originalNameCertainty,
      aliases: party.aliases,
      kind: party.kind,
      description: party.description,
      legalRepresentative: party.legalRepresentative,
    };
    await tx.party.upsert({ where: { id: party.id }, create: { id: party.id, ...columns }, update: columns });
  }

  if (doc.tags.length > 0) {
    // Three statements for any number of tags (an upsert and an insert per tag were most of an import's round trips).
    await tx.tag.createMany({ data: doc.tags.map((name) => ({ name })), skipDuplicates: true });
    const tags = await tx.tag.findMany({ where: { name: { in: doc.tags } }, select: { id: true } });
    await tx.caseTag.createMany({ data: tags.map((tag) => ({ caseId, tagId: tag.id })) });
  }
  if (doc.relatedCases.length > 0) {
    await tx.caseRelation.createMany({
      data: doc.relatedCases.map((r) => ({ fromCaseId: caseId, toCaseId: r.caseId, kind: r.kind, note: r.note })),
    });
  }

  const citationRows: Prisma.CitationCreateManyInput[] = [];
  /** A fact's provenance columns; its citations become Citation rows pointing at it through `key`. */
  const factColumns = (key: FactKey, fact: { id: string; certainty: Certainty; certaintyNote: string | null; citations: Citation[] }) => {
    for (const c of fact.citations) {
      citationRows.push({ id: c.id, caseId, sourceId: c.sourceId, position: citationRows.length, excerpt: c.excerpt, locator: c.locator, attribution: c.attribution, [key]: fact.id });
    }
    return { certainty: fact.certainty, certaintyNote: fact.certaintyNote };
  };

  await tx.proceeding.createMany({
    data: doc.proceedings.map((p, position) => {
      const filed = dateColumns(p.filed);
      const decided = dateColumns(p.decided);
      return {
        id: p.id,
        caseId,
        position,
        title: p.title,
        stage: p.stage,
        forumKind: p.forum.kind,
        forumName: p.forum.name,
        forumLevel: p.forum.level,
        forumSeat: p.forum.seat,
        caseNumber: p.caseNumber,
        otherCaseNumbers: p.otherCaseNumbers,
        reportedCitations: p.reportedCitations,
        filedOn: filed.on,
        filedPrecision: filed.precision,
        filedQualifier: p.filedQualifier,
        decidedOn: decided.on,
        decidedPrecision: decided.precision,
        decidedQualifier: p.decidedQualifier,
        ...factColumns('proceedingId', p),
      };
    }),
  });

  await tx.adjudicator.createMany({
    data: doc.proceedings.flatMap((p) =>
      p.adjudicators.map((a, position) => {
        return { id: a.id, proceedingId: p.id, position, name: a.name, originalName: a.originalName, role: a.role, ...factColumns('adjudicatorId', a) };
      }),
    ),
  });
  const proceedingRoles = doc.proceedings.flatMap((p) => p.parties.map((role, position) => ({ proceedingId: p.id, role, position })));
  await tx.proceedingParty.createMany({
    data: proceedingRoles.map(({ proceedingId, role, position }) => {
      return { id: role.id, proceedingId, partyId: role.partyId, position, role: role.role, ...factColumns('proceedingPartyId', role) };
    }),
  });
  await tx.counsel.createMany({
    data: proceedingRoles.flatMap(({ role }) =>
      role.counsel.map((c, position) => {
        return { id: c.id, proceedingPartyId: role.id, position, firm: c.firm, lawyer: c.lawyer, ...factColumns('counselId', c) };
      }),
    ),
  });

  await tx.caseParty.createMany({
    data: doc.parties.flatMap((party) => party.roles).map((role, position) => {
      const party = doc.parties.find((p) => p.roles.includes(role))!;
      return { id: role.id, caseId, partyId: party.id, role: role.role, position, description: role.description, ...factColumns('casePartyId', role) };
    }),
  });

  for (const [position, covenant] of doc.covenants.entries()) {
    const signed = dateColumns(covenant.signed);
    const ends = dateColumns(covenant.ends);
    await tx.covenant.create({
      data: {
        id: covenant.id,
        caseId,
        position,
        title: covenant.title,
        signedOn: signed.on,
        signedPrecision: signed.precision,
        signedQualifier: covenant.signedQualifier,
        durationMonths: covenant.durationMonths,
        geographicScope: covenant.geographicScope,
        restrictedActivities: covenant.restrictedActivities,
        nonSolicitationScope: covenant.nonSolicitationScope,
        liquidatedDamagesClause: covenant.liquidatedDamagesClause,
        governingLaw: covenant.governingLaw,
        forumSelectionClause: covenant.forumSelectionClause,
        endsOn: ends.on,
        endsPrecision: ends.precision,
        endsQualifier: covenant.endsQualifier,
        endsAssertedById: covenant.endsAssertedById,
        signatureDisputed: covenant.signatureDisputed,
        validityDisputed: covenant.validityDisputed,
        ...factColumns('covenantId', covenant),
        terms: {
          createMany: {
            data: covenant.terms.map((t, termPosition) => {
              return { id: t.id, position: termPosition, kind: t.kind, description: t.description, finding: t.finding, ...factColumns('covenantTermId', t) };
            }),
          },
        },
        considerations: {
          createMany: {
            data: covenant.considerations.map((item, itemPosition) => {
              const amount = moneyColumns(item.amount);
              return {
                id: item.id,
                position: itemPosition,
                description: item.description,
                amountQualifier: amount.qualifier,
                amount: amount.amount,
                amountCurrency: amount.currency,
                sharesQuantity: item.shares?.quantity ?? null,
                sharesClass: item.shares?.shareClass ?? null,
                sharesAdjustment: item.shares?.adjustment ?? null,
                paymentNote: item.paymentNote,
                ...factColumns('considerationItemId', item),
              };
            }),
          },
        },
      },
    });
  }

  await tx.claim.createMany({
    data: doc.claims.map((c, position) => {
      const amount = moneyColumns(c.amount);
      return {
        id: c.id,
        caseId,
        position,
        proceedingId: c.proceedingId,
        kind: c.kind,
        title: c.title,
        description: c.description,
        itemNoun: c.items?.noun ?? null,
        itemsAsserted: c.items?.asserted ?? null,
        itemsTried: c.items?.tried ?? null,
        amountQualifier: amount.qualifier,
        amount: amount.amount,
        amountCurrency: amount.currency,
        amountNote: c.amountNote,
        status: c.status,
        ...factColumns('claimId', c),
      };
    }),
  });

  await tx.claimParty.createMany({
    data: doc.claims.flatMap((c) => [
      ...c.claimantIds.map((partyId, position) => ({ claimId: c.id, side: 'CLAIMANT' as const, partyId, position })),
      ...c.respondentIds.map((partyId, position) => ({ claimId: c.id, side: 'RESPONDENT' as const, partyId, position })),
    ]),
  });

  await tx.evidence.createMany({
    data: doc.evidence.map((e, position) => {
      const produced = dateColumns(e.produced);
      return {
        id: e.id,
        caseId,
        position,
        proceedingId: e.proceedingId,
        kind: e.kind,
        description: e.description,
        producedByPartyId: e.producedByPartyId,
        producedBy: e.producedBy,
        producedOn: produced.on,
        producedPrecision: produced.precision,
        producedQualifier: e.producedQualifier,
        finding: e.finding,
        treatment: e.treatment,
        ...factColumns('evidenceId', e),
      };
    }),
  });
  await tx.evidenceClaim.createMany({
    data: doc.evidence.flatMap((e) => e.claimIds.map((claimId) => ({ evidenceId: e.id, claimId }))),
  });

  await tx.evidenceAmount.createMany({
    data: doc.evidence.flatMap((e) =>
      e.amounts.map((a, position) => {
        const amount = moneyColumns(a.amount);
        return { id: a.id, evidenceId: e.id, position, description: a.description, amountQualifier: amount.qualifier, amount: amount.amount, amountCurrency: amount.currency };
      }),
    ),
  });

  await tx.timelineEvent.createMany({
    data: doc.events.map((e, position) => {
      const occurred = dateColumns(e.occurred);
      return {
        id: e.id,
        caseId,
        position,
        kind: e.kind,
        occurredOn: occurred.on!,
        occurredPrecision: occurred.precision!,
        occurredQualifier: e.occurredQualifier,
        description: e.description,
        ...factColumns('timelineEventId', e),
      };
    }),
  });

  await tx.outcome.createMany({
    data: doc.outcomes.map((o, position) => {
      const decided = dateColumns(o.decided);
      const settlement = moneyColumns(o.settlement);
      const valuation = o.settlementEquity && moneyColumns(o.settlementEquity.valuation);
      const bond = o.bond && moneyColumns(o.bond.amount);
      const bondPosted = dateColumns(o.bond?.posted ?? null);
      return {
        id: o.id,
        caseId,
        position,
        proceedingId: o.proceedingId,
        kind: o.kind,
        decidedOn: decided.on,
        decidedPrecision: decided.precision,
        decidedQualifier: o.decidedQualifier,
        summary: o.summary,
        settlementQualifier: settlement.qualifier,
        settlementAmount: settlement.amount,
        settlementCurrency: settlement.currency,
        settlementConfidential: o.settlementConfidential,
        settlementShares: o.settlementEquity?.shares ?? null,
        settlementSharesDescription: o.settlementEquity?.description ?? null,
        settlementValuationQualifier: valuation?.qualifier ?? null,
        settlementValuationAmount: valuation?.amount ?? null,
        settlementValuationCurrency: valuation?.currency ?? null,
        bondQualifier: bond?.qualifier ?? null,
        bondAmount: bond?.amount ?? null,
        bondCurrency: bond?.currency ?? null,
        bondPostedById: o.bond?.postedById ?? null,
        bondPostedOn: bondPosted.on,
        bondPostedPrecision: bondPosted.precision,
        bondPostedQualifier: o.bond?.postedQualifier ?? null,
        ...factColumns('outcomeId', o),
      };
    }),
  });
  await tx.outcomeAward.createMany({
    data: doc.outcomes.flatMap((o) =>
      o.awards.map((a) => {
        const amount = moneyColumns(a.amount);
        return {
          id: a.id,
          outcomeId: o.id,
          claimId: a.claimId,
          amountQualifier: amount.qualifier,
          amount: amount.amount,
          amountCurrency: amount.currency,
          ...factColumns('outcomeAwardId', a),
        };
      }),
    ),
  });
  await tx.outcomeTerm.createMany({
    data: doc.outcomes.flatMap((o) =>
      o.termsImposed.map((t, position) => {
        const due = dateColumns(t.due);
        return { id: t.id, outcomeId: o.id, position, description: t.description, dueOn: due.on, duePrecision: due.precision, dueQualifier: t.dueQualifier, ...factColumns('outcomeTermId', t) };
      }),
    ),
  });

  await tx.citation.createMany({ data: citationRows });

  const authorEmails = [...new Set(doc.notes.map((n) => n.author).filter((e): e is string => e !== null))];
  const authors = new Map(
    (await tx.user.findMany({ where: { email: { in: authorEmails } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]),
  );
  await tx.note.createMany({
    data: doc.notes.map((n, position) => ({ id: n.id, caseId, body: n.body, authorId: n.author ? authors.get(n.author) ?? null : null, position, createdAt: new Date(n.createdAt) })),
  });
  await tx.$executeRaw`SELECT refresh_case_summary(${caseId}::uuid)`; // its list and export rows (migrations 20261125020000, 20261125050000)
}

/**
 * A source may name only a stored snapshot: an analysis stores it before the draft names it, so a
 * missing one comes from a hand-made document (or an import without its snapshots), and is
 * refused at the field rather than as a failed foreign key.
 */
async function checkSnapshotsExist(tx: Tx, doc: CaseDocument) {
  const named = [...new Set(doc.sources.flatMap((s) => (s.snapshotSha256 ? [s.snapshotSha256] : [])))];
  if (named.length === 0) return;
  const stored = new Set((await tx.sourceSnapshot.findMany({ where: { sha256: { in: named } }, select: { sha256: true } })).map((s) => s.sha256));
  const errors: Record<string, string[]> = {};
  doc.sources.forEach((source, i) => {
    if (source.snapshotSha256 && !stored.has(source.snapshotSha256)) {
      errors[`sources.${i}.snapshotSha256`] = ['The text this source was read from is not stored here: add the text again.'];
    }
  });
  if (Object.keys(errors).length > 0) throw new AppError('INVALID_REQUEST', 'A source names a text that is not stored; nothing was saved.', errors);
}
