// The rows of a result-list export: cases matching a filter, read in keyset batches ordered by
// (title, id) and turned into one flat row each, so an export of 100,000 cases never holds more
// than one batch. The filter is a plain object; the route fills it from the list's query
// parameters (lib/validations/case-query.ts).
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { CaseStatus, Certainty, ClaimKind, ForumKind, OutcomeKind } from '../generated/prisma/enums';
import { formatPartialDate, type DatePrecision } from '../dates';
import {
  CASE_STATUS_LABELS,
  CERTAINTY_LABELS,
  CLAIM_KIND_LABELS,
  FORUM_KIND_LABELS,
  jurisdictionLabel,
  OUTCOME_KIND_LABELS,
  PARTY_ROLE_LABELS,
} from '../labels';
import { canonicalAmount, formatMoney, type Money, type MoneyQualifier } from '../money';

export type CaseRowFilter = {
  q?: string;
  jurisdiction?: string[];
  forum?: ForumKind[];
  claim?: ClaimKind[];
  outcome?: OutcomeKind[];
  status?: CaseStatus[];
  certainty?: Certainty[];
  tag?: string[];
  yearFrom?: number | null;
  yearTo?: number | null;
  amountMin?: string | null;
  amountMax?: string | null;
  currency?: string | null;
  includeArchived?: boolean;
};

export const EXPORT_BATCH_SIZE = 500;

/** A date in its own precision, and as a calendar date only when it is known to the day. */
export type RowDate = { text: string; day: Date | null };

/** A sum of one currency's amounts: exact text, and the number a spreadsheet can compute with. */
export type RowSum = { exact: string; currency: string } | null;

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
  awarded: string;
  awardedTotal: RowSum;
  outcomes: string;
  parties: string;
  tags: string;
  updatedAt: Date;
};

function dayRange(from: number | null | undefined, to: number | null | undefined) {
  return {
    ...(from != null && { gte: new Date(Date.UTC(from, 0, 1)) }),
    ...(to != null && { lt: new Date(Date.UTC(to + 1, 0, 1)) }),
  };
}

/** The filter as a Prisma condition on Case. */
export function caseRowWhere(filter: CaseRowFilter): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [];
  if (!filter.includeArchived) and.push({ archivedAt: null });
  const q = filter.q?.trim();
  if (q) {
    and.push({
      OR: [
        { title: { contains: q, mode: 'insensitive' } },
        { summary: { contains: q, mode: 'insensitive' } },
        { parties: { some: { party: { OR: [{ name: { contains: q, mode: 'insensitive' } }, { originalName: { contains: q, mode: 'insensitive' } }] } } } },
        { proceedings: { some: { caseNumber: { contains: q, mode: 'insensitive' } } } },
      ],
    });
  }
  if (filter.jurisdiction?.length) {
    and.push({
      OR: filter.jurisdiction.map((code) => (code.includes('-') ? { jurisdictionSubdivision: code } : { jurisdictionCountry: code })),
    });
  }
  if (filter.forum?.length) and.push({ proceedings: { some: { forumKind: { in: filter.forum } } } });
  if (filter.claim?.length) and.push({ claims: { some: { kind: { in: filter.claim } } } });
  if (filter.outcome?.length) and.push({ outcomes: { some: { kind: { in: filter.outcome } } } });
  if (filter.status?.length) and.push({ status: { in: filter.status } });
  if (filter.certainty?.length) {
    const certainty = { in: filter.certainty };
    and.push({
      OR: [
        { claims: { some: { certainty } } },
        { outcomes: { some: { certainty } } },
        { evidence: { some: { certainty } } },
        { events: { some: { certainty } } },
        { covenants: { some: { certainty } } },
        { proceedings: { some: { certainty } } },
      ],
    });
  }
  for (const name of filter.tag ?? []) and.push({ tags: { some: { tag: { name } } } });
  if (filter.yearFrom != null || filter.yearTo != null) {
    const range = dayRange(filter.yearFrom, filter.yearTo);
    and.push({ OR: [{ proceedings: { some: { filedOn: range } } }, { events: { some: { occurredOn: range } } }] });
  }
  if (filter.currency && (filter.amountMin || filter.amountMax)) {
    and.push({
      claims: {
        some: {
          amountCurrency: filter.currency,
          amount: { ...(filter.amountMin && { gte: filter.amountMin }), ...(filter.amountMax && { lte: filter.amountMax }) },
        },
      },
    });
  }
  return and.length ? { AND: and } : {};
}

const rowInclude = {
  proceedings: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { forumKind: true, forumName: true, caseNumber: true, filedOn: true, filedPrecision: true, decidedOn: true, decidedPrecision: true } },
  claims: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, amountQualifier: true, amount: true, amountCurrency: true } },
  outcomes: {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { kind: true, certainty: true, decidedOn: true, decidedPrecision: true, awards: { select: { claimId: true, amountQualifier: true, amount: true, amountCurrency: true } } },
  },
  parties: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { role: true, party: { select: { id: true, name: true, originalName: true } } } },
  events: { orderBy: { occurredOn: 'asc' }, take: 1, select: { occurredOn: true, occurredPrecision: true } },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.CaseInclude;

type CaseWithRows = Prisma.CaseGetPayload<{ include: typeof rowInclude }>;

function rowDate(on: Date | null, precision: DatePrecision | null): RowDate | null {
  if (!on || !precision) return null;
  return { text: formatPartialDate(on, precision), day: precision === 'DAY' ? on : null };
}

function money(qualifier: MoneyQualifier, amount: Prisma.Decimal | null, currency: string | null): Money {
  if (amount === null || currency === null) return { qualifier, value: null, currency: null };
  return { qualifier, value: canonicalAmount(amount.toFixed(), currency), currency };
}

const SCALE = 10_000n;
/** Exact sum of decimal strings (at most 4 decimals, as stored). */
function addDecimals(values: string[]): string {
  const total = values.reduce((sum, value) => {
    const [integer = '0', fraction = ''] = value.split('.');
    return sum + BigInt(integer) * SCALE + BigInt(fraction.padEnd(4, '0').slice(0, 4) || '0');
  }, 0n);
  const fraction = (total % SCALE).toString().padStart(4, '0');
  return `${total / SCALE}.${fraction}`;
}

/** The sum of the amounts when they share one currency; null when there are none or several currencies. */
function sumOf(amounts: Money[]): RowSum {
  const known = amounts.filter((m): m is Money & { value: string; currency: string } => m.value !== null && m.currency !== null);
  if (known.length === 0) return null;
  const currency = known[0]!.currency;
  if (known.some((m) => m.currency !== currency)) return null;
  return { exact: canonicalAmount(addDecimals(known.map((m) => m.value)), currency), currency };
}

const join = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].join('; ');

export function toCaseRow(c: CaseWithRows, baseUrl: string): CaseRow {
  const filed = c.proceedings.map((p) => rowDate(p.filedOn, p.filedPrecision)).filter((d): d is RowDate => d !== null).sort((a, b) => a.text.localeCompare(b.text));
  const decided = c.proceedings.map((p) => rowDate(p.decidedOn, p.decidedPrecision)).filter((d): d is RowDate => d !== null).sort((a, b) => b.text.localeCompare(a.text));
  const began = c.proceedings.map((p) => p.filedOn).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? c.events[0]?.occurredOn ?? null;
  const claimed = c.claims.map((claim) => money(claim.amountQualifier, claim.amount, claim.amountCurrency));
  const awards = c.outcomes.flatMap((o) => o.awards.map((a) => money(a.amountQualifier, a.amount, a.amountCurrency)));
  const parties = new Map<string, { label: string; roles: string[] }>();
  for (const role of c.parties) {
    const entry = parties.get(role.party.id) ?? { label: role.party.originalName ? `${role.party.name} (${role.party.originalName})` : role.party.name, roles: [] };
    entry.roles.push(PARTY_ROLE_LABELS[role.role]);
    parties.set(role.party.id, entry);
  }
  return {
    id: c.id,
    title: c.title,
    url: `${baseUrl}/cases/${c.id}`,
    jurisdiction: jurisdictionLabel(c.jurisdictionCountry, c.jurisdictionSubdivision),
    status: CASE_STATUS_LABELS[c.status],
    fictional: c.fictional,
    forums: join(c.proceedings.map((p) => (p.forumName ? `${FORUM_KIND_LABELS[p.forumKind]}: ${p.forumName}` : FORUM_KIND_LABELS[p.forumKind]))),
    caseNumbers: join(c.proceedings.map((p) => p.caseNumber)),
    yearBegun: began ? began.getUTCFullYear() : null,
    filed: filed[0] ?? null,
    decided: decided[0] ?? null,
    claimKinds: join(c.claims.map((claim) => CLAIM_KIND_LABELS[claim.kind])),
    claimed: c.claims.map((claim, i) => `${CLAIM_KIND_LABELS[claim.kind]}: ${formatMoney(claimed[i]!)}`).join('; '),
    claimedTotal: sumOf(claimed),
    awarded: awards.map(formatMoney).join('; '),
    awardedTotal: sumOf(awards),
    outcomes: c.outcomes
      .map((o) => {
        const date = rowDate(o.decidedOn, o.decidedPrecision);
        return `${OUTCOME_KIND_LABELS[o.kind]} (${CERTAINTY_LABELS[o.certainty].toLowerCase()}${date ? `, ${date.text}` : ''})`;
      })
      .join('; '),
    parties: [...parties.values()].map((p) => `${p.label}: ${p.roles.join(', ')}`).join('; '),
    tags: c.tags.map((t) => t.tag.name).sort().join('; '),
    updatedAt: c.updatedAt,
  };
}

/** How many cases the filter matches (sent ahead of the rows, for the progress bar). */
export function countCaseRows(db: PrismaClient, filter: CaseRowFilter): Promise<number> {
  return db.case.count({ where: caseRowWhere(filter) });
}

/** The matching cases as rows, by (title, id), one keyset batch in memory at a time. */
export async function* iterateCaseRows(db: PrismaClient, filter: CaseRowFilter, options: { baseUrl: string; batchSize?: number }): AsyncGenerator<CaseRow> {
  const where = caseRowWhere(filter);
  const take = options.batchSize ?? EXPORT_BATCH_SIZE;
  let after: { title: string; id: string } | null = null;
  for (;;) {
    const batch: CaseWithRows[] = await db.case.findMany({
      where: after ? { AND: [where, { OR: [{ title: { gt: after.title } }, { title: after.title, id: { gt: after.id } }] }] } : where,
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      take,
      include: rowInclude,
    });
    for (const c of batch) yield toCaseRow(c, options.baseUrl);
    if (batch.length < take) return;
    const last = batch.at(-1)!;
    after = { title: last.title, id: last.id };
  }
}
