// The one write path on real databases: the seed, the editor's save and the backup import store a
// document alike, and a rename of a shared party reaches the history of every case naming it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCaseDocument } from './read-case-document';
import type { CaseDocument } from '../../case-document/schema';
import { readSeedDocuments } from '../../seed';
import { testEngines } from '../../testing/databases';
import { freshLenovo } from '../../testing/documents';
import { useEditorDatabase } from '../../testing/editor-database';
import { exportCollection } from '../backup/export-collection';
import { importCollection } from '../backup/import-collection';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Replaces the ids of `doc` in `text` by fresh ones; returns the text, the case's new id and the way back. */
function renameIds(text: string, doc: CaseDocument): { text: string; id: string; back: (json: string) => string } {
  const ids = new Map<string, string>([...JSON.stringify(doc).matchAll(UUID)].map(([id]) => [id, randomUUID()]));
  const reverse = new Map([...ids].map(([a, b]) => [b, a]));
  return { text: text.replace(UUID, (id) => ids.get(id) ?? id), id: ids.get(doc.id)!, back: (json) => json.replace(UUID, (id) => reverse.get(id) ?? id) };
}

/**
 * A document as the rows hold it, its notes' signatures aside (a save signs them with the saver),
 * and the sets the database reads back in id order sorted (fresh ids sort otherwise).
 */
const contents = (doc: CaseDocument) => ({
  ...doc,
  notes: doc.notes.map((n) => ({ id: n.id, body: n.body })),
  evidence: doc.evidence.map((e) => ({ ...e, claimIds: [...e.claimIds].sort() })),
  outcomes: doc.outcomes.map((o) => ({ ...o, awards: [...o.awards].sort((a, b) => a.claimId.localeCompare(b.claimId)) })),
  tags: [...doc.tags].sort(),
});

describe.each(await testEngines())('commitCaseVersion() on %s', (engine) => {
  const suite = useEditorDatabase(engine, { seed: true });

  it('stores the same rows and a history entry holding the case as stored, whether seeded, saved in the editor or imported', async () => {
    const prisma = suite.db.prisma;
    const seeded = readSeedDocuments().find((d) => d.title.startsWith('Lenovo'))!;
    const stored = (await readCaseDocument(prisma, seeded.id))!;

    const saved = renameIds(JSON.stringify(seeded), seeded);
    const savedDoc = JSON.parse(saved.text) as CaseDocument;
    await suite.save(savedDoc, null);

    let file = '';
    for await (const chunk of exportCollection(prisma, { withHistory: false })) file += chunk;
    const imported = renameIds(file, seeded);
    const importedId = imported.id;
    const report = await importCollection(prisma, imported.text, { dryRun: false, actorId: suite.actor.id });
    expect(report.status).toBe('imported');
    expect(report.cases.created.map((c) => c.title)).toEqual([seeded.title]);

    for (const [id, back] of [
      [savedDoc.id, saved.back],
      [importedId, imported.back],
    ] as const) {
      const copy = JSON.parse(back(JSON.stringify(await readCaseDocument(prisma, id)))) as CaseDocument;
      expect(contents(copy)).toEqual(contents(stored));
    }
    for (const id of [seeded.id, savedDoc.id, importedId]) {
      const history = await prisma.caseChange.findMany({ where: { caseId: id } });
      expect(history, id).toHaveLength(1);
      expect(history[0]!.snapshot, `${id} ${history[0]!.action}`).not.toBeNull();
      expect(history[0]!.version).toBe(1);
      expect(contents(history[0]!.snapshot as CaseDocument)).toEqual(contents(JSON.parse(JSON.stringify(await readCaseDocument(prisma, id))) as CaseDocument));
    }
  });

  it('gives another case naming a party renamed by a save a history entry of its own, in words, by the same editor', async () => {
    const prisma = suite.db.prisma;
    const first = freshLenovo();
    await suite.save(first, null);
    const party = first.parties[0]!;
    // A second case naming the same party (same id: parties are shared records).
    const second = { ...freshLenovo(), parties: [{ ...party, roles: party.roles.map((r) => ({ ...r, id: randomUUID(), citations: [] })) }] };
    second.proceedings = [];
    second.claims = [];
    second.evidence = [];
    second.outcomes = [];
    second.covenants = [];
    await suite.save(second, null);

    const renamed = 'Renamed Holdings Ltd';
    await suite.save({ ...first, version: 1, parties: first.parties.map((p) => (p.id === party.id ? { ...p, name: renamed } : p)) }, 1);

    const history = await prisma.caseChange.findMany({ where: { caseId: second.id }, orderBy: { version: 'asc' } });
    expect(history.map((h) => [h.version, h.action, h.userId])).toEqual([
      [1, 'CREATE', suite.actor.id],
      [2, 'UPDATE', suite.actor.id],
    ]);
    const texts = (history[1]!.changes as { text: string }[]).map((c) => c.text);
    expect(texts.some((t) => t.includes(party.name) && t.includes(renamed))).toBe(true);
    expect((await readCaseDocument(prisma, second.id))!.parties[0]!.name).toBe(renamed);
    expect((await prisma.case.findUnique({ where: { id: second.id } }))!.version).toBe(2);
  });
});
