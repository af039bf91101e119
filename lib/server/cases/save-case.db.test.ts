// Saving a case on real databases: versions guard against lost updates, a save is all or
// nothing, and every save leaves a history entry with its changes in words and a snapshot.
import { describe, expect, it } from 'vitest';
import { readCaseDocument } from './read-case-document';
import { mergeDocuments } from '../../case-document/merge';
import { caseDocumentSchema, type CaseDocument } from '../../case-document/schema';
import { testEngines } from '../../testing/databases';
import { freshEveryFieldCase, freshLenovo } from '../../testing/documents';
import { useEditorDatabase } from '../../testing/editor-database';
import { createUser } from '../users';
import { deleteCasePermanently, saveCase, setArchived, StaleVersionError } from './save-case';

describe.each(await testEngines())('saveCase() on %s', (engine) => {
  const suite = useEditorDatabase(engine);
  const { save } = suite;

  it('creates version 1 and records who created it', async () => {
    const doc = freshLenovo();
    const result = await save(doc, null);
    expect(result.version).toBe(1);
    const history = await suite.db.prisma.caseChange.findMany({ where: { caseId: doc.id } });
    expect(history).toMatchObject([{ version: 1, action: 'CREATE', userId: suite.actor.id }]);
  });

  it('stores every field of the model and reads it back unchanged', async () => {
    const doc = freshEveryFieldCase();
    await save(doc, null);
    const read = await readCaseDocument(suite.db.prisma, doc.id);
    expect(read).toEqual(doc);
    // Reversed roles: the same party is plaintiff in one proceeding and defendant in the other.
    const lumen = doc.parties.find((p) => p.name.startsWith('Lumen'))!.id;
    expect(read!.proceedings.map((p) => p.parties.find((r) => r.partyId === lumen)?.role)).toEqual(['DEFENDANT', 'PLAINTIFF']);
  });

  it('keeps the order of notes saved together', async () => {
    const doc = freshLenovo();
    const at = new Date().toISOString();
    // Ids in descending order: sorting by id (as before) would reverse them.
    doc.notes = ['ffffffff', 'aaaaaaaa', '00000000'].map((prefix, i) => ({ id: `${prefix}-0000-4000-8000-00000000000${i}`, body: `Note ${i + 1}`, author: null, createdAt: at }));
    await save(doc, null);
    expect((await readCaseDocument(suite.db.prisma, doc.id))!.notes.map((n) => n.body)).toEqual(['Note 1', 'Note 2', 'Note 3']);
  });

  it('describes a change of amount in words and keeps the version it replaced viewable', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    const changed = structuredClone(doc);
    changed.claims[1]!.amount = { qualifier: 'MORE_THAN', value: '1000000', currency: 'CNY' };
    const result = await save(changed, 1);
    expect(result.version).toBe(2);
    expect(result.changes.map((c) => c.text)).toEqual([
      "Claim 'Pay liquidated damages for breach of the non-compete obligation': amount changed from unknown to more than 1,000,000 CNY",
    ]);
    const v1 = await suite.db.prisma.caseChange.findUniqueOrThrow({ where: { caseId_version: { caseId: doc.id, version: 1 } } });
    expect((v1.snapshot as CaseDocument).claims[1]!.amount.qualifier).toBe('UNKNOWN');
  });

  it('refuses a save based on an older version and says what changed meanwhile', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    await save({ ...doc, title: 'Lenovo Group v. Chang Cheng (renamed)' }, 1);
    const late = save({ ...doc, summary: 'My edit' }, 1);
    await expect(late).rejects.toBeInstanceOf(StaleVersionError);
    await expect(late).rejects.toMatchObject({ currentVersion: 2, changesMeanwhile: [{ path: 'title' }] });
    expect((await readCaseDocument(suite.db.prisma, doc.id))!.summary).toBe(doc.summary);
  });

  it('offers the refused changes merged into the current version, which then saves with both', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    // Each editor's form holds the case as read, parsed by the schema as the save action does.
    const opened = async () => caseDocumentSchema.parse(JSON.parse(JSON.stringify(await readCaseDocument(suite.db.prisma, doc.id))));
    const theirs = await opened();
    const mine = await opened();
    await save({ ...theirs, title: 'Lenovo Group Ltd. v. Chang Cheng' }, 1);
    mine.claims[1]!.amount = { qualifier: 'EXACT', value: '1000000.00', currency: 'CNY' };

    const refused = await save(mine, 1).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StaleVersionError);
    const { versions } = refused as StaleVersionError;
    const { merged, conflicts } = mergeDocuments(versions!.base, versions!.current, mine);
    expect(conflicts).toEqual([]);
    await save(merged, 2);
    const stored = (await readCaseDocument(suite.db.prisma, doc.id))!;
    expect([stored.version, stored.title, stored.claims[1]!.amount.value]).toEqual([3, 'Lenovo Group Ltd. v. Chang Cheng', '1000000.00']);
  });

  it('stores nothing when any part of a save fails', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    const broken = structuredClone(doc);
    broken.title = 'Should not be stored';
    // A related case that does not exist fails inside the transaction, after validation.
    broken.relatedCases = [{ caseId: crypto.randomUUID(), kind: 'RELATED', note: null }];
    await expect(save(broken, 1)).rejects.toThrow(/related case does not exist/);
    const stored = await readCaseDocument(suite.db.prisma, doc.id);
    expect(stored!.title).toBe(doc.title);
    expect(stored!.version).toBe(1);
  });

  it('archives and restores as new versions, and a permanent delete needs the exact title', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    await setArchived(suite.db.prisma, { caseId: doc.id, archived: true, actorId: suite.actor.id });
    expect((await readCaseDocument(suite.db.prisma, doc.id))!.archivedAt).not.toBeNull();
    await setArchived(suite.db.prisma, { caseId: doc.id, archived: false, actorId: suite.actor.id });
    expect((await readCaseDocument(suite.db.prisma, doc.id))!).toMatchObject({ archivedAt: null, version: 3 });

    await expect(deleteCasePermanently(suite.db.prisma, { caseId: doc.id, confirmTitle: 'lenovo' })).rejects.toThrow(/exactly/);
    expect(await suite.db.prisma.caseChange.count({ where: { caseId: doc.id } })).toBe(3);
  });

  it('deletes the history with the case: no past version of a deleted case stays readable', async () => {
    const doc = freshLenovo();
    await save(doc, null);
    await save({ ...doc, summary: 'A second version.' }, 1);
    await deleteCasePermanently(suite.db.prisma, { caseId: doc.id, confirmTitle: doc.title });
    expect(await readCaseDocument(suite.db.prisma, doc.id)).toBeNull();
    expect(await suite.db.prisma.caseChange.findMany({ where: { caseId: doc.id } })).toEqual([]);
    // Nor can history be written for a case that is not there.
    await expect(suite.db.prisma.caseChange.create({ data: { caseId: doc.id, version: 4, action: 'UPDATE', changes: [] } })).rejects.toThrow();
  });

  it('signs a note added in a save with the saver', async () => {
    const doc = freshLenovo();
    doc.notes = [];
    await save(doc, null);
    const withNote = { ...doc, notes: [{ id: crypto.randomUUID(), body: 'Checked the award register.', author: null, createdAt: new Date().toISOString() }] };
    await save(withNote, 1);
    expect((await readCaseDocument(suite.db.prisma, doc.id))!.notes[0]!.author).toBe(suite.actor.email);
  });

  it("only a note's author changes its text; an unattributed note becomes its rewriter's, and the history says so", async () => {
    const { user: admin } = await createUser(suite.db.prisma, { email: `note-admin-${crypto.randomUUID().slice(0, 8)}@example.com`, role: 'ADMIN', password: 'a long enough password' });
    const asAdmin = (doc: CaseDocument, baseVersion: number | null) => saveCase(suite.db.prisma, { doc, baseVersion, actorId: admin.id, actorEmail: admin.email });
    const doc = freshLenovo();
    const note = { id: crypto.randomUUID(), body: 'The appraisal looks unreliable to me.', author: null, createdAt: new Date().toISOString() };
    await asAdmin({ ...doc, notes: [note] }, null);
    const notes = async () => (await readCaseDocument(suite.db.prisma, doc.id))!.notes.map((n) => [n.body, n.author]);

    // The editor rewrites the admin's note, signed as the admin or as themselves: refused, on that field.
    for (const author of [admin.email, suite.actor.email]) {
      const rewritten = { ...doc, notes: [{ ...note, body: 'The appraisal is reliable.', author }] };
      await expect(save(rewritten, 1)).rejects.toMatchObject({ code: 'FORBIDDEN', details: { 'notes.0.body': [expect.stringMatching(`Only ${admin.email} can change this note`)] } });
    }
    expect(await notes()).toEqual([[note.body, admin.email]]);

    // The author may; and another's note that is kept as it is stays theirs, whatever author the client sends.
    await asAdmin({ ...doc, notes: [{ ...note, body: 'The appraisal looks unreliable to me (see the award).' }] }, 1);
    const mine = { id: crypto.randomUUID(), body: 'I disagree: the tribunal relied on it.', author: admin.email, createdAt: note.createdAt };
    await save({ ...doc, notes: [{ ...note, body: 'The appraisal looks unreliable to me (see the award).', author: suite.actor.email }, mine] }, 2);
    expect(await notes()).toEqual([
      ['The appraisal looks unreliable to me (see the award).', admin.email],
      [mine.body, suite.actor.email],
    ]);

    // A note nobody signs (its account deleted) becomes the editor's when they rewrite it.
    await suite.db.prisma.note.update({ where: { id: note.id }, data: { authorId: null } });
    const result = await save({ ...doc, notes: [{ ...note, body: 'Rewritten by the editor.' }, mine] }, 3);
    expect(await notes()).toEqual([
      ['Rewritten by the editor.', suite.actor.email],
      [mine.body, suite.actor.email],
    ]);
    expect(result.changes.map((c) => c.text)).toContain(`Note 'Rewritten by the editor.': author changed from unattributed to ${suite.actor.email}`);

    // Removing another's note is allowed: the history keeps it.
    await asAdmin({ ...doc, notes: [{ ...note, body: 'Rewritten by the editor.' }, mine] }, 4);
    await asAdmin({ ...doc, notes: [] }, 5);
    expect(await notes()).toEqual([]);
  });

  it('deletes a party or source dropped from a case when no other case uses it, and keeps a shared one', async () => {
    const extraParty = (id: string, name: string): CaseDocument['parties'][number] => ({
      id, name, originalName: null, originalNameCertainty: null, aliases: [], kind: 'PERSON', description: null, legalRepresentative: null,
      roles: [{ id: crypto.randomUUID(), role: 'NON_PARTY', description: null, certainty: 'REPORTED', certaintyNote: null, citations: [] }],
    });
    const extraSource = (id: string): CaseDocument['sources'][number] => ({
      id, title: 'A news report', publisher: null, author: null, url: null, published: null, publishedQualifier: null, language: 'en', languageNote: null, snapshotSha256: null,
    });
    const [onlyHere, shared, sourceHere] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const doc = freshLenovo();
    doc.parties.push(extraParty(onlyHere, 'Only in this case'), extraParty(shared, 'Also in another case'));
    doc.sources.push(extraSource(sourceHere));
    await save(doc, null);
    const other = freshLenovo();
    other.parties.push({ ...extraParty(shared, 'Also in another case') });
    await save(other, null);

    const trimmed = { ...doc, parties: doc.parties.filter((p) => p.id !== onlyHere && p.id !== shared), sources: doc.sources.filter((s) => s.id !== sourceHere) };
    await save(trimmed, 1);
    expect(await suite.db.prisma.party.findUnique({ where: { id: onlyHere } })).toBeNull();
    expect(await suite.db.prisma.source.findUnique({ where: { id: sourceHere } })).toBeNull();
    expect(await suite.db.prisma.party.findUnique({ where: { id: shared } })).toMatchObject({ name: 'Also in another case' });
    const v1 = await suite.db.prisma.caseChange.findUniqueOrThrow({ where: { caseId_version: { caseId: doc.id, version: 1 } } });
    expect((v1.snapshot as CaseDocument).parties.map((p) => p.id)).toContain(onlyHere);
  });
});
