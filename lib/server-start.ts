import { getDatabase, isSetupError } from './db';
import { readEnv } from './env';
import { seedDemoData } from './seed';

/** Open (and migrate) the database; on a fresh embedded database, record the demo data. */
export async function startServer(): Promise<void> {
  const env = readEnv();
  try {
    const db = await getDatabase();
    if (db.embedded && db.wasEmpty) {
      const { created } = await seedDemoData(db.prisma);
      console.log(`Recorded ${created.length} demo cases in the new embedded database.`);
    }
    console.log(`Covenant is running at ${env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`} on ${db.label}`);
  } catch (error) {
    console.error(isSetupError(error) ? error.message : `Covenant could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}
