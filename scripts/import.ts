// npm run import -- FILE [--dry-run] [--as EMAIL] [--keep-authors] — restores a backup (docs/backup.md).
// Exit codes: 0 done (or a dry run that would succeed), 1 refused (the report says why), 2 usage.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { formatImportReport, importCollection } from '../lib/server/backup/import-collection';
import { CliError, CliUsageError, runWithDatabase } from './cli';

const USAGE = 'usage: npm run import -- FILE [--dry-run] [--as EMAIL] [--keep-authors]';

void runWithDatabase(async (db) => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, as: { type: 'string' }, 'keep-authors': { type: 'boolean' } } });
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliUsageError(USAGE);
  const file = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CliUsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n${USAGE}`);
  }
  let actorId: string | null = null;
  if (values.as) {
    const user = await db.prisma.user.findUnique({ where: { email: values.as.trim().toLowerCase() }, select: { id: true, active: true } });
    if (!user || !user.active) throw new CliError(`There is no active account ${values.as} to record the import under.`);
    actorId = user.id;
  }
  // Progress on stderr, so the report on stdout stays clean: every 500 cases and the last.
  const onProgress = (written: number, total: number) => {
    if (written % 500 === 0 || written === total) console.error(`written ${written.toLocaleString('en')} of ${total.toLocaleString('en')} cases…`);
  };
  const report = await importCollection(db.prisma, bytes, { dryRun: !!values['dry-run'], actorId, keepAuthors: !!values['keep-authors'], onProgress });
  const text = formatImportReport(report);
  if (report.status === 'refused') throw new CliError(text);
  console.log(text);
});
