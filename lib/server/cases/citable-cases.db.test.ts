// The list's citations read from the database exactly what the case page's citation takes from the
// document, on both engines, in the order of the ids asked for.
import { describe, expect, it } from 'vitest';
import { citableCase } from '../../citations/csl-item';
import { testEngines } from '../../testing/databases';
import { readSeedDocuments } from '../../seed';
import { useEditorDatabase } from '../../testing/editor-database';
import { readCitableCase, readCitableCases } from './citable-cases';

describe.each(await testEngines())('citable cases on %s', (engine) => {
  const suite = useEditorDatabase(engine, { seed: true });

  it('reads each case as its document cites it, in the order asked, leaving out ids that are no case', async () => {
    const docs = readSeedDocuments().reverse();
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases = await readCitableCases(suite.db.prisma, [docs[0]!.id, missing, ...docs.slice(1).map((d) => d.id)]);
    expect(cases).toEqual(docs.map(citableCase));
  });

  it('reads one case for its page, and says NOT_FOUND for an id that is no case', async () => {
    const [doc] = readSeedDocuments();
    expect(await readCitableCase(suite.db.prisma, doc!.id)).toEqual(citableCase(doc!));
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "' OR 1=1 --"]) {
      await expect(readCitableCase(suite.db.prisma, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
