// The import's progress lines: what the upload page reads while a long import runs.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { importCollection } from './import-collection';
import { importProgressStream } from './import-progress';

async function lines(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const text = await new Response(stream).text();
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => JSON.parse(line));
}

// A file that is not JSON is refused before the database is touched.
const refusedImport = () => importCollection(null as unknown as Db, 'not json', { dryRun: false, actorId: null });

describe('importProgressStream', () => {
  it('sends at most one progress line per percent, the last case always, then the report', async () => {
    const out = await lines(
      importProgressStream(async (onProgress) => {
        for (let written = 1; written <= 250; written++) onProgress(written, 250);
        return refusedImport();
      }),
    );
    const progress = out.slice(0, -1) as { progress: { written: number; total: number } }[];
    expect(progress.length).toBeGreaterThan(50);
    expect(progress.length).toBeLessThanOrEqual(101);
    expect(progress.at(-1)).toEqual({ progress: { written: 250, total: 250 } });
    expect(progress.map((p) => p.progress.written)).toEqual([...progress.map((p) => p.progress.written)].sort((a, b) => a - b));
    expect(out.at(-1)).toMatchObject({ report: { status: 'refused', problems: [{ message: expect.stringMatching(/JSON/) }] } });
  });

  it('ends with an error line, not a broken stream, when the import fails', async () => {
    const out = await lines(
      importProgressStream(async (onProgress) => {
        onProgress(1, 2);
        throw new Error('connection lost');
      }),
    );
    expect(out).toEqual([{ progress: { written: 1, total: 2 } }, { error: { code: 'INTERNAL', message: expect.stringContaining('nothing was written') } }]);
  });

  it('lets the import finish when the client goes away, writing nothing more to the stream', async () => {
    let finishImport!: () => void;
    const gate = new Promise<void>((resolve) => (finishImport = resolve));
    let finished = false;
    const stream = importProgressStream(async (onProgress) => {
      onProgress(1, 3);
      await gate;
      onProgress(2, 3);
      onProgress(3, 3);
      const report = await refusedImport();
      finished = true;
      return report;
    });
    const reader = stream.getReader();
    expect(JSON.parse(new TextDecoder().decode((await reader.read()).value))).toEqual({ progress: { written: 1, total: 3 } });
    await reader.cancel();
    finishImport();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(finished).toBe(true);
  });
});
