import 'server-only';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { AppError } from '../../errors';
import { BACKUP_UPLOAD_MAX_BYTES } from '../../validations/export';

const tooLarge = (max: number) => new AppError('INVALID_REQUEST', `The file is larger than ${max / 1024 / 1024} MB.`);

/**
 * Reads a request body as bytes, refusing it as soon as it passes `max` bytes. Called after the
 * admin check: the upload goes to a temporary file at the pace the disk takes it (no pile of chunks
 * in memory while a slow client sends), and only a complete file within the limit is read back,
 * once, into one buffer.
 */
export async function readUpload(request: Request, max = BACKUP_UPLOAD_MAX_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) throw tooLarge(max);
  if (!request.body) throw new AppError('INVALID_REQUEST', 'Send the file as the request body.');
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'covenant-upload-'));
  try {
    const file = path.join(folder, 'upload');
    let total = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        total += chunk.byteLength;
        callback(total > max ? tooLarge(max) : null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), limit, createWriteStream(file));
    return await fs.readFile(file);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
