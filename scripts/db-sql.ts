// npm run db:sql — rewrites prisma/sql/ (the SQL functions and triggers, readable) from a fresh
// embedded database migrated with every migration. Run it after writing a migration that changes one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedServer } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { readDatabaseDefinitions, SQL_DIR, writeDefinitionFiles } from '../lib/db/sql-definitions';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'covenant-sql-'));
  const server = await startEmbeddedServer(dataDir);
  try {
    await migrate(server.connectionString);
    const definitions = await readDatabaseDefinitions(server.connectionString);
    writeDefinitionFiles(definitions);
    console.log(`wrote ${definitions.size} files to ${SQL_DIR}`);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
