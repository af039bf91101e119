// Feed readers cannot sign in, so a feed address carries a token: "<user id>.<HMAC>". The HMAC is
// of the account and its feedTokenVersion under the session secret, so nothing secret is stored,
// the address can be shown again at any time, and "Reset feed links" (raising the version) ends
// every address given out before. Changing NEXTAUTH_SECRET ends them all, as it ends sessions.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors';
import type { Client } from '../../db/client';
import type { Role } from '../../generated/prisma/enums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sessionSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set (the server sets it at start: lib/server-start.ts).');
  return secret;
}

const signature = (userId: string, version: number, secret: string) =>
  createHmac('sha256', secret).update(`covenant-feed:${userId}:${version}`).digest('base64url');

export function feedToken(user: { id: string; feedTokenVersion: number }, secret = sessionSecret()): string {
  return `${user.id}.${signature(user.id, user.feedTokenVersion, secret)}`;
}

export type FeedReader = { id: string; email: string; role: Role };

/** The active account a feed token belongs to; 401 for a missing, damaged, reset or deactivated one. */
export async function readFeedToken(db: Client, token: string | null, secret = sessionSecret()): Promise<FeedReader> {
  const refused = new AppError('UNAUTHORIZED', 'This feed address is not valid (it may have been reset): copy it again from Saved searches.');
  const [userId, given, extra] = (token ?? '').split('.');
  if (!userId || !given || extra !== undefined || !UUID.test(userId)) throw refused;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, active: true, feedTokenVersion: true } });
  if (!user?.active) throw refused;
  const expected = Buffer.from(signature(user.id, user.feedTokenVersion, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw refused;
  return { id: user.id, email: user.email, role: user.role };
}

/** Ends every feed address of the account given out so far. */
export async function resetFeedToken(db: Client, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { feedTokenVersion: { increment: 1 } } });
}
