// npm run db:refresh — computes every case's list and export rows again, from what is stored.
import { refreshAllCases } from '../lib/server/cases/refresh-case-rows';
import { runWithDatabase } from './cli';

void runWithDatabase(async (db) => {
  const count = await refreshAllCases(db.prisma, (done, total) => process.stderr.write(`\rrefreshed ${done} of ${total} cases`));
  if (count > 0) process.stderr.write('\n');
  console.log(`${db.label}: the list and export rows of ${count} cases are up to date`);
});
