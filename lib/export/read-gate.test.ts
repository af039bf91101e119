// One-case exports read their case a few at a time per process, and a failed read passes its turn on.
import { describe, expect, it } from 'vitest';
import { EXPORT_READS_PER_PROCESS } from './limits';
import { readForExport } from './read-gate';

describe('readForExport()', () => {
  it(`lets ${EXPORT_READS_PER_PROCESS} reads run at once, the rest in turn, failed or not`, async () => {
    let running = 0;
    let most = 0;
    const read = (n: number) =>
      readForExport(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        if (n % 5 === 0) throw new Error(`read ${n} failed`);
        return n;
      });
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, n) => read(n)));
    expect(most).toBe(EXPORT_READS_PER_PROCESS);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(32);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(8);
    // Nothing left holding a turn: the next reads run at once, as many as allowed.
    most = 0;
    await Promise.all(Array.from({ length: EXPORT_READS_PER_PROCESS }, (_, n) => read(n + 1)));
    expect(most).toBe(EXPORT_READS_PER_PROCESS);
  });
});
