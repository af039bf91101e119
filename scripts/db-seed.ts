// npm run db:seed — records the demo cases (idempotent) on DATABASE_URL or the embedded database.
import { seedDemoData } from '../lib/seed';
import { runWithDatabase } from './cli';

void runWithDatabase(async (db) => {
  const { created, skipped } = await seedDemoData(db.prisma);
  for (const title of created) console.log(`created: ${title}`);
  for (const title of skipped) console.log(`already present: ${title}`);
  console.log(`seeded ${db.label}: ${created.length} created, ${skipped.length} already present`);
});
