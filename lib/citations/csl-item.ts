// A case as a CSL-JSON `legal_case` item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
// the one description of a case that every citation format (rendered styles, BibTeX, RIS) is made from.
import type { CaseDocument } from '../case-document/schema';
import type { ForumKind, ProceedingStage } from '../generated/prisma/enums';
import { FORUM_KIND_CITATION_LABELS, PROCEEDING_STAGE_LABELS } from '../labels';

/** What a citation needs of a case: its title, jurisdiction and proceedings (dates as recorded: "2020-06"). */
export type CitableCase = {
  id: string;
  title: string;
  jurisdiction: { country: string; subdivision: string | null };
  proceedings: CitableProceeding[];
};

export type CitableProceeding = {
  stage: ProceedingStage;
  forumKind: ForumKind;
  forumName: string | null;
  caseNumber: string | null;
  reportedCitations: string[];
  filed: string | null;
  decided: string | null;
};

/** What a citation needs of a case document (the list reads the same from the database: citable-cases.ts). */
export function citableCase(doc: CaseDocument): CitableCase {
  return {
    id: doc.id,
    title: doc.title,
    jurisdiction: doc.jurisdiction,
    proceedings: doc.proceedings.map((p) => ({
      stage: p.stage,
      forumKind: p.forum.kind,
      forumName: p.forum.name,
      caseNumber: p.caseNumber,
      reportedCitations: p.reportedCitations,
      filed: p.filed,
      decided: p.decided,
    })),
  };
}

/** A CSL date: year, month, day as far as they are known ("2020-06" → [[2020, 6]]). */
export type CslDate = { 'date-parts': [number[]] };

export type CslItem = {
  id: string;
  type: 'legal_case';
  title: string;
  /** The court or tribunal; absent when the record does not name it (an unnamed arbitral tribunal). */
  authority?: string;
  /** The kind of forum ("Commercial arbitration"), which names the forum when `authority` cannot. */
  genre: string;
  /** The case (docket) number. */
  number?: string;
  /** The first reported citation ("[2021] EWHC 1234 (Ch)"); the others are in `references`. */
  'container-title'?: string;
  /** When the cited proceeding was decided. */
  issued?: CslDate;
  /** When it was filed: what a pending case is cited by. */
  submitted?: CslDate;
  /** CSL-M's form: the ISO 3166 code in lower case, a subdivision after a colon ("us:ca"). */
  jurisdiction: string;
  /** The procedural history: the other proceedings of the dispute and further reported citations. */
  references?: string;
  URL: string;
  accessed: CslDate;
};

export function cslDate(partial: string): CslDate {
  return { 'date-parts': [partial.split('-').map(Number)] };
}

/** "2020-06" < "2020-06-15" < "2021": partial ISO dates compare as text, which is the order of time. */
function laterOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b > a ? b : a;
}

/**
 * The proceeding a citation names: the one decided last (a judgment on appeal is what a dispute is
 * cited by), else the last one begun, in the order recorded.
 */
export function citedProceeding(proceedings: CitableProceeding[]): CitableProceeding | null {
  let cited: CitableProceeding | null = null;
  for (const p of proceedings) {
    if (p.decided && (!cited?.decided || laterOf(cited.decided, p.decided) === p.decided)) cited = p;
  }
  return cited ?? proceedings.at(-1) ?? null;
}

function forumText(p: CitableProceeding): string {
  return p.forumName ?? FORUM_KIND_CITATION_LABELS[p.forumKind];
}

/** "First instance: U.S. District Court …, No. 3:21-cv-04567, decided 2023-01-17". */
function historyEntry(p: CitableProceeding): string {
  const parts = [forumText(p)];
  if (p.caseNumber) parts.push(`No. ${p.caseNumber}`);
  parts.push(...p.reportedCitations);
  if (p.filed) parts.push(`filed ${p.filed}`);
  if (p.decided) parts.push(`decided ${p.decided}`);
  return `${PROCEEDING_STAGE_LABELS[p.stage]}: ${parts.join(', ')}`;
}

export function cslJurisdiction({ country, subdivision }: CitableCase['jurisdiction']): string {
  const code = country.toLowerCase();
  const sub = subdivision?.toUpperCase().startsWith(`${country.toUpperCase()}-`) ? subdivision.slice(country.length + 1) : subdivision;
  return sub ? `${code}:${sub.toLowerCase()}` : code;
}

/** `c` as a CSL-JSON item; `url` is the case's page and `accessed` the day of the citation (YYYY-MM-DD). */
export function toCslItem(c: CitableCase, { url, accessed }: { url: string; accessed: string }): CslItem {
  const cited = citedProceeding(c.proceedings);
  const others = c.proceedings.filter((p) => p !== cited);
  const history = [...others.map(historyEntry), ...(cited?.reportedCitations.slice(1) ?? [])];
  const item: CslItem = {
    id: c.id,
    type: 'legal_case',
    title: c.title,
    genre: cited ? FORUM_KIND_CITATION_LABELS[cited.forumKind] : 'Dispute',
    jurisdiction: cslJurisdiction(c.jurisdiction),
    URL: url,
    accessed: cslDate(accessed),
  };
  if (cited?.forumName) item.authority = cited.forumName;
  if (cited?.caseNumber) item.number = cited.caseNumber;
  if (cited?.reportedCitations[0]) item['container-title'] = cited.reportedCitations[0];
  if (cited?.decided) item.issued = cslDate(cited.decided);
  if (cited?.filed) item.submitted = cslDate(cited.filed);
  if (history.length > 0) item.references = history.join('; ');
  return item;
}
