// One-case exports read their data a few at a time per process (EXPORT_READS_PER_PROCESS): the
// others wait here, holding no database connection, so the rest of the app keeps its share of the
// pool. A local limit on local resources only; the per-account cap is in the database (lease.ts).
import { EXPORT_READS_PER_PROCESS } from './limits';

let reading = 0;
const waiting: (() => void)[] = [];

export async function readForExport<T>(read: () => Promise<T>): Promise<T> {
  if (reading >= EXPORT_READS_PER_PROCESS) await new Promise<void>((resolve) => waiting.push(resolve));
  else reading++;
  try {
    return await read();
  } finally {
    // The turn passes straight to the next in line (`reading` unchanged), or the count drops.
    const next = waiting.shift();
    if (next) next();
    else reading--;
  }
}
