// Related cases by title on both engines: what a case names and what names it, and the cases an
// editor is offered when linking one (by words, by a pasted address, never the case itself).
import { describe, expect, it } from 'vitest';
import { readCaseDocument } from './read-case-document';
import { testEngines } from '../../testing/databases';
import { freshLenovo } from '../../testing/documents';
import { useEditorDatabase } from '../../testing/editor-database';
import { findCaseChoices, readRelatedCases } from './related-cases';
import { setArchived } from './save-case';

const LENOVO = '1e000000-0000-4000-8000-000000000001';
const SHENLAN = '1e000000-0000-4000-8000-000000000003';
const SHENLAN_TITLE = 'Shenlan Technology v. Wang Lei (fictional)';

describe.each(await testEngines())('related cases on %s', (engine) => {
  const suite = useEditorDatabase(engine, { seed: true });

  it('shows what a case names, by title, and on the other side what names it', async () => {
    const appeal = freshLenovo();
    appeal.title = 'Lenovo Group v. Chang Cheng (appeal)';
    appeal.relatedCases = [
      { caseId: SHENLAN, kind: 'RELATED', note: null },
      { caseId: LENOVO, kind: 'APPEAL_OF', note: 'the award, challenged in court' },
    ];
    await suite.save(appeal, null);
    await setArchived(suite.db.prisma, { caseId: SHENLAN, archived: true, actorId: suite.actor.id });

    expect(await readRelatedCases(suite.db.prisma, appeal)).toEqual({
      names: [
        { caseId: LENOVO, title: 'Lenovo Group v. Chang Cheng', archived: false, kind: 'APPEAL_OF', note: 'the award, challenged in court' },
        { caseId: SHENLAN, title: SHENLAN_TITLE, archived: true, kind: 'RELATED', note: null },
      ],
      namedBy: [],
    });
    const lenovo = (await readCaseDocument(suite.db.prisma, LENOVO))!;
    expect(await readRelatedCases(suite.db.prisma, lenovo)).toEqual({
      names: [],
      namedBy: [{ caseId: appeal.id, title: appeal.title, archived: false, kind: 'APPEAL_OF', note: 'the award, challenged in court' }],
    });
    await setArchived(suite.db.prisma, { caseId: SHENLAN, archived: false, actorId: suite.actor.id });
  });

  it('offers cases by words of a title or a Chinese party name, best first, never the case being edited', async () => {
    expect((await findCaseChoices(suite.db.prisma, { text: 'Shenlan Wang', excludeId: null }))[0]).toMatchObject({ id: SHENLAN, title: SHENLAN_TITLE, jurisdictionCountry: 'CN' });
    expect((await findCaseChoices(suite.db.prisma, { text: '常程', excludeId: null })).map((c) => c.id)).toContain(LENOVO);
    expect((await findCaseChoices(suite.db.prisma, { text: 'Shenlan', excludeId: SHENLAN })).map((c) => c.id)).not.toContain(SHENLAN);
    expect(await findCaseChoices(suite.db.prisma, { text: 'zzqxwv', excludeId: null })).toEqual([]);
    expect(await findCaseChoices(suite.db.prisma, { text: 'a', excludeId: null })).toEqual([]); // too short to search
  });

  it('finds the case whose address or id was pasted, and nothing for an unknown id or the case itself', async () => {
    const [byAddress] = await findCaseChoices(suite.db.prisma, { text: `https://covenant.example/cases/${LENOVO.toUpperCase()}?tab=claims`, excludeId: null });
    expect(byAddress).toEqual({ id: LENOVO, title: 'Lenovo Group v. Chang Cheng', jurisdictionCountry: 'CN', yearBegun: 2020 });
    expect(await findCaseChoices(suite.db.prisma, { text: LENOVO, excludeId: LENOVO })).toEqual([]);
    expect(await findCaseChoices(suite.db.prisma, { text: '00000000-0000-4000-8000-000000000000', excludeId: null })).toEqual([]);
  });
});
