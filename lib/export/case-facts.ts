// The order of a case's sections and the words for its facts, in one place: the case page and the
// summaries (PDF, Word, Markdown) both build on these, so they say the same thing in the same order.
import type { CaseDocument, Citation } from '../case-document/schema';
import { describeDate } from '../dates';
import type { Certainty } from '../generated/prisma/enums';
import { ADJUDICATOR_ROLE_LABELS, FORUM_KIND_LABELS, OUTCOME_KIND_LABELS, PROCEEDING_ROLE_LABELS, PROCEEDING_STAGE_LABELS } from '../labels';
import { formatMoney, groupThousands } from '../money';

type Doc = CaseDocument;
type Proceeding = Doc['proceedings'][number];
type ProceedingParty = Proceeding['parties'][number];
type Counsel = ProceedingParty['counsel'][number];
type Adjudicator = Proceeding['adjudicators'][number];
type Claim = Doc['claims'][number];
type Covenant = Doc['covenants'][number];
type Consideration = Covenant['considerations'][number];
type Outcome = Doc['outcomes'][number];
type Award = Outcome['awards'][number];

export type Fact = { certainty: Certainty; certaintyNote: string | null; citations: Citation[] };

export const CASE_SECTIONS = [
  { id: 'parties', title: 'Parties' },
  { id: 'proceedings', title: 'Proceedings and forums' },
  { id: 'covenant', title: 'Restrictive covenant' },
  { id: 'timeline', title: 'Timeline' },
  { id: 'claims', title: 'Claims' },
  { id: 'evidence', title: 'Evidence' },
  { id: 'outcomes', title: 'Outcome' },
  { id: 'related', title: 'Related cases' },
  { id: 'notes', title: 'Notes' },
  { id: 'sources', title: 'Sources' },
] as const;
export type CaseSectionId = (typeof CASE_SECTIONS)[number]['id'];
export const SECTION_TITLES = Object.fromEntries(CASE_SECTIONS.map((s) => [s.id, s.title])) as Record<CaseSectionId, string>;

/** "Chang Cheng (常程)". */
export function partyName(party: Doc['parties'][number]): string {
  return party.originalName ? `${party.name} (${party.originalName})` : party.name;
}

/** The named parties, in the order given; "—" when there are none. */
export function partyNames(doc: Doc, ids: string[], separator = '; '): string {
  const names = ids.flatMap((id) => doc.parties.filter((p) => p.id === id)).map(partyName);
  return names.length > 0 ? names.join(separator) : '—';
}

/** How the rest of the case refers to a proceeding: its case number, else its title, else stage and forum. */
export function proceedingName(p: Proceeding): string {
  return p.caseNumber ?? p.title ?? `${PROCEEDING_STAGE_LABELS[p.stage]} (${FORUM_KIND_LABELS[p.forum.kind]})`;
}

/** "First instance: Court — Superior Court of California (Trial court)". */
export function proceedingHeading(p: Proceeding): string {
  const forum = [FORUM_KIND_LABELS[p.forum.kind], p.forum.name].filter(Boolean).join(' — ');
  return `${PROCEEDING_STAGE_LABELS[p.stage]}: ${forum}${p.forum.level ? ` (${p.forum.level})` : ''}`;
}

export function proceedingOf(doc: Doc, id: string | null): Proceeding | undefined {
  return id === null ? undefined : doc.proceedings.find((p) => p.id === id);
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A court has judges, a tribunal arbitrators. */
export function adjudicatorNoun(p: Proceeding): 'judge' | 'arbitrator' | 'adjudicator' {
  if (p.forum.kind === 'COURT') return 'judge';
  return p.forum.kind === 'OTHER' ? 'adjudicator' : 'arbitrator';
}

/** "Robert Lin (林博), magistrate". */
export function adjudicatorText(a: Adjudicator): string {
  return `${a.originalName ? `${a.name} (${a.originalName})` : a.name}, ${ADJUDICATOR_ROLE_LABELS[a.role].toLowerCase()}`;
}

/** "Jordan Harlow, Harlow & Finch LLP". */
export function counselText(c: Counsel): string {
  return [c.lawyer, c.firm].filter(Boolean).join(', ');
}

/**
 * A party's role in each proceeding it takes part in, saying where: "Plaintiff in 21CV123456;
 * Defendant in 5:21-cv-00987-XYZ". Null when no proceeding lists the party.
 */
export function rolesInProceedings(doc: Doc, partyId: string): string | null {
  const roles = doc.proceedings.flatMap((p) =>
    p.parties.filter((entry) => entry.partyId === partyId).map((entry) => `${PROCEEDING_ROLE_LABELS[entry.role]} in ${proceedingName(p)}`),
  );
  return roles.length > 0 ? roles.join('; ') : null;
}

const ORIGINAL_NAME_CERTAINTY_WORDS: Record<Certainty, string> = {
  CONFIRMED: 'confirmed in the sources',
  REPORTED: 'as reported',
  ALLEGED: 'as alleged',
  DISPUTED: 'disputed',
  DENIED: 'denied',
  UNCONFIRMED: 'not checked in the sources',
};

/** "not checked in the sources": how sure the original-script name is. */
export function originalNameCertaintyText(certainty: Certainty): string {
  return ORIGINAL_NAME_CERTAINTY_WORDS[certainty];
}

/** "40 trade secrets asserted, 6 tried". */
export function itemsText(items: NonNullable<Claim['items']>): string {
  const counted = [
    items.asserted !== null ? `${items.asserted} asserted` : null,
    items.tried !== null ? `${items.tried} tried` : null,
  ].filter((part): part is string => part !== null);
  if (counted.length === 0) return `${items.noun}: how many is not known`;
  // The noun follows the first number only: "40 trade secrets asserted, 6 tried".
  return counted.join(', ').replace(/^(\d+)/, `$1 ${items.noun}`);
}

/** "12,000 shares of Class B common stock (24,000 after the 2-for-1 split of 2019)". */
export function sharesText(shares: NonNullable<Consideration['shares']>): string {
  return `${groupThousands(shares.quantity)} shares${shares.shareClass ? ` of ${shares.shareClass}` : ''}${shares.adjustment ? ` (${shares.adjustment})` : ''}`;
}

/** A consideration's money, its shares, or both. */
export function considerationValue(item: Consideration): string {
  const parts = item.shares && item.amount.qualifier === 'NOT_MONETARY' ? [] : [formatMoney(item.amount)];
  if (item.shares) parts.push(sharesText(item.shares));
  return parts.join('; ');
}

/** "Lumen Systems preferred units: 150,000 shares, valued at about 1,800,000,000 USD". */
export function equityText(equity: NonNullable<Outcome['settlementEquity']>): string {
  const valuation = equity.valuation.qualifier === 'NOT_MONETARY' ? null : `valued at ${formatMoney(equity.valuation)}`;
  const details = [equity.shares !== null && `${groupThousands(equity.shares)} shares`, valuation].filter(Boolean);
  return details.length > 0 ? `${equity.description}: ${details.join(', ')}` : equity.description;
}

/** "250,000 USD, posted by Brightwater Analytics Inc. on 2021-03-05". */
export function bondText(doc: Doc, bond: NonNullable<Outcome['bond']>): string {
  const postedBy = bond.postedById ? `, posted by ${partyNames(doc, [bond.postedById])}` : '';
  const posted = bond.posted || bond.postedQualifier ? ` on ${describeDate(bond.posted, bond.postedQualifier)}` : '';
  return `${formatMoney(bond.amount)}${postedBy}${posted}`;
}

/** "2021-12-31 (as Brightwater asserts), asserted by Brightwater Analytics Inc."; null when not recorded. */
export function covenantEndsText(doc: Doc, c: Covenant): string | null {
  if (!c.ends && !c.endsQualifier) return null;
  return `${describeDate(c.ends, c.endsQualifier)}${c.endsAssertedById ? `, asserted by ${partyNames(doc, [c.endsAssertedById])}` : ''}`;
}

/** "due 2021-03-16 (within 14 days of the order)"; null without a due date. */
export function dueText(term: Outcome['termsImposed'][number]): string | null {
  return term.due || term.dueQualifier ? `due ${describeDate(term.due, term.dueQualifier)}` : null;
}

/**
 * What the case's decisions awarded on one claim, each award with its own provenance: its amount,
 * and, when the claim was decided more than once, the decision that awarded it (a later one
 * replaces an earlier): "150,000 CNY (award, 2021-03-15)".
 */
export function awardsOnClaim(doc: Doc, claimId: string): { award: Award; text: string }[] {
  const awards = doc.outcomes.flatMap((o) => o.awards.filter((a) => a.claimId === claimId).map((award) => ({ award, outcome: o })));
  return awards.map(({ award, outcome }) => ({
    award,
    text:
      awards.length < 2
        ? formatMoney(award.amount)
        : `${formatMoney(award.amount)} (${OUTCOME_KIND_LABELS[outcome.kind].toLowerCase()}${outcome.decided ? `, ${outcome.decided}` : ''})`,
  }));
}

/** "Base salary: 310,000 USD". */
export function evidenceAmountText(amount: Doc['evidence'][number]['amounts'][number]): string {
  return `${amount.description}: ${formatMoney(amount.amount)}`;
}

/** Every citation of the document, in the order of the case page. */
export function allCitations(doc: Doc): Citation[] {
  return [
    ...doc.parties.flatMap((p) => p.roles.flatMap((r) => r.citations)),
    ...doc.proceedings.flatMap((p) => [
      ...p.citations,
      ...p.adjudicators.flatMap((a) => a.citations),
      ...p.parties.flatMap((entry) => [...entry.citations, ...entry.counsel.flatMap((c) => c.citations)]),
    ]),
    ...doc.covenants.flatMap((c) => [...c.citations, ...c.terms.flatMap((t) => t.citations), ...c.considerations.flatMap((i) => i.citations)]),
    ...doc.claims.flatMap((c) => c.citations),
    ...doc.evidence.flatMap((e) => e.citations),
    ...doc.events.flatMap((e) => e.citations),
    ...doc.outcomes.flatMap((o) => [...o.citations, ...o.awards.flatMap((a) => a.citations), ...o.termsImposed.flatMap((t) => t.citations)]),
  ];
}
