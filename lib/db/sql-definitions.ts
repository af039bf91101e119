// The SQL functions and triggers the migrations leave in the database, as readable files:
// prisma/sql/functions/<name>.sql and prisma/sql/triggers/<table>.<name>.sql hold exactly what
// PostgreSQL reports for them (pg_get_functiondef, pg_get_triggerdef). A migration that changes one
// also rewrites its file (`npm run db:sql`); lib/db/sql-definitions.db.test.ts fails on any drift.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const SQL_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'prisma', 'sql');

export type SqlDefinitions = Map<string, string>;

/** What the database at `connectionString` defines: file path (relative to SQL_DIR) → definition. */
export async function readDatabaseDefinitions(connectionString: string): Promise<SqlDefinitions> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Our own functions: in public and not created by an extension (pg_trgm's live in public too).
    const functions = await client.query<{ name: string; definition: string }>(`
      SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.prokind = 'f'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)`);
    const triggers = await client.query<{ name: string; definition: string }>(`
      SELECT c.relname || '.' || t.tgname AS name, pg_get_triggerdef(t.oid, true) AS definition
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT t.tgisinternal
      ORDER BY 1`);
    const definitions: SqlDefinitions = new Map();
    const add = (file: string, definition: string) => {
      // Overloads share a name: one file holds them all, in order.
      const previous = definitions.get(file);
      definitions.set(file, previous ? `${previous}\n${definition.trim()}\n` : `${definition.trim()}\n`);
    };
    for (const f of functions.rows) add(`functions/${f.name}.sql`, `${f.definition.trimEnd()};`);
    for (const t of triggers.rows) add(`triggers/${t.name}.sql`, `${t.definition};`);
    return definitions;
  } finally {
    await client.end();
  }
}

/** What prisma/sql holds, in the same form. */
export function readDefinitionFiles(dir = SQL_DIR): SqlDefinitions {
  const definitions: SqlDefinitions = new Map();
  for (const kind of ['functions', 'triggers']) {
    const folder = path.join(dir, kind);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()) {
      definitions.set(`${kind}/${file}`, fs.readFileSync(path.join(folder, file), 'utf8'));
    }
  }
  return definitions;
}

/** Rewrites prisma/sql from the database: the files become exactly what it defines. */
export function writeDefinitionFiles(definitions: SqlDefinitions, dir = SQL_DIR): void {
  fs.rmSync(path.join(dir, 'functions'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'triggers'), { recursive: true, force: true });
  for (const [file, definition] of definitions) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), definition);
  }
}
