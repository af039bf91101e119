// The rows of a result-list export: the cases of a list view, turned into one flat row each, read
// in batches so an export of 100,000 cases never holds more than one batch.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
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

/**
 * The cases of a list view as rows, in the list's own order (the ids come from the list's query,
 * lib/server/cases/find-cases.ts), one batch in memory at a time.
 */
export async function* iterateCaseRows(db: PrismaClient, idBatches: AsyncIterable<string[]>, options: { baseUrl: string }): AsyncGenerator<CaseRow> {
  for await (const ids of idBatches) {
    const batch: CaseWithRows[] = await db.case.findMany({ where: { id: { in: ids } }, include: rowInclude });
    const byId = new Map(batch.map((c) => [c.id, c]));
    for (const id of ids) {
      const c = byId.get(id);
      if (c) yield toCaseRow(c, options.baseUrl);
    }
  }
}
