// Cases linked to a case, by title: the ones it names (its relatedCases) and the ones naming it,
// and the cases an editor can choose from when linking one.
import 'server-only';
import type { CaseDocument } from '../../case-document/schema';
import type { Db } from '../../db/client';
import type { CaseRelationKind } from '../../generated/prisma/enums';
import { parseCaseQuery } from '../../validations/case-query';
import { findCases } from './find-cases';

export type LinkedCase = { caseId: string; title: string; archived: boolean; kind: CaseRelationKind; note: string | null };
export type RelatedCases = { names: LinkedCase[]; namedBy: LinkedCase[] };
export type CaseChoice = { id: string; title: string; jurisdictionCountry: string; yearBegun: number | null };

const CASE_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MAX_CHOICES = 8;

/** The cases `doc` names and the cases naming it, each list by title (a relation has no position). */
export async function readRelatedCases(db: Db, doc: CaseDocument): Promise<RelatedCases> {
  const names = await readNamedCases(db, doc);
  const namedBy = await db.caseRelation.findMany({
    where: { toCaseId: doc.id },
    select: { kind: true, note: true, fromCase: { select: { id: true, title: true, archivedAt: true } } },
    orderBy: { fromCase: { title: 'asc' } },
  });
  return {
    names,
    namedBy: namedBy.map((r) => ({ caseId: r.fromCase.id, title: r.fromCase.title, archived: r.fromCase.archivedAt !== null, kind: r.kind, note: r.note })),
  };
}

/** The cases `doc` names (its relatedCases), by title. */
export async function readNamedCases(db: Db, doc: CaseDocument): Promise<LinkedCase[]> {
  if (doc.relatedCases.length === 0) return [];
  const named = await db.case.findMany({ where: { id: { in: doc.relatedCases.map((r) => r.caseId) } }, select: { id: true, title: true, archivedAt: true } });
  const byId = new Map(named.map((c) => [c.id, c]));
  // A related case always exists (a foreign key), so none is dropped here but in a race with a delete.
  return doc.relatedCases
    .flatMap((r) => {
      const c = byId.get(r.caseId);
      return c ? [{ caseId: c.id, title: c.title, archived: c.archivedAt !== null, kind: r.kind, note: r.note }] : [];
    })
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/**
 * The cases matching what an editor typed to link one: a case's address or id (pasted) finds that
 * case, archived or not; words find cases as the list's search does (title, parties, case numbers,
 * Chinese names), best first. `excludeId` is the case being edited: a case is never related to itself.
 */
export async function findCaseChoices(db: Db, { text, excludeId }: { text: string; excludeId: string | null }): Promise<CaseChoice[]> {
  const id = CASE_ID.exec(text)?.[0].toLowerCase();
  if (id) {
    if (id === excludeId) return [];
    const c = await db.case.findUnique({ where: { id }, select: { id: true, title: true, jurisdictionCountry: true, listSummary: { select: { yearBegun: true } } } });
    return c ? [{ id: c.id, title: c.title, jurisdictionCountry: c.jurisdictionCountry, yearBegun: c.listSummary?.yearBegun ?? null }] : [];
  }
  if (text.trim().length < 2) return [];
  const { query } = parseCaseQuery(new URLSearchParams({ q: text }));
  const { items } = await findCases({ query, facets: false, db });
  return items
    .filter((c) => c.id !== excludeId)
    .slice(0, MAX_CHOICES)
    .map((c) => ({ id: c.id, title: c.title, jurisdictionCountry: c.jurisdictionCountry, yearBegun: c.yearBegun }));
}
