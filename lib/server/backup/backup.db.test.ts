// Backup and restore on real databases: a round trip gives the same file, a second import changes
// nothing, a bad file is refused with paths and leaves every table as it was, dry runs write
// nothing, and versions decide between update and conflict.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseDocument } from '../cases/read-case-document';
import { CASE_SCHEMA_VERSION, caseDocumentSchema, type CaseDocument } from '../../case-document/schema';
import type { Db } from '../../db/client';
import { seedDemoData } from '../../seed';
import { openTestDatabase, rowCounts, testEngines, type OpenTestDatabase } from '../../testing/databases';
import { freshEveryFieldCase, freshLenovo, withFreshIds } from '../../testing/documents';
import { textSha256 } from '../sources/text-sha256';
import { backupPartySchema, BACKUP_STRING_MAX_LENGTH } from './backup-file';
import { exportCollection } from './export-collection';
import { importCollection } from './import-collection';
import { writeCaseDocument } from '../cases/write-case-document';

const LENOVO_ID = '1e000000-0000-4000-8000-000000000001';

async function exportText(prisma: Db, withHistory = false): Promise<string> {
  let text = '';
  for await (const chunk of exportCollection(prisma, { withHistory, batchSize: 2 })) text += chunk;
  return text;
}

const withoutTimestamp = (text: string) => text.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"…"');

describe.each(await testEngines())('backup and restore on %s', (engine) => {
  let source: OpenTestDatabase;
  let target: OpenTestDatabase;
  let backup: string;

  beforeAll(async () => {
    source = await openTestDatabase(engine);
    target = await openTestDatabase(engine);
    await seedDemoData(source.prisma);
    backup = await exportText(source.prisma);
  });

  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it('export → import into an empty database → import again → export gives the same file', async () => {
    const dryRun = await importCollection(target.prisma, backup, { dryRun: true, actorId: null });
    expect(dryRun.status).toBe('ready');
    expect(dryRun.cases.created).toHaveLength(4);
    expect(await target.prisma.case.count()).toBe(0);

    const progress: [number, number][] = [];
    const first = await importCollection(target.prisma, backup, { dryRun: false, actorId: null, onProgress: (written, total) => progress.push([written, total]) });
    expect(first.status).toBe('imported');
    expect(progress).toEqual([1, 2, 3, 4].map((n) => [n, 4]));
    expect(first.cases.created.map((c) => c.id)).toContain(LENOVO_ID);
    const afterFirst = await rowCounts(target.prisma);

    const second = await importCollection(target.prisma, backup, { dryRun: false, actorId: null });
    expect(second.status).toBe('imported');
    expect(second.cases.unchanged).toHaveLength(4);
    expect([...second.cases.created, ...second.cases.updated, ...second.cases.conflicts]).toEqual([]);
    expect(await rowCounts(target.prisma)).toEqual(afterFirst);

    const again = await exportText(target.prisma);
    expect(withoutTimestamp(again)).toBe(withoutTimestamp(backup));
    expect(await readCaseDocument(target.prisma, LENOVO_ID)).toStrictEqual(await readCaseDocument(source.prisma, LENOVO_ID));
    // The import is in the history, as IMPORT.
    const history = await target.prisma.caseChange.findMany({ where: { caseId: LENOVO_ID } });
    expect(history.map((h) => h.action)).toEqual(['IMPORT']);
  });

  it('refuses bad files with the paths of their problems and leaves every table as it was', async () => {
    const before = await rowCounts(target.prisma);
    const file = JSON.parse(backup);
    const lenovoIndex = file.cases.findIndex((c: { id: string }) => c.id === LENOVO_ID);
    const variant = (change: (copy: typeof file) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return JSON.stringify(copy);
    };
    const historyFile = JSON.parse(await exportText(source.prisma, true));
    const lenovoEntry = historyFile.history.findIndex((h: { caseId: string }) => h.caseId === LENOVO_ID);
    const historyVariant = (change: (copy: typeof historyFile, entry: (typeof historyFile.history)[number]) => void) => {
      const copy = structuredClone(historyFile);
      change(copy, copy.history[lenovoEntry]);
      return JSON.stringify(copy);
    };
    const entry = `history[${lenovoEntry}]`;
    const cases: [string, string, RegExp, string][] = [
      ['truncated', backup.slice(0, Math.floor(backup.length / 2)), /truncated/, '(file)'],
      ['not JSON', 'PK\u0003\u0004 this is a zip', /not JSON/, '(file)'],
      ['a future schemaVersion', variant((c) => (c.schemaVersion = CASE_SCHEMA_VERSION + 1)), /newer Covenant/, 'schemaVersion'],
      ['a wrong schemaVersion', variant((c) => (c.schemaVersion = '1')), /.+/, 'schemaVersion'],
      ['an unknown currency', variant((c) => (c.cases[lenovoIndex].claims[0].amount.currency = 'XYZ')), /ISO 4217/, `cases[${lenovoIndex}].claims[0].amount.currency`],
      ['a __proto__ key', backup.replace('"format":', '"__proto__":{"admin":true},"format":'), /not allowed/, '__proto__'],
      ['a 10 MB string', variant((c) => (c.cases[lenovoIndex].summary = 'x'.repeat(10 * 1024 * 1024))), /characters/, `cases[${lenovoIndex}].summary`],
      ['a case twice', variant((c) => c.cases.push(c.cases[lenovoIndex])), /Duplicate case id/, `cases[${file.cases.length}].id`],
      [
        'a fact id used in two cases',
        variant((c) => (c.cases[(lenovoIndex + 1) % c.cases.length].events[0].id = c.cases[lenovoIndex].events[0].id)),
        /Duplicate id/,
        '',
      ],
      // PostgreSQL has no year 0: refused by the check (and so by the dry run), not by the database.
      ['a year-0000 timestamp', variant((c) => (c.cases[lenovoIndex].archivedAt = '0000-06-01T00:00:00.000Z')), /between 0001 and 9999/, `cases[${lenovoIndex}].archivedAt`],
      ['a year-0000 note', variant((c) => (c.cases[lenovoIndex].notes[0].createdAt = '0000-01-01T00:00:00Z')), /between 0001 and 9999/, `cases[${lenovoIndex}].notes[0].createdAt`],
      ['a year-0000 history entry', historyVariant((_, h) => (h.at = '0000-01-01T00:00:00.000Z')), /between 0001 and 9999/, `${entry}.at`],
      ['history above the case', historyVariant((_, h) => ((h.version = 7), (h.snapshot.version = 7))), /newer than the case in this file \(version 1\)/, `${entry}.version`],
      ['history of an unknown case', historyVariant((c, h) => (h.caseId = h.snapshot.id = randomUUID())), /not in this file/, `${entry}.caseId`],
      ['a snapshot of another case', historyVariant((c, h) => (h.snapshot = c.cases[(lenovoIndex + 1) % c.cases.length])), /another case/, `${entry}.snapshot.id`],
      ['a javascript: URL in a snapshot', historyVariant((_, h) => (h.snapshot.sources[0].url = 'javascript:alert(document.cookie)')), /web address/, `${entry}.snapshot.sources[0].url`],
      ['a malformed snapshot', historyVariant((_, h) => (h.snapshot = { title: 42 })), /.+/, `${entry}.snapshot.title`],
      ['changes not as recorded', historyVariant((_, h) => (h.changes = [{ path: '', text: 'Case created', before: null, after: null, html: '<b>' }])), /html/, `${entry}.changes[0]`],
      ['changes that are not a list', historyVariant((_, h) => (h.changes = 'Case created')), /.+/, `${entry}.changes`],
    ];
    const { formatPath } = await import('./backup-file');
    for (const [what, text, message, path] of cases) {
      for (const dryRun of [true, false]) {
        const report = await importCollection(target.prisma, text, { dryRun, actorId: null });
        expect(report.status, `${what}, dry run ${dryRun}`).toBe('refused');
        expect(report.problems.length, what).toBeGreaterThan(0);
        expect(report.problems.map((p) => p.message).join('\n'), what).toMatch(message);
        if (path) expect(report.problems.map((p) => formatPath(p.path)), what).toContain(path);
      }
    }
    expect(await rowCounts(target.prisma)).toEqual(before);
  });

  it('updates a case when the file is newer, records who imported it, and reports a conflict when the database is newer', async () => {
    const user = await target.prisma.user.create({ data: { email: `importer-${engine}@test.example`, passwordHash: 'x', role: 'ADMIN' } });
    const file = JSON.parse(backup);
    const lenovo = file.cases.find((c: { id: string }) => c.id === LENOVO_ID);
    lenovo.version = 2;
    lenovo.summary = 'Corrected summary.';
    const newer = JSON.stringify(file);

    const dryRun = await importCollection(target.prisma, newer, { dryRun: true, actorId: user.id });
    expect(dryRun.cases.updated.map((c) => [c.id, c.databaseVersion, c.fileVersion])).toEqual([[LENOVO_ID, 1, 2]]);
    expect((await readCaseDocument(target.prisma, LENOVO_ID))!.version).toBe(1);

    const applied = await importCollection(target.prisma, newer, { dryRun: false, actorId: user.id });
    expect(applied.status).toBe('imported');
    const stored = await readCaseDocument(target.prisma, LENOVO_ID);
    expect(stored).toMatchObject({ version: 2, summary: 'Corrected summary.' });
    const entry = await target.prisma.caseChange.findUnique({ where: { caseId_version: { caseId: LENOVO_ID, version: 2 } } });
    expect(entry).toMatchObject({ action: 'IMPORT', userId: user.id });

    // The original file (version 1) is now older than the database: a conflict, nothing written.
    const before = await rowCounts(target.prisma);
    const refused = await importCollection(target.prisma, backup, { dryRun: false, actorId: user.id });
    expect(refused.status).toBe('refused');
    expect(refused.cases.conflicts.map((c) => c.id)).toEqual([LENOVO_ID]);
    expect(refused.cases.conflicts[0]!.reason).toMatch(/newer/);
    expect(await rowCounts(target.prisma)).toEqual(before);

    // Same version, different content: also a conflict.
    lenovo.summary = 'Another summary.';
    const differing = await importCollection(target.prisma, JSON.stringify(file), { dryRun: true, actorId: null });
    expect(differing.cases.conflicts[0]!.reason).toMatch(/differ/);
  });

  it('deletes the parties and sources an updated case stops naming when nothing else uses them and the file does not list them', async () => {
    const file = JSON.parse(await exportText(target.prisma));
    const lenovo = file.cases.find((c: { id: string }) => c.id === LENOVO_ID);
    const other = file.cases.find((c: { id: string }) => c.id !== LENOVO_ID);
    const party = (name: string) => ({
      ...lenovo.parties[0],
      id: randomUUID(),
      name,
      originalName: null,
      aliases: [],
      roles: [{ ...lenovo.parties[0].roles[0], id: randomUUID(), citations: [] }],
    });
    const onlyLenovo = party('Party only Lenovo names');
    const shared = party('Party two cases name');
    const report = { ...lenovo.sources[0], id: randomUUID(), title: 'Report only Lenovo cites' };
    const withRole = (p: typeof shared) => ({ ...p, roles: p.roles.map((r: object) => ({ ...r, id: randomUUID() })) });
    lenovo.version += 1;
    lenovo.parties.push(onlyLenovo, shared);
    lenovo.sources.push(report);
    other.version += 1;
    other.parties.push(withRole(shared));
    file.parties.push(backupPartySchema.parse(onlyLenovo), backupPartySchema.parse(shared));
    file.sources.push(report);
    expect((await importCollection(target.prisma, JSON.stringify(file), { dryRun: false, actorId: null })).status).toBe('imported');

    // The next file has Lenovo without them, and neither the other case nor the three rows.
    lenovo.version += 1;
    lenovo.parties = lenovo.parties.filter((p: { id: string }) => p.id !== onlyLenovo.id && p.id !== shared.id);
    lenovo.sources = lenovo.sources.filter((s: { id: string }) => s.id !== report.id);
    const next = JSON.stringify({
      ...file,
      cases: [lenovo],
      parties: file.parties.filter((p: { id: string }) => p.id !== onlyLenovo.id && p.id !== shared.id),
      sources: file.sources.filter((s: { id: string }) => s.id !== report.id),
    });
    const dryRun = await importCollection(target.prisma, next, { dryRun: true, actorId: null });
    expect([dryRun.status, dryRun.parties.deleted, dryRun.sources.deleted]).toEqual(['ready', 1, 1]);
    expect(await target.prisma.party.count({ where: { id: onlyLenovo.id } })).toBe(1);

    const applied = await importCollection(target.prisma, next, { dryRun: false, actorId: null });
    expect([applied.status, applied.parties.deleted, applied.sources.deleted]).toEqual(['imported', 1, 1]);
    const ids = [onlyLenovo.id, shared.id];
    expect((await target.prisma.party.findMany({ where: { id: { in: ids } }, select: { name: true } })).map((p) => p.name)).toEqual(['Party two cases name']);
    expect(await target.prisma.source.count({ where: { id: report.id } })).toBe(0);
  });

  it('signs the notes and history entries a file brings with the importer, never with the accounts the file names', async () => {
    const account = (name: string) => target.prisma.user.create({ data: { email: `${name}-${engine}@test.example`, passwordHash: 'x', role: 'ADMIN' } });
    const [admin, alice] = [await account('signing-admin'), await account('signing-alice')];
    const fileOf = (doc: CaseDocument, user: string) =>
      JSON.stringify({
        ...JSON.parse(backup),
        withHistory: true,
        tags: [],
        sources: [],
        parties: [],
        cases: [{ ...doc, version: 2 }],
        history: [{ id: randomUUID(), caseId: doc.id, version: 1, action: 'CREATE', user, at: '2026-01-01T00:00:00.000Z', changes: [{ path: '', text: 'Case created', before: null, after: doc.title }], snapshot: { ...doc, version: 1 } }],
      });
    const forged = { id: randomUUID(), body: 'Alice: I concede the appraisal was wrong.', author: alice.email, createdAt: '2026-01-01T00:00:00.000Z' };
    const doc = { ...freshLenovo(), notes: [forged] };
    const file = fileOf(doc, alice.email);

    const dryRun = await importCollection(target.prisma, file, { dryRun: true, actorId: admin.id });
    expect([dryRun.status, dryRun.unknownUsers]).toEqual(['ready', []]);
    expect((await importCollection(target.prisma, file, { dryRun: false, actorId: admin.id })).status).toBe('imported');
    const signers = async (caseId: string) => {
      const stored = (await readCaseDocument(target.prisma, caseId))!;
      const history = await target.prisma.caseChange.findMany({ where: { caseId }, orderBy: { version: 'asc' }, include: { user: { select: { email: true } } } });
      return {
        notes: stored.notes.map((n) => n.author),
        history: history.map((h) => [h.version, h.action, h.user?.email ?? null]),
        pastNotes: (history[0]!.snapshot as CaseDocument).notes.map((n) => n.author),
      };
    };
    expect(await signers(doc.id)).toEqual({ notes: [admin.email], history: [[1, 'CREATE', admin.email], [2, 'IMPORT', admin.email]], pastNotes: [admin.email] });

    // The same file again is unchanged; a newer one keeps the author of a note the database holds as it is.
    const counts = await rowCounts(target.prisma);
    expect((await importCollection(target.prisma, file, { dryRun: false, actorId: null })).cases.unchanged.map((c) => c.id)).toEqual([doc.id]);
    expect(await rowCounts(target.prisma)).toEqual(counts);
    const added = { ...forged, id: randomUUID(), body: 'Alice: a second confession.', createdAt: '2026-02-01T00:00:00.000Z' };
    const newer = JSON.parse(file);
    newer.cases[0] = { ...newer.cases[0], version: 3, notes: [forged, added] };
    expect((await importCollection(target.prisma, JSON.stringify(newer), { dryRun: false, actorId: null })).status).toBe('imported');
    expect((await readCaseDocument(target.prisma, doc.id))!.notes.map((n) => [n.body, n.author])).toEqual([
      [forged.body, admin.email],
      [added.body, null],
    ]);

    // Only a restore by whoever runs the server (--keep-authors) takes the file's word for who wrote what.
    const restored = { ...freshLenovo(), notes: [{ ...forged, id: randomUUID() }] };
    expect((await importCollection(target.prisma, fileOf(restored, alice.email), { dryRun: false, actorId: admin.id, keepAuthors: true })).status).toBe('imported');
    expect(await signers(restored.id)).toEqual({ notes: [alice.email], history: [[1, 'CREATE', alice.email], [2, 'IMPORT', admin.email]], pastNotes: [alice.email] });
  });

  it('carries the history with --with-history, and an export of an empty database is a valid empty backup', async () => {
    const withHistory = JSON.parse(await exportText(source.prisma, true));
    expect(withHistory.withHistory).toBe(true);
    expect(withHistory.history.length).toBeGreaterThanOrEqual(4);
    expect(withHistory.history[0]).toMatchObject({ action: 'CREATE', user: null });

    const empty = await openTestDatabase(engine);
    try {
      const text = await exportText(empty.prisma);
      expect(JSON.parse(text)).toMatchObject({ format: 'covenant-backup', schemaVersion: CASE_SCHEMA_VERSION, cases: [], tags: [], history: [] });
      const report = await importCollection(empty.prisma, text, { dryRun: false, actorId: null });
      expect(report.status).toBe('imported');
    } finally {
      await empty.drop();
    }
  });

  it('imports a backup of schemaVersion 1 without loss, its cases upgraded to the current version', async () => {
    // An old-format case (claimantId/respondentId, awards without provenance) in the envelope of a
    // version-1 export: its parties as they were listed then, without the fields version 2 added.
    type V1Case = { id: string; title: string; sources: object[]; parties: { roles: object[] }[]; claims: { claimantId: string | null; respondentId: string | null }[] } & Record<string, unknown>;
    const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../case-document/fixtures/shenlan-schema-v1.json'), 'utf8'));
    const old = withFreshIds(fixture) as unknown as V1Case;
    expect(old.schemaVersion).toBe(1);
    const file = JSON.stringify({
      format: 'covenant-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-30T12:00:00.000Z',
      withHistory: false,
      tags: [],
      sources: old.sources,
      parties: old.parties.map((party) => Object.fromEntries(Object.entries(party).filter(([key]) => key !== 'roles'))),
      cases: [old],
      history: [],
    });

    const before = await rowCounts(target.prisma);
    const dryRun = await importCollection(target.prisma, file, { dryRun: true, actorId: null });
    expect([dryRun.status, dryRun.problems, dryRun.cases.created.map((c) => c.id)]).toEqual(['ready', [], [old.id]]);
    expect(await rowCounts(target.prisma)).toEqual(before);

    const imported = await importCollection(target.prisma, file, { dryRun: false, actorId: null });
    expect([imported.status, imported.cases.created.map((c) => c.id)]).toEqual(['imported', [old.id]]);
    const stored = (await readCaseDocument(target.prisma, old.id))!;
    // Everything the old document held, as the upgrade reads it (the awards' ids derived from
    // theirs); sets (an evidence item's claims, an outcome's awards) in the order the database gives.
    const upgraded = caseDocumentSchema.parse(old);
    const comparable = (doc: CaseDocument) => ({
      ...doc,
      evidence: doc.evidence.map((e) => ({ ...e, claimIds: [...e.claimIds].sort() })),
      outcomes: doc.outcomes.map((o) => ({ ...o, awards: [...o.awards].sort((x, y) => x.claimId.localeCompare(y.claimId)) })),
    });
    expect(comparable(stored)).toEqual(comparable(upgraded));
    expect(stored.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(stored.claims.map((c) => [c.claimantIds, c.respondentIds])).toEqual(old.claims.map((c) => [c.claimantId ? [c.claimantId] : [], c.respondentId ? [c.respondentId] : []]));
    // An award was covered by its outcome's certainty and citations: it keeps them as its own.
    for (const outcome of stored.outcomes) {
      for (const award of outcome.awards) {
        expect(award.certainty).toBe(outcome.certainty);
        expect(award.citations.map((c) => [c.sourceId, c.excerpt])).toEqual(outcome.citations.map((c) => [c.sourceId, c.excerpt]));
      }
    }
    expect(stored.outcomes.flatMap((o) => o.awards).length).toBeGreaterThan(0);

    // The same old file once more: its case is unchanged, not in conflict.
    const again = await importCollection(target.prisma, file, { dryRun: true, actorId: null });
    expect([again.status, again.cases.unchanged.map((c) => c.id), again.cases.conflicts]).toEqual(['ready', [old.id], []]);
  });

  it('gives back a case with every field of the model unchanged through export and import', async () => {
    const doc = freshEveryFieldCase();
    await source.prisma.$transaction((tx) => writeCaseDocument(tx, doc, { actorId: null }), { timeout: 60_000 });
    // The export of the whole collection, narrowed to this case and the shared rows it names (the
    // target's copies of the other cases have moved on in the tests above).
    const whole = JSON.parse(await exportText(source.prisma));
    const exported = whole.cases.find((c: { id: string }) => c.id === doc.id);
    expect(exported).toEqual(doc);
    const named = (rows: { id: string }[], ids: string[]) => rows.filter((row) => ids.includes(row.id));
    const file = JSON.stringify({
      ...whole,
      cases: [exported],
      sources: named(whole.sources, doc.sources.map((s) => s.id)),
      parties: named(whole.parties, doc.parties.map((p) => p.id)),
    });

    const dryRun = await importCollection(target.prisma, file, { dryRun: true, actorId: null });
    expect([dryRun.status, dryRun.cases.created.map((c) => c.id)]).toEqual(['ready', [doc.id]]);
    const imported = await importCollection(target.prisma, file, { dryRun: false, actorId: null });
    expect(imported.status).toBe('imported');
    expect(await readCaseDocument(target.prisma, doc.id)).toEqual(doc);
    const again = JSON.parse(await exportText(target.prisma)).cases.find((c: { id: string }) => c.id === doc.id);
    expect(again).toEqual(exported);
    expect((await importCollection(target.prisma, file, { dryRun: true, actorId: null })).cases.unchanged.map((c) => c.id)).toContain(doc.id);
  });

  it('refuses a case whose rows take an id another case holds in the database, whatever the table', async () => {
    const stored = freshEveryFieldCase();
    await target.prisma.$transaction((tx) => writeCaseDocument(tx, stored, { actorId: null }), { timeout: 60_000 });
    const whole = JSON.parse(await exportText(target.prisma));
    const shared = new Set([...stored.parties.map((p) => p.id), ...stored.sources.map((s) => s.id)]);
    const named = (rows: { id: string }[]) => rows.filter((row) => shared.has(row.id));
    /** A new case with fresh ids everywhere (the shared parties and sources aside) but `taken`. */
    const copyTaking = (taken: string) => {
      const fresh = new Map<string, string>();
      const json = JSON.stringify(stored).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
        if (id === taken || shared.has(id)) return id;
        if (!fresh.has(id)) fresh.set(id, randomUUID());
        return fresh.get(id)!;
      });
      return JSON.stringify({ ...whole, cases: [JSON.parse(json)], parties: named(whole.parties), sources: named(whole.sources) });
    };
    const before = await rowCounts(target.prisma);
    const { factIds, formatPath } = await import('./backup-file');
    const facts = factIds(stored);
    // Rows of every kind a case holds, nested ones included.
    expect(new Set(facts.map((f) => f.path.filter((p) => typeof p === 'string').join('.'))).size).toBeGreaterThan(15);
    for (const [n, fact] of facts.entries()) {
      const report = await importCollection(target.prisma, copyTaking(fact.id), { dryRun: n < facts.length - 1, actorId: null });
      const where = formatPath(['cases', 0, ...fact.path]);
      expect(report.status, where).toBe('refused');
      expect(report.problems.map((p) => `${formatPath(p.path)}: ${p.message}`), where).toContain(
        `${where}: The id ${fact.id} already belongs to another case in the database (${stored.id}).`,
      );
    }
    expect(await rowCounts(target.prisma)).toEqual(before);
  });

  it('carries the texts sources were read from, losslessly, however long, and refuses a changed or missing one', async () => {
    // Longer than the file's limit on one string, with a character of two UTF-16 units across the first cut.
    const text = `${'联想集团称常程违约。Lenovo said. '.repeat(5000).slice(0, BACKUP_STRING_MAX_LENGTH - 1)}😀 tail\r\n\u0007 end`;
    const sha256 = textSha256(text);
    const author = await source.prisma.user.create({ data: { email: `snap-${randomUUID()}@example.test`, passwordHash: 'x', role: 'EDITOR' } });
    await source.prisma.sourceSnapshot.create({ data: { sha256, text, contentType: 'application/pdf', fileName: '判决书.pdf', byteLength: 123_456, createdById: author.id } });
    const base = freshLenovo();
    const doc = caseDocumentSchema.parse({ ...base, sources: base.sources.map((s, i) => (i === 0 ? { ...s, snapshotSha256: sha256 } : s)) });
    await source.prisma.$transaction((tx) => writeCaseDocument(tx, doc, { actorId: null, isNew: true }), { timeout: 60_000 });

    const whole = JSON.parse(await exportText(source.prisma));
    const carried = whole.snapshots.find((n: { sha256: string }) => n.sha256 === sha256);
    expect(carried).toMatchObject({ contentType: 'application/pdf', fileName: '判决书.pdf', byteLength: 123_456, createdBy: author.email });
    expect(carried.textParts.length).toBe(2);
    expect(carried.textParts.join('')).toBe(text);
    const file = JSON.stringify({ ...whole, cases: [whole.cases.find((c: { id: string }) => c.id === doc.id)], history: [] });

    const tampered = JSON.parse(file);
    tampered.snapshots.find((n: { sha256: string }) => n.sha256 === sha256).textParts[1] += '!';
    const refused = await importCollection(target.prisma, JSON.stringify(tampered), { dryRun: false, actorId: null });
    expect(refused.status).toBe('refused');
    expect(refused.problems.map((p) => p.message)).toContain('The text does not match its SHA-256: the file was changed or damaged.');
    const missing = { ...JSON.parse(file), snapshots: [] };
    const refusedMissing = await importCollection(target.prisma, JSON.stringify(missing), { dryRun: false, actorId: null });
    expect(refusedMissing.problems.some((p) => p.path.join('.') === `cases.0.sources.0.snapshotSha256` && /does not carry/.test(p.message))).toBe(true);
    expect(await target.prisma.sourceSnapshot.count({ where: { sha256 } })).toBe(0);

    const imported = await importCollection(target.prisma, file, { dryRun: false, actorId: null });
    expect(imported.status).toBe('imported');
    expect(imported.snapshots.created).toBeGreaterThanOrEqual(1);
    const restored = await target.prisma.sourceSnapshot.findUniqueOrThrow({ where: { sha256 } });
    expect([restored.text === text, restored.contentType, restored.fileName, restored.byteLength, restored.createdById]).toEqual([true, 'application/pdf', '判决书.pdf', 123_456, null]);
    expect(await readCaseDocument(target.prisma, doc.id)).toEqual(await readCaseDocument(source.prisma, doc.id));
    const again = await importCollection(target.prisma, file, { dryRun: false, actorId: null });
    expect([again.cases.unchanged.map((c) => c.id), again.snapshots.created]).toEqual([[doc.id], 0]);
  });
});
