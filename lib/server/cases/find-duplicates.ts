// "Have we recorded this already?" — cases whose title or party names share the distinctive
// words of what is being entered: Latin words of 3+ letters, or runs of 2+ CJK characters.
import type { PrismaClient } from '../../generated/prisma/client';

const STOP_WORDS = new Set(['the', 'and', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'company', 'co', 'limited', 'holdings', 'technology', 'technologies']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]{2,}/g;

export function distinctiveTokens(texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z\u00c0-\u024f]{3,}/g) ?? []) if (!STOP_WORDS.has(word)) tokens.add(word);
    for (const run of text.match(CJK) ?? []) tokens.add(run);
  }
  return [...tokens].slice(0, 12);
}

export async function findPossibleDuplicates(
  prisma: PrismaClient,
  { title, names, excludeId }: { title: string; names: string[]; excludeId: string | null },
): Promise<{ id: string; title: string }[]> {
  const tokens = distinctiveTokens([title, ...names]);
  if (tokens.length === 0) return [];
  const hits = new Map<string, { id: string; title: string; matched: number }>();
  for (const token of tokens) {
    const contains = { contains: token, mode: 'insensitive' as const };
    const cases = await prisma.case.findMany({
      where: {
        ...(excludeId && { id: { not: excludeId } }),
        OR: [
          { title: contains },
          { parties: { some: { party: { OR: [{ name: contains }, { originalName: contains }, { aliases: { has: token } }] } } } },
        ],
      },
      select: { id: true, title: true },
      take: 20,
    });
    for (const c of cases) hits.set(c.id, { ...c, matched: (hits.get(c.id)?.matched ?? 0) + 1 });
  }
  // Most shared words first; at least half of a multi-word entry must match.
  const needed = Math.max(1, Math.ceil(tokens.length / 2));
  return [...hits.values()]
    .filter((h) => h.matched >= needed)
    .sort((a, b) => b.matched - a.matched || a.title.localeCompare(b.title))
    .slice(0, 5)
    .map(({ id, title }) => ({ id, title }));
}
