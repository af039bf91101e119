// The readable copies of the SQL functions and triggers (prisma/sql) are what the migrations make:
// a migration that changes a function without its file (or a file edited by hand) fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { migrate } from './migrate';
import { readDatabaseDefinitions, readDefinitionFiles, type SqlDefinitions } from './sql-definitions';

describe.each(await testEngines())('prisma/sql matches the migrated database on %s', (engine) => {
  let database: TestDatabase;
  let actual: SqlDefinitions;
  const files = readDefinitionFiles();

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await migrate(database.connectionString);
    actual = await readDatabaseDefinitions(database.connectionString);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('has a file for every function and trigger, and no file for one that does not exist (npm run db:sql rewrites them)', () => {
    expect([...files.keys()]).toEqual([...actual.keys()]);
  });

  it('holds each definition exactly as the migrations leave it', () => {
    for (const [file, definition] of actual) expect(files.get(file), file).toBe(definition);
  });
});
