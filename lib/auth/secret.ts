// NEXTAUTH_SECRET signs session tokens. Production on a real server must set it (every instance
// the same); the embedded demo makes one once and keeps it in its data folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '../env';

export class MissingSecretError extends Error {}

export function ensureAuthSecret(env: Env): { secret: string; notice?: string } {
  if (env.NEXTAUTH_SECRET) return { secret: env.NEXTAUTH_SECRET };
  if (env.DATABASE_URL && env.NODE_ENV === 'production') {
    throw new MissingSecretError(
      'NEXTAUTH_SECRET is not set. It signs sign-in sessions and must be the same on every instance: ' +
        'set it to a long random string (e.g. `openssl rand -base64 32`) and start again.',
    );
  }
  const file = path.resolve(env.COVENANT_DATA_DIR, 'nextauth-secret');
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, 'utf8').trim() };
  const secret = randomBytes(32).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return { secret, notice: `Generated a session secret in ${file} (set NEXTAUTH_SECRET to choose your own).` };
}
