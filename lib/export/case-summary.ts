// The content of a case summary, independent of format: the PDF, Word and Markdown exports all
// render this one model, so they carry the same facts in the same order as the case page.
import type { CaseDocument } from '../case-document/schema';
import { describeDate, todayIsoDate } from '../dates';
import {
  CASE_STATUS_LABELS,
  CERTAINTY_LABELS,
  CLAIM_KIND_LABELS,
  CLAIM_STATUS_LABELS,
  COVENANT_TERM_LABELS,
  EVENT_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_TREATMENT_LABELS,
  jurisdictionLabel,
  OUTCOME_KIND_LABELS,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
  PROCEEDING_ROLE_LABELS,
  RELATION_KIND_INVERSE_LABELS,
  RELATION_KIND_LABELS,
  TERM_FINDING_LABELS,
} from '../labels';
import { formatMoney } from '../money';
import {
  adjudicatorNoun,
  adjudicatorText,
  allCitations,
  awardsOnClaim,
  bondText,
  capitalise,
  CASE_SECTIONS,
  considerationValue,
  counselText,
  covenantEndsText,
  dueText,
  equityText,
  evidenceAmountText,
  itemsText,
  originalNameCertaintyText,
  partyNames,
  proceedingHeading,
  proceedingName,
  proceedingOf,
  rolesInProceedings,
  type CaseSectionId,
  type Fact,
} from './case-facts';
import type { LinkedCase, RelatedCases } from '../server/cases/related-cases';

/** A piece of text with its emphasis. */
export type Run = { text: string; bold?: boolean; italic?: boolean; muted?: boolean };

export type Block =
  /** A sub-heading inside a section: one party, one proceeding, one piece of evidence. */
  | { kind: 'heading'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  /** Label → value pairs, e.g. the terms of a covenant. */
  | { kind: 'fields'; rows: { label: string; value: Run[] }[] }
  | { kind: 'table'; columns: { header: string; width: number }[]; rows: Run[][][] }
  /** A quoted excerpt. */
  | { kind: 'quote'; runs: Run[] };

type Field = { label: string; value: Run[] };

export type SummarySection = { id: string; title: string; blocks: Block[] };

export type CaseSummary = {
  title: string;
  /** Status, jurisdiction, tags, … shown under the title. */
  facts: { label: string; value: string }[];
  summary: string;
  fictional: boolean;
  archived: boolean;
  sections: SummarySection[];
  /** "2026-11-25" — the day of the export, in UTC. */
  exportedOn: string;
  caseUrl: string | null;
};

export type SummaryOptions = { exportedAt: Date; caseUrl?: string | null; related?: RelatedCases };

const text = (value: string, style: Omit<Run, 'text'> = {}): Run => ({ text: value, ...style });

/** The plain text of runs, for formats and cells that carry no emphasis. */
export function plain(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** "Certainty: confirmed (Lenovo's statement). Sources: [1] (attributed to Lenovo)." or "… Uncited." */
export function provenance(fact: Fact, sourceNumbers: Map<string, number>): Run[] {
  const runs: Run[] = [text('Certainty: ', { muted: true }), text(CERTAINTY_LABELS[fact.certainty].toLowerCase(), { bold: true })];
  if (fact.certaintyNote) runs.push(text(` (${fact.certaintyNote.replace(/[.。]+$/, '')})`, { muted: true }));
  runs.push(text('. ', { muted: true }));
  if (fact.citations.length === 0) {
    runs.push(text('Uncited.', { bold: true }));
    return runs;
  }
  const cited = [...new Set(fact.citations.map((c) => sourceNumbers.get(c.sourceId)))].map((n) => `[${n}]`).join(' ');
  const attributions = [...new Set(fact.citations.map((c) => c.attribution).filter((a): a is string => !!a))];
  runs.push(text(`${fact.citations.length === 1 ? 'Source' : 'Sources'} ${cited}`, { muted: true }));
  if (attributions.length > 0) runs.push(text(`, attributed to ${attributions.join('; ')}`, { muted: true }));
  runs.push(text('.', { muted: true }));
  return runs;
}

export function buildCaseSummary(doc: CaseDocument, options: SummaryOptions): CaseSummary {
  const sourceNumbers = new Map(doc.sources.map((s, i) => [s.id, i + 1]));
  const cite = (fact: Fact): Block => ({ kind: 'paragraph', runs: provenance(fact, sourceNumbers) });
  /** A value followed by the provenance of its own fact. */
  const cited = (value: string, fact: Fact): Run[] => [text(`${value}. `), ...provenance(fact, sourceNumbers)];
  const claimTitle = (id: string) => doc.claims.find((c) => c.id === id)?.title ?? id;

  const facts = [
    { label: 'Status', value: CASE_STATUS_LABELS[doc.status] },
    { label: 'Jurisdiction', value: jurisdictionLabel(doc.jurisdiction.country, doc.jurisdiction.subdivision) },
  ];
  if (doc.tags.length > 0) facts.push({ label: 'Tags', value: doc.tags.join(', ') });
  facts.push({ label: 'Record', value: `version ${doc.version}, id ${doc.id}` });

  const blocks: Partial<Record<CaseSectionId, Block[]>> = {};

  // Parties
  const parties: Block[] = [];
  for (const party of doc.parties) {
    const heading: Run[] = [text(party.name, { bold: true })];
    if (party.originalName) heading.push(text(`  ${party.originalName}`, { bold: true }));
    heading.push(text(`  ${PARTY_KIND_LABELS[party.kind]}`, { muted: true }));
    parties.push({ kind: 'heading', runs: heading });
    if (party.aliases.length > 0) parties.push({ kind: 'paragraph', runs: [text('Also known as: ', { muted: true }), text(party.aliases.join(', '))] });
    if (party.description) parties.push({ kind: 'paragraph', runs: [text(party.description)] });
    const rows: Field[] = [];
    if (party.originalName && party.originalNameCertainty) {
      rows.push({ label: 'Original-script name', value: [text(`${party.originalName}: `), text(originalNameCertaintyText(party.originalNameCertainty), { bold: true })] });
    }
    if (party.legalRepresentative) rows.push({ label: 'Legal representative', value: [text(party.legalRepresentative)] });
    for (const role of party.roles) {
      rows.push({ label: PARTY_ROLE_LABELS[role.role], value: [...(role.description ? [text(`${role.description} `)] : []), ...provenance(role, sourceNumbers)] });
    }
    const inProceedings = rolesInProceedings(doc, party.id);
    if (inProceedings) rows.push({ label: 'In the proceedings', value: [text(inProceedings)] });
    parties.push({ kind: 'fields', rows });
  }
  blocks.parties = parties.length ? parties : [empty('No parties recorded.')];

  // Proceedings: each with its judges or arbitrators, and the parties' roles and counsel in it.
  const proceedings: Block[] = [];
  for (const p of doc.proceedings) {
    proceedings.push({ kind: 'heading', runs: [text(proceedingHeading(p), { bold: true })] });
    const rows: Field[] = [];
    if (p.title) rows.push({ label: 'Title', value: [text(p.title)] });
    if (p.forum.seat) rows.push({ label: 'Seat or division', value: [text(p.forum.seat)] });
    rows.push({ label: 'Case number', value: [text(p.caseNumber ?? 'not known')] });
    if (p.otherCaseNumbers.length > 0) rows.push({ label: 'Other case numbers', value: [text(p.otherCaseNumbers.join('; '))] });
    if (p.reportedCitations.length > 0) rows.push({ label: 'Reported as', value: [text(p.reportedCitations.join('; '))] });
    rows.push({ label: 'Filed', value: [text(describeDate(p.filed, p.filedQualifier))] });
    if (p.decided || p.decidedQualifier) rows.push({ label: 'Decided', value: [text(describeDate(p.decided, p.decidedQualifier))] });
    const noun = adjudicatorNoun(p);
    for (const a of p.adjudicators) rows.push({ label: capitalise(noun), value: cited(adjudicatorText(a), a) });
    for (const entry of p.parties) {
      const party = partyNames(doc, [entry.partyId]);
      rows.push({ label: party, value: cited(PROCEEDING_ROLE_LABELS[entry.role], entry) });
      // A row of its own: a line break inside a value's runs is not laid out reliably in the PDF.
      for (const counsel of entry.counsel) rows.push({ label: 'Counsel', value: cited(`${counselText(counsel)} (for ${party})`, counsel) });
    }
    proceedings.push({ kind: 'fields', rows }, cite(p));
  }
  blocks.proceedings = proceedings.length ? proceedings : [empty('No proceedings recorded.')];

  // Covenants
  const covenants: Block[] = [];
  for (const c of doc.covenants) {
    covenants.push({ kind: 'heading', runs: [text(c.title ?? 'Untitled agreement', { bold: true })] });
    const signed: Run[] = [text(describeDate(c.signed, c.signedQualifier))];
    if (c.signatureDisputed) signed.push(text(' — signature disputed', { bold: true }));
    if (c.validityDisputed) signed.push(text(' — validity disputed', { bold: true }));
    const rows: Field[] = [{ label: 'Signed', value: signed }];
    if (c.durationMonths !== null) rows.push({ label: 'Duration', value: [text(`${c.durationMonths} months`)] });
    const ends = covenantEndsText(doc, c);
    if (ends) rows.push({ label: 'Ends', value: [text(ends)] });
    if (c.geographicScope) rows.push({ label: 'Geographic scope', value: [text(c.geographicScope)] });
    if (c.restrictedActivities) rows.push({ label: 'Restricted activities', value: [text(c.restrictedActivities)] });
    if (c.nonSolicitationScope) rows.push({ label: 'Non-solicitation', value: [text(c.nonSolicitationScope)] });
    if (c.liquidatedDamagesClause) rows.push({ label: 'Liquidated damages clause', value: [text(c.liquidatedDamagesClause)] });
    if (c.governingLaw) rows.push({ label: 'Governing law', value: [text(c.governingLaw)] });
    if (c.forumSelectionClause) rows.push({ label: 'Forum-selection clause', value: [text(c.forumSelectionClause)] });
    covenants.push({ kind: 'fields', rows }, cite(c));

    covenants.push({ kind: 'heading', runs: [text('Consideration', { bold: true })] });
    if (c.considerations.length === 0) covenants.push(empty('No consideration recorded.'));
    else
      covenants.push({
        kind: 'table',
        columns: [
          { header: 'Consideration', width: 0.34 },
          { header: 'Amount or shares', width: 0.28 },
          { header: 'Payment and provenance', width: 0.38 },
        ],
        rows: c.considerations.map((item) => [
          [text(item.description)],
          [text(considerationValue(item), { bold: true })],
          [...(item.paymentNote ? [text(`${item.paymentNote} `)] : []), ...provenance(item, sourceNumbers)],
        ]),
      });

    covenants.push({ kind: 'heading', runs: [text('Terms and what the tribunal found', { bold: true })] });
    if (c.terms.length === 0) covenants.push(empty('No terms recorded.'));
    else
      covenants.push({
        kind: 'table',
        columns: [
          { header: 'Term', width: 0.42 },
          { header: 'Finding', width: 0.18 },
          { header: 'Provenance', width: 0.4 },
        ],
        rows: c.terms.map((t) => [
          [text(`${COVENANT_TERM_LABELS[t.kind]}: `, { bold: true }), text(t.description)],
          [text(TERM_FINDING_LABELS[t.finding])],
          provenance(t, sourceNumbers),
        ]),
      });
  }
  blocks.covenant = covenants.length ? covenants : [empty('No covenant recorded.')];

  // Timeline, in the document's order (the researcher's), with each date in its own precision.
  blocks.timeline = doc.events.length
    ? [
        {
          kind: 'table',
          columns: [
            { header: 'Date', width: 0.18 },
            { header: 'Event', width: 0.5 },
            { header: 'Provenance', width: 0.32 },
          ],
          rows: doc.events.map((e) => [
            [text(describeDate(e.occurred, e.occurredQualifier), { bold: true })],
            [text(`${EVENT_KIND_LABELS[e.kind]}. `, { muted: true }), text(e.description)],
            provenance(e, sourceNumbers),
          ]),
        },
      ]
    : [empty('No events recorded.')];

  // Claims: each award beside a claim carries its own provenance (a reported figure on a confirmed claim).
  blocks.claims = doc.claims.length
    ? [
        {
          kind: 'table',
          columns: [
            { header: 'Claim', width: 0.27 },
            { header: 'By → against', width: 0.16 },
            { header: 'Claimed', width: 0.14 },
            { header: 'Awarded', width: 0.2 },
            { header: 'Status and provenance', width: 0.23 },
          ],
          rows: doc.claims.map((c) => {
            const proceeding = proceedingOf(doc, c.proceedingId);
            const claim: Run[] = [text(c.title, { bold: true }), text(`\n${CLAIM_KIND_LABELS[c.kind]}${proceeding ? ` · in ${proceedingName(proceeding)}` : ''}`, { muted: true })];
            if (c.description) claim.push(text(`\n${c.description}`));
            if (c.items) claim.push(text(`\n${itemsText(c.items)}`));
            const awards = awardsOnClaim(doc, c.id);
            return [
              claim,
              [text(`${partyNames(doc, c.claimantIds)} → ${partyNames(doc, c.respondentIds)}`)],
              [text(formatMoney(c.amount)), ...(c.amountNote ? [text(`\n${c.amountNote}`, { muted: true })] : [])],
              awards.length ? awards.flatMap(({ award, text: amount }, i) => [...(i > 0 ? [text('\n')] : []), ...cited(amount, award)]) : [text('—')],
              [text(`${CLAIM_STATUS_LABELS[c.status]}. `), ...provenance(c, sourceNumbers)],
            ];
          }),
        },
      ]
    : [empty('No claims recorded.')];

  // Evidence
  const evidence: Block[] = [];
  for (const e of doc.evidence) {
    evidence.push({ kind: 'heading', runs: [text(e.description, { bold: true })] });
    const rows: Field[] = [
      { label: 'Kind', value: [text(EVIDENCE_KIND_LABELS[e.kind])] },
      { label: 'Produced by', value: [text(e.producedByPartyId ? partyNames(doc, [e.producedByPartyId]) : (e.producedBy ?? 'unknown'))] },
    ];
    if (e.produced || e.producedQualifier) rows.push({ label: 'Date', value: [text(describeDate(e.produced, e.producedQualifier))] });
    rows.push({ label: 'Treatment', value: [text(e.treatment ? EVIDENCE_TREATMENT_LABELS[e.treatment] : 'not reported')] });
    if (e.finding) rows.push({ label: 'Finding', value: [text(e.finding)] });
    if (e.claimIds.length > 0) rows.push({ label: 'Bears on', value: [text(e.claimIds.map(claimTitle).join('; '))] });
    if (e.amounts.length > 0) rows.push({ label: 'Amounts', value: [text(e.amounts.map(evidenceAmountText).join('; '))] });
    evidence.push({ kind: 'fields', rows }, cite(e));
  }
  blocks.evidence = evidence.length ? evidence : [empty('No evidence recorded.')];

  // Outcomes: awards and imposed terms are facts of their own, each with its provenance.
  const outcomes: Block[] = [];
  for (const o of doc.outcomes) {
    const head: Run[] = [text(OUTCOME_KIND_LABELS[o.kind], { bold: true })];
    if (o.decided || o.decidedQualifier) head.push(text(` · ${describeDate(o.decided, o.decidedQualifier)}`, { bold: true }));
    outcomes.push({ kind: 'heading', runs: head });
    if (o.summary) outcomes.push({ kind: 'paragraph', runs: [text(o.summary)] });
    const rows: Field[] = [];
    const proceeding = proceedingOf(doc, o.proceedingId);
    if (proceeding) rows.push({ label: 'Proceeding', value: [text(proceedingName(proceeding))] });
    if (o.settlement.qualifier !== 'NOT_MONETARY') {
      rows.push({ label: 'Settlement sum', value: [text(o.settlementConfidential ? 'confidential' : formatMoney(o.settlement), { bold: true })] });
    }
    if (o.settlementEquity) rows.push({ label: 'Settlement in equity', value: [text(equityText(o.settlementEquity), { bold: true })] });
    if (o.bond) rows.push({ label: 'Bond', value: [text(bondText(doc, o.bond))] });
    for (const award of o.awards) rows.push({ label: `Awarded: ${claimTitle(award.claimId)}`, value: cited(formatMoney(award.amount), award) });
    for (const term of o.termsImposed) {
      const due = dueText(term);
      rows.push({ label: 'Term imposed', value: cited(`${term.description}${due ? `, ${due}` : ''}`, term) });
    }
    if (rows.length) outcomes.push({ kind: 'fields', rows });
    outcomes.push(cite(o));
  }
  blocks.outcomes = outcomes.length ? outcomes : [empty('No outcome recorded.')];

  // By title when the caller looked them up (the export route does), else by id.
  const related = options.related ?? { names: doc.relatedCases.map((r) => ({ ...r, title: r.caseId, archived: false })), namedBy: [] };
  const relation = (link: LinkedCase, label: string): Block => ({
    kind: 'paragraph',
    runs: [text(`${label}: `, { bold: true }), text(link.title), ...(link.archived ? [text(' (archived)', { muted: true })] : []), ...(link.note ? [text(` — ${link.note}`)] : [])],
  });
  if (related.names.length + related.namedBy.length > 0) {
    blocks.related = [
      ...related.names.map((link) => relation(link, RELATION_KIND_LABELS[link.kind])),
      ...related.namedBy.map((link) => relation(link, RELATION_KIND_INVERSE_LABELS[link.kind])),
    ];
  }

  if (doc.notes.length > 0) {
    blocks.notes = doc.notes.map((n) => ({
      kind: 'paragraph' as const,
      runs: [text(n.body), text(` — ${n.author ?? 'unattributed'}, ${n.createdAt.slice(0, 10)}`, { muted: true })],
    }));
  }

  // Source notes: numbered as the facts cite them, each with the excerpts quoted from it.
  const citations = allCitations(doc);
  const sources: Block[] = [];
  doc.sources.forEach((s, index) => {
    const runs: Run[] = [text(`[${index + 1}] `, { bold: true })];
    if (s.publisher) runs.push(text(`${s.publisher}, `));
    if (s.author) runs.push(text(`${s.author}, `));
    runs.push(text(s.title, { italic: true }));
    if (s.published || s.publishedQualifier) runs.push(text(`, ${describeDate(s.published, s.publishedQualifier)}`));
    runs.push(text('.'));
    if (s.url) runs.push(text(` ${s.url}`));
    if (s.language) runs.push(text(` Language: ${s.language}${s.languageNote ? ` (${s.languageNote})` : ''}.`, { muted: true }));
    sources.push({ kind: 'paragraph', runs });
    const seen = new Set<string>();
    for (const c of citations.filter((c) => c.sourceId === s.id && (c.excerpt || c.locator))) {
      const key = `${c.excerpt}\u0000${c.locator}\u0000${c.attribution}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const quote: Run[] = [];
      if (c.excerpt) quote.push(text(c.excerpt, { italic: true }));
      if (c.locator) quote.push(text(` (${c.locator})`));
      if (c.attribution) quote.push(text(` — attributed to ${c.attribution}`, { muted: true }));
      sources.push({ kind: 'quote', runs: quote });
    }
  });
  blocks.sources = sources.length ? sources : [empty('No sources recorded.')];

  return {
    title: doc.title,
    facts,
    summary: doc.summary,
    fictional: doc.fictional,
    archived: doc.archivedAt !== null,
    // In the case page's order (CASE_SECTIONS); related cases and notes only when there are some.
    sections: CASE_SECTIONS.flatMap(({ id, title }) => (blocks[id] ? [{ id, title, blocks: blocks[id] }] : [])),
    exportedOn: todayIsoDate(options.exportedAt),
    caseUrl: options.caseUrl ?? null,
  };
}

function empty(message: string): Block {
  return { kind: 'paragraph', runs: [text(message, { italic: true, muted: true })] };
}

