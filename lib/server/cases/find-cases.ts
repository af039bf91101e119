import 'server-only';
import { getPrisma } from '../../db';

export const CASE_PAGE_SIZES = [25, 50, 100] as const;

export type CaseListItem = {
  id: string;
  title: string;
  jurisdictionCountry: string;
  jurisdictionSubdivision: string | null;
  status: import('../../generated/prisma/enums').CaseStatus;
  fictional: boolean;
  forumKinds: import('../../generated/prisma/enums').ForumKind[];
  yearBegun: number | null;
  updatedAt: Date;
};

export type FindCasesOptions = { cursor?: string | null; limit: number };

/** Cases by title, keyset-paginated on (title, id). */
export async function findCases({ cursor, limit }: FindCasesOptions) {
  const prisma = await getPrisma();
  const after = cursor ? await prisma.case.findUnique({ where: { id: cursor }, select: { id: true, title: true } }) : null;
  const [rows, total] = await Promise.all([
    prisma.case.findMany({
      where: {
        archivedAt: null,
        ...(after && { OR: [{ title: { gt: after.title } }, { title: after.title, id: { gt: after.id } }] }),
      },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      take: limit + 1,
      select: {
        id: true,
        title: true,
        jurisdictionCountry: true,
        jurisdictionSubdivision: true,
        status: true,
        fictional: true,
        updatedAt: true,
        proceedings: { select: { forumKind: true, filedOn: true } },
        events: { select: { occurredOn: true }, orderBy: { occurredOn: 'asc' }, take: 1 },
      },
    }),
    prisma.case.count({ where: { archivedAt: null } }),
  ]);
  const items: CaseListItem[] = rows.slice(0, limit).map(({ proceedings, events, ...row }) => {
    const filed = proceedings.map((p) => p.filedOn).filter((d): d is Date => d !== null);
    const began = filed.sort((a, b) => a.getTime() - b.getTime())[0] ?? events[0]?.occurredOn ?? null;
    return {
      ...row,
      forumKinds: [...new Set(proceedings.map((p) => p.forumKind))],
      yearBegun: began ? began.getUTCFullYear() : null,
    };
  });
  return { items, total, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}
