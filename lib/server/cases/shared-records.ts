// Parties and sources are shared: several cases may name one, so a save that renames one changes
// the others too (refresh-case-rows.ts), and one no case names any more is deleted.
import 'server-only';
import type { Tx } from '../../db/client';
import type { CaseDocument } from '../../case-document/schema';

/** Ids of shared parties and sources (several cases may name one). */
export type SharedRecords = { partyIds: string[]; sourceIds: string[] };

/**
 * Of the given parties and sources, the ones no case uses any more go (earlier versions keep them
 * in their snapshots).
 */
export async function deleteUnusedPartiesAndSources(tx: Tx, { partyIds, sourceIds }: SharedRecords): Promise<void> {
  if (partyIds.length > 0) {
    await tx.party.deleteMany({
      where: {
        id: { in: partyIds },
        roles: { none: {} },
        proceedingRoles: { none: {} },
        claimSides: { none: {} },
        evidenceProduced: { none: {} },
        bondsPosted: { none: {} },
        covenantEndsAsserted: { none: {} },
      },
    });
  }
  if (sourceIds.length > 0) await tx.source.deleteMany({ where: { id: { in: sourceIds }, cases: { none: {} }, citations: { none: {} } } });
}

/**
 * The parties and sources `doc` renames (a party's names, a source's title, publisher or author).
 * Their rows are locked first, in id order, so a concurrent save of another case naming them
 * compares against what this one writes rather than what it read before.
 */
export async function sharedRecordsRenamedBy(tx: Tx, doc: CaseDocument): Promise<SharedRecords> {
  const partyIds = doc.parties.map((p) => p.id);
  const sourceIds = doc.sources.map((s) => s.id);
  const storedParties = partyIds.length
    ? await tx.$queryRaw<{ id: string; name: string; originalName: string | null; aliases: string[] }[]>`
        SELECT id::text AS id, name, "originalName", aliases FROM "Party" WHERE id = ANY (${partyIds}::uuid[]) ORDER BY id FOR UPDATE`
    : [];
  const storedSources = sourceIds.length
    ? await tx.$queryRaw<{ id: string; title: string; publisher: string | null; author: string | null }[]>`
        SELECT id::text AS id, title, publisher, author FROM "Source" WHERE id = ANY (${sourceIds}::uuid[]) ORDER BY id FOR UPDATE`
    : [];
  const parties = new Map(doc.parties.map((p) => [p.id, p]));
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  return {
    partyIds: storedParties
      .filter((stored) => {
        const party = parties.get(stored.id)!;
        return party.name !== stored.name || party.originalName !== stored.originalName || party.aliases.join('\n') !== stored.aliases.join('\n');
      })
      .map((p) => p.id),
    sourceIds: storedSources
      .filter((stored) => {
        const source = sources.get(stored.id)!;
        return source.title !== stored.title || source.publisher !== stored.publisher || source.author !== stored.author;
      })
      .map((s) => s.id),
  };
}
