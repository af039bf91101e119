// The rows of a result-list export: the cases of a list view, turned into one flat row each, read
// in batches so an export of 100,000 cases never holds more than one batch.
import type { Db } from '../db/client';
import type { Certainty, ClaimKind, ForumKind, OutcomeKind, PartyRoleKind } from '../generated/prisma/enums';
import type { CaseHeading } from '../server/cases/find-cases';
import { formatPartialIsoDate, type DatePrecision } from '../dates';
import {
  CASE_STATUS_LABELS,
  CERTAINTY_LABELS,
  CLAIM_KIND_LABELS,
  FORUM_KIND_LABELS,
  jurisdictionLabel,
  OUTCOME_KIND_LABELS,
  PARTY_ROLE_LABELS,
} from '../labels';
import { canonicalAmount, formatMoney, sumMoney, type KnownMoney, type Money, type MoneyQualifier } from '../money';

/** A date in its own precision, and as a calendar date only when it is known to the day. */
export type RowDate = { text: string; day: Date | null };

/** A sum of one currency's amounts as exact text, qualified ("more than" when a part is): see sumMoney. */
export type RowSum = KnownMoney | null;

export type CaseRow = {
  id: string;
  title: string;
  url: string;
  jurisdiction: string;
  status: string;
  fictional: boolean;
  forums: string;
  caseNumbers: string;
  yearBegun: number | null;
  filed: RowDate | null;
  decided: RowDate | null;
  claimKinds: string;
  claimed: string;
  claimedTotal: RowSum;
  /** Each claim's latest award, in claim order ("Liquidated damages: 300,000 CNY; …"), and their total. */
  awarded: string;
  awardedTotal: RowSum;
  outcomes: string;
  parties: string;
  /** Judges and arbitrators of every proceeding, each once ("Robert Lin (林博)"). */
  judges: string;
  /** Counsel of every proceeding, each once, with the party they acted for. */
  counsel: string;
  tags: string;
  updatedAt: Date;
};

/** What a case's export row (table "CaseExportRow") holds: amounts as exact text, dates as YYYY-MM-DD. */
type CaseExportData = {
  firstEventOn: string | null;
  proceedings: {
    forumKind: ForumKind;
    forumName: string | null;
    caseNumber: string | null;
    filedOn: string | null;
    filedPrecision: DatePrecision | null;
    decidedOn: string | null;
    decidedPrecision: DatePrecision | null;
    adjudicators: { name: string; originalName: string | null }[];
    counsel: { firm: string | null; lawyer: string | null; party: string }[];
  }[];
  claims: { id: string; kind: ClaimKind; amountQualifier: MoneyQualifier; amount: string | null; amountCurrency: string | null }[];
  outcomes: {
    kind: OutcomeKind;
    certainty: Certainty;
    decidedOn: string | null;
    decidedPrecision: DatePrecision | null;
    awards: { claimId: string; amountQualifier: MoneyQualifier; amount: string | null; amountCurrency: string | null }[];
  }[];
  parties: { role: PartyRoleKind; partyId: string; name: string; originalName: string | null }[];
  tags: string[];
};

type CaseRowSource = CaseHeading & { updatedAt: Date; data: CaseExportData };

/**
 * The cases of one batch, in the batch's order: each one's summary row and export row, both written
 * by every save (refresh_case_summaries), so the export reads two rows a case and aggregates nothing.
 * A case deleted since the list was read is left out; a summary without its export row would be a
 * broken invariant, so it stops the export rather than dropping the case from the file unnoticed.
 */
async function readBatch(db: Db, ids: string[]): Promise<CaseRowSource[]> {
  const rows = await db.$queryRaw<(CaseHeading & { updatedAt: Date; data: CaseExportData | null })[]>`
    SELECT s."caseId"::text AS id, s.title, s."jurisdictionCountry"::text AS "jurisdictionCountry", s."jurisdictionSubdivision",
           s.status::text AS status, s.fictional, s."updatedAt", r.data
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS batch(id, n)
    JOIN "CaseSummary" s ON s."caseId" = batch.id
    LEFT JOIN "CaseExportRow" r ON r."caseId" = batch.id
    ORDER BY batch.n`;
  for (const row of rows) {
    if (row.data === null) throw new Error(`Case ${row.id} has a summary but no export row: run SELECT refresh_case_summary('${row.id}')`);
  }
  return rows as CaseRowSource[];
}

/** A date in its precision; a calendar date only when known to the day. `on` is YYYY-MM-DD. */
function rowDate(on: string, precision: DatePrecision): RowDate {
  return { text: formatPartialIsoDate(on, precision), day: precision === 'DAY' ? new Date(`${on}T00:00:00.000Z`) : null };
}

function money(qualifier: MoneyQualifier, amount: string | null, currency: string | null): Money {
  if (amount === null || currency === null) return { qualifier, value: null, currency: null };
  return { qualifier, value: canonicalAmount(amount, currency), currency };
}

/** The distinct non-empty values, in their first order, joined with "; ". */
function joinDistinct<T>(items: T[], value: (item: T) => string | null): string {
  let joined = '';
  const seen: string[] = [];
  for (const item of items) {
    const text = value(item);
    if (!text || seen.includes(text)) continue;
    seen.push(text);
    joined = joined ? `${joined}; ${text}` : text;
  }
  return joined;
}

/** "Harlow & Finch LLP (Jordan Harlow) for Brightwater Analytics Inc.": a firm, a lawyer or both. */
function counselText(counsel: { firm: string | null; lawyer: string | null; party: string }): string {
  const who = counsel.firm && counsel.lawyer ? `${counsel.firm} (${counsel.lawyer})` : (counsel.firm ?? counsel.lawyer);
  return `${who} for ${counsel.party}`;
}

/**
 * One case as a row. Written for an export of 100,000 rows: one pass over each child list and few
 * temporary objects, because garbage is what makes a long export's memory grow.
 */
function toCaseRow(c: CaseRowSource, baseUrl: string): CaseRow {
  const { data } = c;
  // Partial dates written in their precision compare as text; ISO dates too.
  let filed: { on: string; precision: DatePrecision; text: string } | null = null;
  let decided: { on: string; precision: DatePrecision; text: string } | null = null;
  let began: string | null = null;
  for (const p of data.proceedings) {
    if (p.filedOn && p.filedPrecision) {
      const text = formatPartialIsoDate(p.filedOn, p.filedPrecision);
      if (!filed || text < filed.text) filed = { on: p.filedOn, precision: p.filedPrecision, text };
    }
    if (p.decidedOn && p.decidedPrecision) {
      const text = formatPartialIsoDate(p.decidedOn, p.decidedPrecision);
      if (!decided || text > decided.text) decided = { on: p.decidedOn, precision: p.decidedPrecision, text };
    }
    if (p.filedOn && (!began || p.filedOn < began)) began = p.filedOn;
  }
  began ??= data.firstEventOn;
  const claimed = data.claims.map((claim) => money(claim.amountQualifier, claim.amount, claim.amountCurrency));
  // Each claim's latest award: a later decision (a judgment after an award, an appeal) replaces
  // what an earlier one awarded on that claim, so adding them all would count a claim twice.
  const latestAwards = new Map<string, Money>();
  for (const o of data.outcomes) {
    for (const a of o.awards) latestAwards.set(a.claimId, money(a.amountQualifier, a.amount, a.amountCurrency));
  }
  let awarded = '';
  const awards: Money[] = [];
  for (const claim of data.claims) {
    const award = latestAwards.get(claim.id);
    if (!award) continue;
    awards.push(award);
    awarded = `${awarded ? `${awarded}; ` : ''}${CLAIM_KIND_LABELS[claim.kind]}: ${formatMoney(award)}`;
  }
  const parties = new Map<string, string>();
  for (const role of data.parties) {
    const roles = parties.get(role.partyId);
    const label = PARTY_ROLE_LABELS[role.role];
    parties.set(role.partyId, roles === undefined ? `${role.originalName ? `${role.name} (${role.originalName})` : role.name}: ${label}` : `${roles}, ${label}`);
  }
  return {
    id: c.id,
    title: c.title,
    url: `${baseUrl}/cases/${c.id}`,
    jurisdiction: jurisdictionLabel(c.jurisdictionCountry, c.jurisdictionSubdivision),
    status: CASE_STATUS_LABELS[c.status],
    fictional: c.fictional,
    forums: joinDistinct(data.proceedings, (p) => (p.forumName ? `${FORUM_KIND_LABELS[p.forumKind]}: ${p.forumName}` : FORUM_KIND_LABELS[p.forumKind])),
    caseNumbers: joinDistinct(data.proceedings, (p) => p.caseNumber),
    yearBegun: began ? Number(began.slice(0, 4)) : null,
    filed: filed && rowDate(filed.on, filed.precision),
    decided: decided && rowDate(decided.on, decided.precision),
    claimKinds: joinDistinct(data.claims, (claim) => CLAIM_KIND_LABELS[claim.kind]),
    claimed: data.claims.map((claim, i) => `${CLAIM_KIND_LABELS[claim.kind]}: ${formatMoney(claimed[i]!)}`).join('; '),
    claimedTotal: sumMoney(claimed),
    awarded,
    awardedTotal: sumMoney(awards),
    outcomes: data.outcomes
      .map((o) => {
        const date = o.decidedOn && o.decidedPrecision ? `, ${formatPartialIsoDate(o.decidedOn, o.decidedPrecision)}` : '';
        return `${OUTCOME_KIND_LABELS[o.kind]} (${CERTAINTY_LABELS[o.certainty].toLowerCase()}${date})`;
      })
      .join('; '),
    parties: [...parties.values()].join('; '),
    judges: joinDistinct(
      data.proceedings.flatMap((p) => p.adjudicators),
      (j) => (j.originalName ? `${j.name} (${j.originalName})` : j.name),
    ),
    counsel: joinDistinct(data.proceedings.flatMap((p) => p.counsel), counselText),
    tags: data.tags.sort().join('; '),
    updatedAt: c.updatedAt,
  };
}

const BATCHES_AHEAD = 2;

/**
 * The cases of a list view as rows, in the list's own order (the ids come from the list's query,
 * lib/server/cases/find-cases.ts), one batch in memory at a time.
 */
export async function* iterateCaseRows(db: Db, idBatches: AsyncIterable<string[]>, options: { baseUrl: string }): AsyncGenerator<CaseRow> {
  const batches = idBatches[Symbol.asyncIterator]();
  const load = async () => {
    const next = await batches.next();
    return next.done ? null : readBatch(db, next.value);
  };
  // Batches are read ahead while earlier ones are formatted and sent, so the database and this
  // process work at the same time; order is kept because each batch waits its turn in the queue.
  const queue: Promise<CaseRowSource[] | null>[] = [];
  const fill = () => {
    while (queue.length < BATCHES_AHEAD) queue.push(load());
  };
  try {
    fill();
    for (let batch = await queue.shift()!; batch; batch = await queue.shift()!) {
      fill();
      for (const c of batch) yield toCaseRow(c, options.baseUrl);
    }
  } finally {
    for (const pending of queue) pending.catch(() => undefined); // a cancelled download: nobody waits for these
    await batches.return?.();
  }
}
