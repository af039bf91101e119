// A case is found by words that only its sources' kept texts hold, in English and in Chinese, on
// both engines; a text is stored once however often it is analysed, and a text longer than the
// search keeps still lets the case save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocumentSchema } from '../../case-document/schema';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../../testing/databases';
import { freshLenovo } from '../../testing/documents';
import { parseCaseQuery } from '../../validations/case-query';
import { findCases } from '../cases/find-cases';
import { saveCase } from '../cases/save-case';
import { readPastedText } from './read-source-text';
import { storeSnapshot } from './store-snapshot';

describe.each(await testEngines())('source texts in the search on %s', (engine) => {
  let db: OpenTestDatabase;
  let actorId: string;
  const search = async (q: string) => {
    const { query } = parseCaseQuery(new URLSearchParams({ q }));
    return (await findCases({ query, db: db.prisma })).items;
  };

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    actorId = (await db.prisma.user.create({ data: { email: 'snapshots@example.test', passwordHash: 'x', role: 'EDITOR' } })).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('finds a case by a word only in a kept text, with a snippet from it', async () => {
    // Far past the 100,000 characters the search keeps: the words near the start still find it.
    const text = `The platypusine clause was cited. 仲裁委员会审理了鸭嘴兽条款。\n\n${'Filler sentence. '.repeat(10_000)}`;
    const pasted = readPastedText(text);
    const first = await storeSnapshot(db.prisma, { ...pasted, fileName: null, byteLength: text.length, actorId });
    const again = await storeSnapshot(db.prisma, { ...pasted, fileName: null, byteLength: text.length, actorId });
    expect(again.sha256).toBe(first.sha256);
    expect(await db.prisma.sourceSnapshot.count()).toBe(1);

    const base = freshLenovo();
    const doc = caseDocumentSchema.parse({ ...base, title: 'Snapshot search case', sources: base.sources.map((s, i) => (i === 0 ? { ...s, snapshotSha256: first.sha256 } : s)) });
    expect(await search('platypusine')).toEqual([]);
    await saveCase(db.prisma, { doc, baseVersion: null, actorId, actorEmail: 'snapshots@example.test' });

    const [found] = await search('platypusine');
    expect(found?.title).toBe('Snapshot search case');
    expect(found?.snippet?.label).toBe('Source texts');
    expect((await search('鸭嘴兽条款')).map((c) => c.title)).toEqual(['Snapshot search case']);
    expect((await search('鸭嘴')).map((c) => c.title)).toEqual(['Snapshot search case']);

    // The text goes from the search when the source stops naming it.
    await saveCase(db.prisma, { doc: { ...doc, sources: doc.sources.map((s) => ({ ...s, snapshotSha256: null })) }, baseVersion: 1, actorId, actorEmail: 'snapshots@example.test' });
    expect(await search('platypusine')).toEqual([]);
  });

  it('refuses a source that names a text not stored here, at the field, saving nothing', async () => {
    const base = freshLenovo();
    const doc = caseDocumentSchema.parse({ ...base, sources: base.sources.map((s) => ({ ...s, snapshotSha256: 'a'.repeat(64) })) });
    await expect(saveCase(db.prisma, { doc, baseVersion: null, actorId, actorEmail: 'snapshots@example.test' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      details: { 'sources.0.snapshotSha256': ['The text this source was read from is not stored here: add the text again.'] },
    });
    expect(await db.prisma.case.count({ where: { id: doc.id } })).toBe(0);
  });
});
