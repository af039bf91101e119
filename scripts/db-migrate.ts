// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { runWithDatabase } from './cli';

// Opening the database migrates it (lib/db), so this reports what that did.
void runWithDatabase(async (db) => {
  for (const name of db.migrations.applied) console.log(`applied ${name}`);
  console.log(`${db.label}: ${db.migrations.applied.length} applied, ${db.migrations.alreadyApplied} already applied`);
});
