// Shared start and finish of the command-line tools: open the database the app would use,
// and turn setup problems into one clear line and exit code 1.
import { openDatabase, type Database, DatabaseSetupError } from '../lib/db';

export async function runWithDatabase(task: (db: Database) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  try {
    db = await openDatabase({ poolSize: 2 });
    await task(db);
  } catch (error) {
    process.exitCode = error instanceof CliUsageError ? 2 : 1;
    console.error(error instanceof DatabaseSetupError || error instanceof CliError ? error.message : error);
  } finally {
    await db?.close();
  }
}

/** A refusal the user can act on: printed without a stack trace, exit code 1. */
export class CliError extends Error {}
/** Wrong arguments: exit code 2. */
export class CliUsageError extends CliError {}
