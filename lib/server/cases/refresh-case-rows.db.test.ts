// A save that renames a party other cases name refreshes those cases after it commits; the debt is
// recorded in the save's transaction, so a process that stops in between leaves it for the next
// server start (finishPendingRefreshes) instead of leaving the other cases stale for good.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { iterateCaseRows } from '../../export/case-rows';
import { testEngines } from '../../testing/databases';
import { freshLenovo } from '../../testing/documents';
import { useEditorDatabase } from '../../testing/editor-database';
import type { CaseDocument } from '../../case-document/schema';
import { finishPendingRefreshes, recordRenames, refreshAllCases } from './refresh-case-rows';

/** Two cases naming the same person (Chang Cheng): the second is a copy with that party's id shared. */
function twoCasesSharingAParty() {
  const first = freshLenovo();
  const partyId = first.parties.find((p) => p.name === 'Chang Cheng')!.id;
  const copy = freshLenovo();
  const second = JSON.parse(JSON.stringify(copy).replaceAll(copy.parties.find((p) => p.name === 'Chang Cheng')!.id, partyId)) as CaseDocument;
  return { first, second, partyId };
}

describe.each(await testEngines())('refreshes owed after a rename on %s', (engine) => {
  const suite = useEditorDatabase(engine);
  const partiesOf = async (id: string) => {
    for await (const row of iterateCaseRows(suite.db.prisma, (async function* () { yield [id]; })(), { baseUrl: '' })) return row.parties;
    throw new Error(`no row for ${id}`);
  };

  it('a save that renames a shared party leaves nothing owed once it returns', async () => {
    const { first, second, partyId } = twoCasesSharingAParty();
    await suite.save(first, null);
    await suite.save(second, null);
    const renamed = structuredClone(second);
    renamed.parties.find((p) => p.id === partyId)!.name = 'Cheng Chang';
    await suite.save(renamed, 1);
    expect(await partiesOf(first.id)).toContain('Cheng Chang (常程)');
    expect(await suite.db.prisma.pendingRenameRefresh.count()).toBe(0);
  });

  /** Two cases sharing a party, and what a save renaming it in the second committed before its process stopped. */
  async function renameLeftOwed(name: string): Promise<CaseDocument> {
    const { first, second, partyId } = twoCasesSharingAParty();
    await suite.save(first, null);
    await suite.save(second, null);
    await suite.db.prisma.$transaction(async (tx) => {
      await tx.party.update({ where: { id: partyId }, data: { name } });
      await recordRenames(tx, { partyIds: [partyId], sourceIds: [] }, [second.id], null);
    });
    expect(await partiesOf(first.id)).not.toContain(name);
    return first;
  }

  /** The other case's history after the rename: a version of its own, described as the rename. */
  async function expectRenameInHistory(caseId: string, name: string) {
    const last = await suite.db.prisma.caseChange.findFirstOrThrow({ where: { caseId }, orderBy: { version: 'desc' } });
    expect(last.version).toBe(2);
    expect(JSON.stringify(last.changes)).toContain(name);
  }

  it('finishes at start what a process that stopped after the commit left owed', async () => {
    const first = await renameLeftOwed('Chang C.');

    expect(await finishPendingRefreshes(suite.db.prisma)).toBe(1);
    expect(await partiesOf(first.id)).toContain('Chang C. (常程)');
    expect(await suite.db.prisma.pendingRenameRefresh.count()).toBe(0);
    await expectRenameInHistory(first.id, 'Chang C.');
  });

  it('is settled too by refreshAllCases (npm run db:refresh)', async () => {
    const first = await renameLeftOwed('C. Chang');
    await refreshAllCases(suite.db.prisma);
    expect(await partiesOf(first.id)).toContain('C. Chang (常程)');
    expect(await suite.db.prisma.pendingRenameRefresh.count()).toBe(0);
    await expectRenameInHistory(first.id, 'C. Chang');
  });
});

describe.each(await testEngines(['postgres']))('the debt of a rename between commit and refresh on %s', (engine) => {
  const suite = useEditorDatabase(engine);

  it('is recorded once the save commits and cleared once the other cases are fresh', async () => {
    const { first, second, partyId } = twoCasesSharingAParty();
    await suite.save(first, null);
    await suite.save(second, null);
    // Another session holds the first case, so the refresh after the commit has to wait for it.
    const holder = new pg.Client({ connectionString: suite.db.connectionString });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM "Case" WHERE id = $1 FOR UPDATE', [first.id]);
      const renamed = structuredClone(second);
      renamed.parties.find((p) => p.id === partyId)!.name = 'Cheng Chang';
      const saving = suite.save(renamed, 1);
      await expect.poll(() => suite.db.prisma.pendingRenameRefresh.count(), { timeout: 10_000 }).toBe(1);
      expect((await suite.db.prisma.case.findUniqueOrThrow({ where: { id: second.id } })).version).toBe(2);
      await holder.query('COMMIT');
      await saving;
    } finally {
      await holder.end();
    }
    expect(await suite.db.prisma.pendingRenameRefresh.count()).toBe(0);
  });
});
