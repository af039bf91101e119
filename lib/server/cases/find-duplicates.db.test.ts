// Duplicate hints on both engines, against the seeded cases: by title words, by a party's name in
// either script or an alias, never the case being edited, and not on one shared common word.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../testing/databases';
import { useEditorDatabase } from '../../testing/editor-database';
import { findPossibleDuplicates } from './find-duplicates';

const LENOVO = { id: '1e000000-0000-4000-8000-000000000001', title: 'Lenovo Group v. Chang Cheng' };

describe.each(await testEngines())('possible duplicates on %s', (engine) => {
  const suite = useEditorDatabase(engine, { seed: true });
  const find = (title: string, names: string[] = [], excludeId: string | null = null) => findPossibleDuplicates(suite.db.prisma, { title, names, excludeId });

  it('finds a case by the words of its title, stemmed as the search stems them', async () => {
    expect(await find('Lenovo v Chang')).toEqual([LENOVO]);
    expect(await find("Lenovo's dispute with Chang")).toEqual([LENOVO]);
  });

  it('finds a case by a party name in its original script, or in the names being entered', async () => {
    expect(await find('', ['常程'])).toEqual([LENOVO]);
    expect(await find('An arbitration', ['联想集团', 'Chang Cheng'])).toContainEqual(LENOVO);
  });

  it('never offers the case being edited, and nothing for unrelated names or words alone', async () => {
    expect(await find('Lenovo v Chang', [], LENOVO.id)).toEqual([]);
    expect(await find('Tencent v. Xu Zhenhua')).toEqual([]);
    expect(await find('The Group Ltd', ['Co.'])).toEqual([]);
  });

  it('needs at least half of the distinctive words: one shared surname is not a duplicate', async () => {
    expect(await find('Chang Zhenhua Tencent Weibo')).toEqual([]);
  });
});
