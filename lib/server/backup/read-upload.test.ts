// The backup upload as the route reads it: whole when within the limit, refused past it, and no
// temporary file left behind either way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUpload } from './read-upload';

/** A request whose body arrives in `chunks`, chunked (no Content-Length), as a slow client sends it. */
function chunkedRequest(chunks: Uint8Array[], onPull: () => void = () => {}): Request {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  return new Request('http://localhost/api/backup?mode=dry-run', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readUpload', () => {
  const savedTmp = process.env.TMPDIR;
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-upload-test-'));
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('returns the body byte for byte, through a temporary file it then removes', async () => {
    const parts = Array.from({ length: 40 }, (_, i) => new Uint8Array(64 * 1024).fill(i));
    const expected = Buffer.concat(parts);
    const sending = [...parts];
    const seenWhileSending = new Set<string>();
    const bytes = await readUpload(
      chunkedRequest(sending, () => fs.readdirSync(tmp, { recursive: true }).forEach((f) => seenWhileSending.add(String(f)))),
      10 * 1024 * 1024,
    );
    expect(Buffer.from(bytes).equals(expected)).toBe(true);
    // What has arrived is on disk, not in memory, while the rest is still coming.
    expect([...seenWhileSending]).toContainEqual(expect.stringMatching(/^covenant-upload-.+[/\\]upload$/));
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('refuses a chunked body as soon as it passes the limit, and removes what it wrote', async () => {
    const parts = Array.from({ length: 40 }, () => new Uint8Array(64 * 1024));
    await expect(readUpload(chunkedRequest(parts), 1024 * 1024)).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: 'The file is larger than 1 MB.' });
    // Stopped reading soon after 1 MB of the 2.5 MB sent.
    expect(parts.length).toBeGreaterThan(20);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const request = new Request('http://localhost/api/backup', { method: 'POST', body: 'x', headers: { 'content-length': String(2 * 1024 * 1024) } });
    await expect(readUpload(request, 1024 * 1024)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
