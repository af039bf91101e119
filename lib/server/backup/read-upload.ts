import 'server-only';
import { AppError } from '../../errors';

/** The largest backup the upload route accepts. */
export const BACKUP_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

/** Reads a request body as bytes, refusing it as soon as it passes `max` bytes. */
export async function readUpload(request: Request, max = BACKUP_UPLOAD_MAX_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) throw new AppError('INVALID_REQUEST', `The file is larger than ${max / 1024 / 1024} MB.`);
  if (!request.body) throw new AppError('INVALID_REQUEST', 'Send the backup file as the request body.');
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new AppError('INVALID_REQUEST', `The file is larger than ${max / 1024 / 1024} MB.`);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
