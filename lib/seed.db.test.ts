// The demo seed on real databases: idempotent, and the Lenovo reference case survives the trip
// JSON → tables → JSON field for field.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseDocument } from './server/cases/read-case-document';
import { caseDocumentSchema } from './case-document/schema';
import { describeChanges } from './history/describe-changes';
import { readSeedDocuments, SEED_DIR, seedDemoData } from './seed';
import { openTestDatabase, rowCounts, testEngines, type OpenTestDatabase } from './testing/databases';

const LENOVO_FILE = path.join(SEED_DIR, 'lenovo-v-chang-cheng.json');

describe.each(await testEngines())('seedDemoData() on %s', (engine) => {
  let db: OpenTestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('leaves every table exactly as one run did when it runs a second time', async () => {
    const titles = readSeedDocuments().map((doc) => doc.title);

    const first = await seedDemoData(db.prisma);
    const once = await rowCounts(db.prisma);
    const second = await seedDemoData(db.prisma);
    const twice = await rowCounts(db.prisma);

    expect(first).toEqual({ created: titles, skipped: [] });
    expect(second).toEqual({ created: [], skipped: titles });
    expect(twice).toEqual(once);
    expect(once.Case).toBe(titles.length);
    expect(once.CaseChange).toBe(titles.length);
    // The reference case touches every kind of fact, so each of these tables has rows.
    for (const table of ['Source', 'Party', 'CaseParty', 'Proceeding', 'Covenant', 'Claim', 'Evidence', 'TimelineEvent', 'Outcome', 'Citation']) {
      expect(once[table], table).toBeGreaterThan(0);
    }
  });

  it('reads the Lenovo case back exactly as prisma/seed-data/lenovo-v-chang-cheng.json states it', async () => {
    const expected = caseDocumentSchema.parse(JSON.parse(fs.readFileSync(LENOVO_FILE, 'utf8')));
    await seedDemoData(db.prisma);

    const stored = await readCaseDocument(db.prisma, expected.id);

    expect(stored).toStrictEqual(expected);
  });

  it('records the seeded Lenovo case in its history as version 1, described as a creation like an editor\'s, snapshot included', async () => {
    const expected = caseDocumentSchema.parse(JSON.parse(fs.readFileSync(LENOVO_FILE, 'utf8')));
    await seedDemoData(db.prisma);

    const history = await db.prisma.caseChange.findMany({ where: { caseId: expected.id } });

    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ version: 1, action: 'CREATE', userId: null, changes: describeChanges(null, expected) });
    expect(history[0]!.changes).toContainEqual({ path: '', text: 'Case created', before: null, after: 'Lenovo Group v. Chang Cheng' });
    expect(history[0]!.snapshot).toStrictEqual(JSON.parse(JSON.stringify(expected)));
  });
});
