// npm run export -- --out FILE [--with-history] — the whole collection as one backup file (docs/backup.md).
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportCollection } from '../lib/server/backup/export-collection';
import { CliUsageError, runWithDatabase } from './cli';

const USAGE = 'usage: npm run export -- --out FILE [--with-history]';

void runWithDatabase(async (db) => {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, 'with-history': { type: 'boolean' } } }));
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.out) throw new CliUsageError(USAGE);
  const out = path.resolve(values.out);
  // Written beside the target and renamed when complete: a failed export never leaves half a file under its name.
  const partial = `${out}.partial-${process.pid}`;
  try {
    await pipeline(Readable.from(exportCollection(db.prisma, { withHistory: !!values['with-history'] })), fs.createWriteStream(partial));
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const cases = await db.prisma.case.count();
  console.log(`exported ${cases} cases${values['with-history'] ? ' with history' : ''} from ${db.label} to ${out}`);
});
