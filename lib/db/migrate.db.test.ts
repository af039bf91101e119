// lib/db/migrate.ts against real databases: what it records, that it is incremental, that it
// refuses edited and failing migrations, and that two at once apply each migration once (on
// PostgreSQL through the advisory lock; on PGlite, whose socket server runs every connection on
// one session, through the re-check inside each migration's transaction).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { MIGRATIONS_DIR, migrate } from './migrate';

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

/** The checksum `prisma migrate deploy` records: SHA-256 of the file's bytes, in hex. */
function sha256OfFile(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** A scratch copy of prisma/migrations that a test may add to and edit. */
function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'covenant-migrations-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function migrationRows(connectionString: string): Promise<MigrationRow[]> {
  return query<MigrationRow>(
    connectionString,
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name',
  );
}

async function tableExists(connectionString: string, table: string): Promise<boolean> {
  const rows = await query<{ exists: boolean }>(connectionString, 'SELECT to_regclass($1) IS NOT NULL AS exists', [`public."${table}"`]);
  return rows[0]!.exists;
}

describe.each(await testEngines())('migrate() on %s', (engine) => {
  let database: TestDatabase;
  let scratch: string | undefined;

  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await database.drop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it("applies pending migrations in order and records Prisma's checksums", async () => {
    const names = migrationNames(MIGRATIONS_DIR);
    expect(names.length).toBeGreaterThan(0);

    const result = await migrate(database.connectionString);

    expect(result).toEqual({ applied: names, alreadyApplied: 0 });
    const rows = await migrationRows(database.connectionString);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.checksum).toBe(sha256OfFile(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql')));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(database.connectionString, 'Case')).toBe(true);
  });

  it('applies nothing when every migration is already applied', async () => {
    await migrate(database.connectionString);
    const before = await migrationRows(database.connectionString);

    const again = await migrate(database.connectionString);

    expect(again).toEqual({ applied: [], alreadyApplied: before.length });
    expect(await migrationRows(database.connectionString)).toEqual(before);
  });

  it('applies only the migration added since the last run', async () => {
    scratch = copyMigrations();
    const initial = migrationNames(scratch);
    await migrate(database.connectionString, { dir: scratch });
    const before = await migrationRows(database.connectionString);

    addMigration(scratch, '29991231000000_add_widget', 'CREATE TABLE "Widget" ("id" INTEGER PRIMARY KEY);\n');
    const second = await migrate(database.connectionString, { dir: scratch });
    const third = await migrate(database.connectionString, { dir: scratch });

    expect(second).toEqual({ applied: ['29991231000000_add_widget'], alreadyApplied: initial.length });
    expect(third).toEqual({ applied: [], alreadyApplied: initial.length + 1 });
    const after = await migrationRows(database.connectionString);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({
      migration_name: '29991231000000_add_widget',
      checksum: sha256OfFile(path.join(scratch, '29991231000000_add_widget', 'migration.sql')),
      applied_steps_count: 1,
    });
    expect(await tableExists(database.connectionString, 'Widget')).toBe(true);
  });

  it('20261203020000_case_history_cascade drops the history of cases deleted before it and keeps the rest', async () => {
    const cascade = '20261203020000_case_history_cascade';
    scratch = copyMigrations();
    const later = migrationNames(scratch).filter((name) => name >= cascade);
    const aside = fs.mkdtempSync(path.join(os.tmpdir(), 'covenant-migrations-later-'));
    for (const name of later) fs.renameSync(path.join(scratch, name), path.join(aside, name));
    await migrate(database.connectionString, { dir: scratch });
    const kept = '1e000000-0000-4000-8000-0000000000aa';
    const deleted = '1e000000-0000-4000-8000-0000000000bb';
    await query(database.connectionString, `INSERT INTO "Case" ("id", "title", "jurisdictionCountry", "updatedAt") VALUES ($1, 'Kept', 'CN', now())`, [kept]);
    await query(
      database.connectionString,
      `INSERT INTO "CaseChange" ("id", "caseId", "version", "action", "changes") VALUES
         (gen_random_uuid(), $1, 1, 'CREATE', '[]'), (gen_random_uuid(), $2, 1, 'CREATE', '[]'), (gen_random_uuid(), $2, 2, 'DELETE', '[]')`,
      [kept, deleted],
    );

    for (const name of later) fs.renameSync(path.join(aside, name), path.join(scratch, name));
    fs.rmSync(aside, { recursive: true, force: true });
    await migrate(database.connectionString, { dir: scratch });
    const rows = await query<{ caseId: string; action: string }>(database.connectionString, 'SELECT "caseId", "action"::text FROM "CaseChange"');
    expect(rows).toEqual([{ caseId: kept, action: 'CREATE' }]);
  });

  it('20261203060000_recording_model moves claim sides, award provenance and note order without loss', async () => {
    const model = '20261203060000_recording_model';
    scratch = copyMigrations();
    const later = migrationNames(scratch).filter((name) => name >= model);
    const aside = fs.mkdtempSync(path.join(os.tmpdir(), 'covenant-migrations-later-'));
    for (const name of later) fs.renameSync(path.join(scratch, name), path.join(aside, name));
    await migrate(database.connectionString, { dir: scratch });
    const id = (n: number) => `1f000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const run = (sql: string, values: unknown[] = []) => query(database.connectionString, sql, values);
    await run(`INSERT INTO "Case" ("id", "title", "jurisdictionCountry", "updatedAt") VALUES ($1, 'Old case', 'CN', now())`, [id(1)]);
    await run(`INSERT INTO "Party" ("id", "name", "kind") VALUES ($1, 'Employer', 'ORGANIZATION'), ($2, 'Employee', 'PERSON')`, [id(2), id(3)]);
    await run(`INSERT INTO "Source" ("id", "title") VALUES ($1, 'Report')`, [id(4)]);
    await run(`INSERT INTO "Claim" ("id", "caseId", "kind", "title", "claimantId", "respondentId") VALUES ($1, $2, 'DAMAGES', 'Damages', $3, $4)`, [id(5), id(1), id(2), id(3)]);
    await run(
      `INSERT INTO "Outcome" ("id", "caseId", "kind", "certainty", "certaintyNote", "settlementQualifier") VALUES ($1, $2, 'AWARD', 'UNCONFIRMED', 'not confirmed', 'NOT_MONETARY')`,
      [id(6), id(1)],
    );
    await run(`INSERT INTO "OutcomeAward" ("outcomeId", "claimId", "amountQualifier", "amount", "amountCurrency") VALUES ($1, $2, 'EXACT', 100, 'CNY')`, [id(6), id(5)]);
    await run(`INSERT INTO "Citation" ("id", "caseId", "sourceId", "excerpt", "outcomeId") VALUES ($1, $2, $3, 'awarded 100', $4)`, [id(7), id(1), id(4), id(6)]);
    await run(
      `INSERT INTO "Note" ("id", "caseId", "body", "createdAt") VALUES ($1, $3, 'second by id', '2026-01-01T00:00:00Z'), ($2, $3, 'first by id', '2026-01-01T00:00:00Z')`,
      [id(9), id(8), id(1)],
    );

    for (const name of later) fs.renameSync(path.join(aside, name), path.join(scratch, name));
    fs.rmSync(aside, { recursive: true, force: true });
    await migrate(database.connectionString, { dir: scratch });
    expect(await run(`SELECT "side"::text, "partyId"::text FROM "ClaimParty" WHERE "claimId" = $1 ORDER BY "side"`, [id(5)])).toEqual([
      { side: 'CLAIMANT', partyId: id(2) },
      { side: 'RESPONDENT', partyId: id(3) },
    ]);
    const [award] = await run(`SELECT "id"::text, "certainty"::text, "certaintyNote" FROM "OutcomeAward"`);
    expect(award).toMatchObject({ certainty: 'UNCONFIRMED', certaintyNote: 'not confirmed' });
    expect(await run(`SELECT "excerpt", "sourceId"::text FROM "Citation" WHERE "outcomeAwardId" = $1`, [(award as { id: string }).id])).toEqual([
      { excerpt: 'awarded 100', sourceId: id(4) },
    ]);
    expect(await run(`SELECT "body", "position" FROM "Note" ORDER BY "position"`)).toEqual([
      { body: 'first by id', position: 0 },
      { body: 'second by id', position: 1 },
    ]);
  });

  it('refuses to run when an applied migration was edited, naming it', async () => {
    scratch = copyMigrations();
    const [first] = migrationNames(scratch);
    await migrate(database.connectionString, { dir: scratch });
    fs.appendFileSync(path.join(scratch, first!, 'migration.sql'), '\n-- an innocent-looking edit\n');

    await expect(migrate(database.connectionString, { dir: scratch })).rejects.toThrow(first!);
  });

  it('rolls back a failing migration completely and names it', async () => {
    scratch = copyMigrations();
    await migrate(database.connectionString, { dir: scratch });
    const before = await migrationRows(database.connectionString);
    addMigration(
      scratch,
      '29991231000000_broken',
      'CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );

    await expect(migrate(database.connectionString, { dir: scratch })).rejects.toThrow('29991231000000_broken');

    expect(await tableExists(database.connectionString, 'HalfDone')).toBe(false);
    expect(await migrationRows(database.connectionString)).toEqual(before);
  });

  it('applies each migration exactly once when two migrators run at the same time', async () => {
    const names = migrationNames(MIGRATIONS_DIR);

    const results = await Promise.all([migrate(database.connectionString), migrate(database.connectionString)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    const rows = await migrationRows(database.connectionString);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    expect(rows.every((row) => row.finished_at !== null && row.applied_steps_count === 1)).toBe(true);
  });
});
