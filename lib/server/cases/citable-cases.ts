// What a citation needs of each case of a list (lib/citations/csl-item.ts), read in one statement per
// batch: the case and its proceedings' forum, numbers and dates, nothing of the rest of the document.
import 'server-only';
import type { CitableCase } from '../../citations/csl-item';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { isCaseId } from '../../validations/case-id';
import { formatPartialDate, type DatePrecision } from '../../dates';

function partialDate(on: Date | null, precision: DatePrecision | null): string | null {
  return on && precision ? formatPartialDate(on, precision) : null;
}

/** The cases of `ids` in the order of `ids`; an id that is no case (deleted since the list was read) is left out. */
export async function readCitableCases(db: Db, ids: string[]): Promise<CitableCase[]> {
  const rows = await db.case.findMany({
    where: { id: { in: ids } },
    relationLoadStrategy: 'join',
    select: {
      id: true,
      title: true,
      jurisdictionCountry: true,
      jurisdictionSubdivision: true,
      proceedings: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          stage: true,
          forumKind: true,
          forumName: true,
          caseNumber: true,
          reportedCitations: true,
          filedOn: true,
          filedPrecision: true,
          decidedOn: true,
          decidedPrecision: true,
        },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return {
      id: row.id,
      title: row.title,
      jurisdiction: { country: row.jurisdictionCountry, subdivision: row.jurisdictionSubdivision },
      proceedings: row.proceedings.map((p) => ({
        stage: p.stage,
        forumKind: p.forumKind,
        forumName: p.forumName,
        caseNumber: p.caseNumber,
        reportedCitations: p.reportedCitations,
        filed: partialDate(p.filedOn, p.filedPrecision),
        decided: partialDate(p.decidedOn, p.decidedPrecision),
      })),
    };
  });
}

/** One case as a citation needs it (the case page's "Cite this case"); NOT_FOUND when there is no such case. */
export async function readCitableCase(db: Db, id: string): Promise<CitableCase> {
  const [found] = isCaseId(id) ? await readCitableCases(db, [id]) : [];
  if (!found) throw new AppError('NOT_FOUND', 'This case does not exist (it may have been deleted).');
  return found;
}
