// Field-level differences between two versions of a case, in words a researcher reads on the
// History tab: "Claim 'Liquidated damages': amount changed from unknown to more than 1,000,000 CNY".
import { z } from 'zod';
import type { CaseDocument, Citation } from '../case-document/schema';
import { describeDate } from '../dates';
import {
  adjudicatorNoun,
  bondText,
  counselText,
  equityText,
  evidenceAmountText,
  itemsText,
  partyNames,
  sharesText,
} from '../export/case-facts';
import * as L from '../labels';
import { formatMoney, type Money } from '../money';

export type FieldChange = { path: string; text: string; before: string | null; after: string | null };

/** A history entry's changes as stored: read back (history pages, backup files) through this, never cast. */
export const fieldChangesSchema = z.array(
  z.strictObject({ path: z.string(), text: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
) satisfies z.ZodType<FieldChange[]>;

type Row = { id: string } & Record<string, unknown>;
/**
 * A field's value in words; `doc` is the version the row is of, to name the parties it refers to.
 * `compare`, for a field that refers to other rows, is what must differ for it to have changed (the
 * ids): renaming a party is one change, not one more for every claim that names it.
 */
type Field<T> = { key: string; label: string; show: (row: T, doc: Doc) => string | null; compare?: (row: T) => string };
const json = (value: unknown) => JSON.stringify(value);

const text = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value));
const quote = (value: string | null) => (value === null ? 'empty' : `'${value.length > 80 ? `${value.slice(0, 77)}…` : value}'`);
const money = (m: Money) => formatMoney(m);
const bool = (v: boolean) => (v ? 'yes' : 'no');
const citations = (list: Citation[]) =>
  list.length === 0 ? 'uncited' : list.map((c) => [c.sourceId.slice(0, 8), c.excerpt, c.locator, c.attribution].filter(Boolean).join(' · ')).join(' | ');

/** Parties by name, never by id: "Chidi Okafor, Lumen Systems LLC". */
const names = (doc: Doc, ids: string[]) => (ids.length === 0 ? null : partyNames(doc, ids, ', '));

function provenance<T extends { certainty: keyof typeof L.CERTAINTY_LABELS; certaintyNote: string | null; citations: Citation[] }>(): Field<T>[] {
  return [
    { key: 'certainty', label: 'certainty', show: (r) => L.CERTAINTY_LABELS[r.certainty] },
    { key: 'certaintyNote', label: 'certainty note', show: (r) => r.certaintyNote },
    { key: 'citations', label: 'citations', show: (r) => citations(r.citations) },
  ];
}

type Doc = CaseDocument;
type Party = Doc['parties'][number];
type Role = Party['roles'][number] & { partyName: string };
type Proceeding = Doc['proceedings'][number];
/** A row inside a proceeding or an outcome, with the words naming where it is. */
type Within<T> = T & { within: string };
type Adjudicator = Within<Proceeding['adjudicators'][number]> & { noun: string };
type ProceedingParty = Within<Proceeding['parties'][number]> & { partyName: string };
type Counsel = Within<Proceeding['parties'][number]['counsel'][number]> & { partyName: string };
type Covenant = Doc['covenants'][number];
type Outcome = Doc['outcomes'][number];
type Award = Within<Outcome['awards'][number]> & { claimTitle: string };
type ImposedTerm = Within<Outcome['termsImposed'][number]>;

const proceedingName = (p: Proceeding) => `${L.PROCEEDING_STAGE_LABELS[p.stage]}${p.caseNumber ? ` ${p.caseNumber}` : ''}`;
const proceedingNameOf = (doc: Doc, id: string | null) => {
  const proceeding = doc.proceedings.find((p) => p.id === id);
  return proceeding ? proceedingName(proceeding) : null;
};
const outcomeName = (o: Outcome) => L.OUTCOME_KIND_LABELS[o.kind];
const claimTitle = (doc: Doc, id: string) => doc.claims.find((c) => c.id === id)?.title ?? id;
const dated = (value: string | null, qualifier: string | null) => (value || qualifier ? describeDate(value, qualifier) : null);

const CASE_FIELDS: Field<Doc>[] = [
  { key: 'title', label: 'Title', show: (d) => d.title },
  { key: 'summary', label: 'Summary', show: (d) => text(d.summary) },
  { key: 'jurisdiction', label: 'Jurisdiction', show: (d) => L.jurisdictionLabel(d.jurisdiction.country, d.jurisdiction.subdivision) },
  { key: 'status', label: 'Status', show: (d) => L.CASE_STATUS_LABELS[d.status] },
  { key: 'fictional', label: 'Fictional', show: (d) => bool(d.fictional) },
  { key: 'archivedAt', label: 'Archived', show: (d) => (d.archivedAt ? 'yes' : 'no') },
  { key: 'tags', label: 'Tags', show: (d) => text(d.tags.join(', ')) },
  { key: 'relatedCases', label: 'Related cases', show: (d) => text(d.relatedCases.map((r) => `${L.RELATION_KIND_LABELS[r.kind]} ${r.caseId}`).join(', ')) },
];

/**
 * Rows of one kind, named as "Claim 'Liquidated damages'"; a row inside another says where it is
 * (`subject`): "Proceeding 'First instance 21CV123456': judge 'Maria Delgado'".
 */
type Collection<T extends { id: string }> = {
  path: string;
  noun: string;
  rows: (d: Doc) => T[];
  name: (row: T) => string;
  subject?: (row: T) => string;
  fields: Field<T>[];
};

function collection<T extends { id: string }>(c: Collection<T>): Collection<Row> {
  return c as unknown as Collection<Row>;
}

function subjectOf(c: Collection<Row>, row: Row): string {
  return c.subject ? c.subject(row) : `${c.noun} '${c.name(row)}'`;
}

const COLLECTIONS: Collection<Row>[] = [
  collection<Doc['sources'][number]>({
    path: 'sources',
    noun: 'Source',
    rows: (d) => d.sources,
    name: (s) => String(s.title),
    fields: [
      { key: 'title', label: 'title', show: (s) => s.title },
      { key: 'publisher', label: 'publisher', show: (s) => s.publisher },
      { key: 'author', label: 'author', show: (s) => s.author },
      { key: 'url', label: 'URL', show: (s) => s.url },
      { key: 'published', label: 'published', show: (s) => dated(s.published, s.publishedQualifier) },
      { key: 'language', label: 'language', show: (s) => s.language },
      { key: 'languageNote', label: 'language note', show: (s) => s.languageNote },
      { key: 'snapshotSha256', label: 'kept text (SHA-256)', show: (s) => s.snapshotSha256 },
    ],
  }),
  collection<Party>({
    path: 'parties',
    noun: 'Party',
    rows: (d) => d.parties,
    name: (p) => String(p.name),
    fields: [
      { key: 'name', label: 'name', show: (p) => p.name },
      { key: 'originalName', label: 'original name', show: (p) => p.originalName },
      { key: 'originalNameCertainty', label: 'original name certainty', show: (p) => (p.originalNameCertainty ? L.CERTAINTY_LABELS[p.originalNameCertainty] : null) },
      { key: 'aliases', label: 'other names', show: (p) => text(p.aliases.join(', ')) },
      { key: 'kind', label: 'kind', show: (p) => L.PARTY_KIND_LABELS[p.kind] },
      { key: 'description', label: 'description', show: (p) => p.description },
      { key: 'legalRepresentative', label: 'legal representative', show: (p) => p.legalRepresentative },
    ],
  }),
  collection<Role>({
    path: 'roles',
    noun: 'Role',
    rows: (d) => d.parties.flatMap((p) => p.roles.map((r) => ({ ...r, partyName: p.name }))),
    name: (r) => `${r.partyName} as ${L.PARTY_ROLE_LABELS[r.role as keyof typeof L.PARTY_ROLE_LABELS].toLowerCase()}`,
    fields: [
      { key: 'role', label: 'role', show: (r) => L.PARTY_ROLE_LABELS[r.role] },
      { key: 'description', label: 'description', show: (r) => r.description },
      ...provenance<Role>(),
    ],
  }),
  collection<Proceeding>({
    path: 'proceedings',
    noun: 'Proceeding',
    rows: (d) => d.proceedings,
    name: proceedingName,
    fields: [
      { key: 'title', label: 'title', show: (p) => p.title },
      { key: 'stage', label: 'stage', show: (p) => L.PROCEEDING_STAGE_LABELS[p.stage] },
      { key: 'forum', label: 'forum', show: (p) => [L.FORUM_KIND_LABELS[p.forum.kind], p.forum.name, p.forum.level].filter(Boolean).join(', ') },
      { key: 'seat', label: 'seat', show: (p) => p.forum.seat },
      { key: 'caseNumber', label: 'case number', show: (p) => p.caseNumber },
      { key: 'otherCaseNumbers', label: 'other case numbers', show: (p) => text(p.otherCaseNumbers.join(', ')) },
      { key: 'reportedCitations', label: 'reported citations', show: (p) => text(p.reportedCitations.join(', ')) },
      { key: 'filed', label: 'filed', show: (p) => dated(p.filed, p.filedQualifier) },
      { key: 'decided', label: 'decided', show: (p) => dated(p.decided, p.decidedQualifier) },
      ...provenance<Proceeding>(),
    ],
  }),
  collection<Adjudicator>({
    path: 'adjudicators',
    noun: 'Judge or arbitrator',
    rows: (d) => d.proceedings.flatMap((p) => p.adjudicators.map((a) => ({ ...a, within: proceedingName(p), noun: adjudicatorNoun(p) }))),
    name: (a) => a.name,
    subject: (a) => `Proceeding '${a.within}': ${a.noun} '${a.name}'`,
    fields: [
      { key: 'name', label: 'name', show: (a) => a.name },
      { key: 'originalName', label: 'original name', show: (a) => a.originalName },
      { key: 'role', label: 'role', show: (a) => L.ADJUDICATOR_ROLE_LABELS[a.role] },
      ...provenance<Adjudicator>(),
    ],
  }),
  collection<ProceedingParty>({
    path: 'proceedingParties',
    noun: 'Party in a proceeding',
    rows: (d) =>
      d.proceedings.flatMap((p) => p.parties.map((entry) => ({ ...entry, within: proceedingName(p), partyName: partyNames(d, [entry.partyId], ', ') }))),
    name: (entry) => entry.partyName,
    subject: (entry) => `Proceeding '${entry.within}': party '${entry.partyName}'`,
    fields: [
      { key: 'partyId', label: 'party', show: (entry) => entry.partyName, compare: (entry) => entry.partyId },
      { key: 'role', label: 'role', show: (entry) => L.PROCEEDING_ROLE_LABELS[entry.role] },
      ...provenance<ProceedingParty>(),
    ],
  }),
  collection<Counsel>({
    path: 'counsel',
    noun: 'Counsel',
    rows: (d) =>
      d.proceedings.flatMap((p) =>
        p.parties.flatMap((entry) => entry.counsel.map((c) => ({ ...c, within: proceedingName(p), partyName: partyNames(d, [entry.partyId], ', ') }))),
      ),
    name: (c) => counselText(c),
    subject: (c) => `Proceeding '${c.within}': counsel '${counselText(c)}' for ${c.partyName}`,
    fields: [
      { key: 'lawyer', label: 'lawyer', show: (c) => c.lawyer },
      { key: 'firm', label: 'firm', show: (c) => c.firm },
      ...provenance<Counsel>(),
    ],
  }),
  collection<Covenant>({
    path: 'covenants',
    noun: 'Covenant',
    rows: (d) => d.covenants,
    name: (c) => String(c.title ?? 'untitled agreement'),
    fields: [
      { key: 'title', label: 'title', show: (c) => c.title },
      { key: 'signed', label: 'signed', show: (c) => dated(c.signed, c.signedQualifier) },
      { key: 'durationMonths', label: 'duration (months)', show: (c) => text(c.durationMonths) },
      { key: 'geographicScope', label: 'geographic scope', show: (c) => c.geographicScope },
      { key: 'restrictedActivities', label: 'restricted activities', show: (c) => c.restrictedActivities },
      { key: 'nonSolicitationScope', label: 'non-solicitation', show: (c) => c.nonSolicitationScope },
      { key: 'liquidatedDamagesClause', label: 'liquidated damages clause', show: (c) => c.liquidatedDamagesClause },
      { key: 'governingLaw', label: 'governing law', show: (c) => c.governingLaw },
      { key: 'forumSelectionClause', label: 'forum-selection clause', show: (c) => c.forumSelectionClause },
      { key: 'ends', label: 'end date', show: (c) => dated(c.ends, c.endsQualifier) },
      { key: 'endsAssertedById', label: 'end date asserted by', show: (c, d) => names(d, c.endsAssertedById ? [c.endsAssertedById] : []), compare: (c) => json(c.endsAssertedById) },
      { key: 'signatureDisputed', label: 'signature disputed', show: (c) => bool(c.signatureDisputed) },
      { key: 'validityDisputed', label: 'validity disputed', show: (c) => bool(c.validityDisputed) },
      ...provenance<Covenant>(),
    ],
  }),
  collection<Covenant['terms'][number]>({
    path: 'terms',
    noun: 'Covenant term',
    rows: (d) => d.covenants.flatMap((c) => c.terms),
    name: (t) => L.COVENANT_TERM_LABELS[t.kind as keyof typeof L.COVENANT_TERM_LABELS],
    fields: [
      { key: 'kind', label: 'kind', show: (t) => L.COVENANT_TERM_LABELS[t.kind] },
      { key: 'description', label: 'description', show: (t) => t.description },
      { key: 'finding', label: 'finding', show: (t) => L.TERM_FINDING_LABELS[t.finding] },
      ...provenance<Covenant['terms'][number]>(),
    ],
  }),
  collection<Covenant['considerations'][number]>({
    path: 'considerations',
    noun: 'Consideration',
    rows: (d) => d.covenants.flatMap((c) => c.considerations),
    name: (i) => String(i.description),
    fields: [
      { key: 'description', label: 'description', show: (i) => i.description },
      { key: 'amount', label: 'amount', show: (i) => money(i.amount) },
      { key: 'shares', label: 'shares', show: (i) => (i.shares ? sharesText(i.shares) : null) },
      { key: 'paymentNote', label: 'payment', show: (i) => i.paymentNote },
      ...provenance<Covenant['considerations'][number]>(),
    ],
  }),
  collection<Doc['claims'][number]>({
    path: 'claims',
    noun: 'Claim',
    rows: (d) => d.claims,
    name: (c) => String(c.title),
    fields: [
      { key: 'kind', label: 'kind', show: (c) => L.CLAIM_KIND_LABELS[c.kind] },
      { key: 'title', label: 'title', show: (c) => c.title },
      { key: 'proceedingId', label: 'proceeding', show: (c, d) => proceedingNameOf(d, c.proceedingId), compare: (c) => json(c.proceedingId) },
      { key: 'description', label: 'description', show: (c) => c.description },
      { key: 'claimantIds', label: 'claimants', show: (c, d) => names(d, c.claimantIds), compare: (c) => json(c.claimantIds) },
      { key: 'respondentIds', label: 'respondents', show: (c, d) => names(d, c.respondentIds), compare: (c) => json(c.respondentIds) },
      { key: 'items', label: 'items', show: (c) => (c.items ? itemsText(c.items) : null) },
      { key: 'amount', label: 'amount', show: (c) => money(c.amount) },
      { key: 'amountNote', label: 'amount note', show: (c) => c.amountNote },
      { key: 'status', label: 'status', show: (c) => L.CLAIM_STATUS_LABELS[c.status] },
      ...provenance<Doc['claims'][number]>(),
    ],
  }),
  collection<Doc['evidence'][number]>({
    path: 'evidence',
    noun: 'Evidence',
    rows: (d) => d.evidence,
    name: (e) => String(e.description),
    fields: [
      { key: 'kind', label: 'kind', show: (e) => L.EVIDENCE_KIND_LABELS[e.kind] },
      { key: 'description', label: 'description', show: (e) => e.description },
      { key: 'producedBy', label: 'produced by', show: (e, d) => (e.producedByPartyId ? names(d, [e.producedByPartyId]) : e.producedBy), compare: (e) => json([e.producedByPartyId, e.producedBy]) },
      { key: 'produced', label: 'date', show: (e) => dated(e.produced, e.producedQualifier) },
      { key: 'finding', label: 'finding', show: (e) => e.finding },
      { key: 'treatment', label: 'treatment', show: (e) => (e.treatment ? L.EVIDENCE_TREATMENT_LABELS[e.treatment] : null) },
      { key: 'claimIds', label: 'claims it bears on', show: (e) => text(e.claimIds.length) },
      { key: 'amounts', label: 'amounts', show: (e) => text(e.amounts.map(evidenceAmountText).join('; ')) },
      ...provenance<Doc['evidence'][number]>(),
    ],
  }),
  collection<Doc['events'][number]>({
    path: 'events',
    noun: 'Event',
    rows: (d) => d.events,
    name: (e) => String(e.description),
    fields: [
      { key: 'kind', label: 'kind', show: (e) => L.EVENT_KIND_LABELS[e.kind] },
      { key: 'occurred', label: 'date', show: (e) => describeDate(e.occurred, e.occurredQualifier) },
      { key: 'description', label: 'description', show: (e) => e.description },
      ...provenance<Doc['events'][number]>(),
    ],
  }),
  collection<Outcome>({
    path: 'outcomes',
    noun: 'Outcome',
    rows: (d) => d.outcomes,
    name: outcomeName,
    fields: [
      { key: 'kind', label: 'kind', show: (o) => L.OUTCOME_KIND_LABELS[o.kind] },
      { key: 'decided', label: 'date', show: (o) => dated(o.decided, o.decidedQualifier) },
      { key: 'summary', label: 'summary', show: (o) => text(o.summary) },
      { key: 'settlement', label: 'settlement', show: (o) => (o.settlementConfidential ? 'confidential' : money(o.settlement)) },
      { key: 'settlementEquity', label: 'settlement in equity', show: (o) => (o.settlementEquity ? equityText(o.settlementEquity) : null) },
      { key: 'bond', label: 'bond', show: (o, d) => (o.bond ? bondText(d, o.bond) : null), compare: (o) => json(o.bond) },
      ...provenance<Outcome>(),
    ],
  }),
  collection<Award>({
    path: 'awards',
    noun: 'Award',
    rows: (d) => d.outcomes.flatMap((o) => o.awards.map((a) => ({ ...a, within: outcomeName(o), claimTitle: claimTitle(d, a.claimId) }))),
    name: (a) => a.claimTitle,
    subject: (a) => `Outcome '${a.within}': award on claim '${a.claimTitle}'`,
    fields: [
      { key: 'claimId', label: 'claim', show: (a) => a.claimTitle, compare: (a) => a.claimId },
      { key: 'amount', label: 'amount', show: (a) => money(a.amount) },
      ...provenance<Award>(),
    ],
  }),
  collection<ImposedTerm>({
    path: 'termsImposed',
    noun: 'Imposed term',
    rows: (d) => d.outcomes.flatMap((o) => o.termsImposed.map((t) => ({ ...t, within: outcomeName(o) }))),
    name: (t) => t.description,
    subject: (t) => `Outcome '${t.within}': imposed term '${t.description}'`,
    fields: [
      { key: 'description', label: 'description', show: (t) => t.description },
      { key: 'due', label: 'due', show: (t) => dated(t.due, t.dueQualifier) },
      ...provenance<ImposedTerm>(),
    ],
  }),
  collection<Doc['notes'][number]>({
    path: 'notes',
    noun: 'Note',
    rows: (d) => d.notes,
    name: (n) => String(n.body).slice(0, 40),
    fields: [
      { key: 'body', label: 'text', show: (n) => n.body },
      { key: 'author', label: 'author', show: (n) => n.author ?? 'unattributed' },
    ],
  }),
];

const CONTEXT_WORDS = 3;
const MAX_CHANGED_CHARS = 160;

function clip(text: string): string {
  return text.length > MAX_CHANGED_CHARS ? `${text.slice(0, MAX_CHANGED_CHARS - 1)}…` : text;
}

/**
 * What differs between two long values, word by word, with a few words either side and "…" where
 * text is left out: "…in the Federal district court of…" → "…in the state court of…". A prefix of
 * each would often hide the change itself.
 */
export function changedParts(before: string, after: string): [string, string] {
  const [a, b] = [before.match(/\s*\S+/g) ?? [], after.match(/\s*\S+/g) ?? []];
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  let sameEnd = 0;
  while (sameEnd < a.length - same && sameEnd < b.length - same && a[a.length - 1 - sameEnd] === b[b.length - 1 - sameEnd]) sameEnd++;
  const part = (words: string[]) => {
    const start = Math.max(0, same - CONTEXT_WORDS);
    const end = words.length - Math.max(0, sameEnd - CONTEXT_WORDS);
    const changed = clip(words.slice(start, end).join('').trim());
    return `${start > 0 ? '…' : ''}${changed}${end < words.length && !changed.endsWith('…') ? '…' : ''}`;
  };
  return [part(a), part(b)];
}

function sentence(subject: string, label: string, before: string | null, after: string | null): string {
  if (before === null) return `${subject}${label} set to ${quote(after)}`;
  if (after === null) return `${subject}${label} cleared (was ${quote(before)})`;
  if (before.length <= 80 && after.length <= 80) return `${subject}${label} changed from ${before} to ${after}`;
  const [b, a] = changedParts(before, after);
  return `${subject}${label} changed from '${b}' to '${a}'`;
}

/** Every difference between two versions; `before` null means the case was created. */
export function describeChanges(before: Doc | null, after: Doc): FieldChange[] {
  if (!before) return [{ path: '', text: 'Case created', before: null, after: after.title }];
  const changes: FieldChange[] = [];
  for (const field of CASE_FIELDS) {
    const [b, a] = [field.show(before, before), field.show(after, after)];
    if (b !== a) changes.push({ path: field.key, before: b, after: a, text: sentence('', field.label, b, a) });
  }
  for (const collection of COLLECTIONS) {
    const old = new Map(collection.rows(before).map((r) => [r.id, r]));
    const now = new Map(collection.rows(after).map((r) => [r.id, r]));
    for (const [id, row] of now) {
      const subject = subjectOf(collection, row);
      const previous = old.get(id);
      if (!previous) {
        changes.push({ path: `${collection.path}.${id}`, before: null, after: collection.name(row), text: `${subject} added` });
        continue;
      }
      for (const field of collection.fields) {
        const [b, a] = [field.show(previous, before), field.show(row, after)];
        if (field.compare ? field.compare(previous) !== field.compare(row) : b !== a) changes.push({ path: `${collection.path}.${id}.${field.key}`, before: b, after: a, text: sentence(`${subject}: `, field.label, b, a) });
      }
    }
    for (const [id, row] of old) {
      if (!now.has(id)) changes.push({ path: `${collection.path}.${id}`, before: collection.name(row), after: null, text: `${subjectOf(collection, row)} removed` });
    }
  }
  return changes;
}

/**
 * A field of `doc` in the words of the History tab ("Title", "Claim 'Liquidated damages': amount"),
 * from its path ("claims.1.amount.value"): the innermost row on the path that the History tab
 * names and the field of it the path goes on to, else the case's field the path starts with. A
 * path it cannot name is given as it is.
 */
export function describeFieldPath(doc: Doc, path: (string | number)[]): string {
  const rowsOnPath: { id: string; next: string | number | undefined }[] = [];
  let node: unknown = doc;
  path.forEach((key, i) => {
    node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && !Array.isArray(node)) rowsOnPath.push({ id, next: path[i + 1] });
  });
  for (const { id, next } of rowsOnPath.reverse()) {
    for (const collection of COLLECTIONS) {
      const row = collection.rows(doc).find((r) => r.id === id);
      if (!row) continue;
      const subject = subjectOf(collection, row);
      const rowField = collection.fields.find((f) => f.key === next);
      return rowField ? `${subject}: ${rowField.label}` : subject;
    }
  }
  return CASE_FIELDS.find((f) => f.key === path[0])?.label ?? path.join('.');
}
