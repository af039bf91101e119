// The daily digest: for each account that asked for it, one e-mail of what its saved searches
// matched and its watched cases went through since the last one. Sent only where a mail server
// is configured (SMTP_URL); without one nothing is scheduled and the setting says so.
// Several app processes may run the sender: each account's digest is claimed by one UPDATE
// naming the time it was last sent, so exactly one process sends it.
import 'server-only';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/client';
import { CHANGE_ACTION_WORDS } from '../../labels';
import { countMatchesSavedSince, findLatestMatches } from '../cases/find-cases';
import { NEW_MATCHES_CAP, savedQuery } from './saved-searches';
import { findWatchedChanges, type WatchedChange } from './watches';

/** A digest is due this long after the last one (a little under a day, so a daily timer never skips a day). */
export const DIGEST_INTERVAL_MS = 23 * 60 * 60 * 1000;
const CASES_LISTED = 10;
const CHANGES_LISTED = 50;

/** Turning the digest on starts it from now: the first one covers what happens after. */
export async function setDigest(db: Db, userId: string, enabled: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: enabled ? { digestEnabled: true, digestSentAt: new Date() } : { digestEnabled: false } });
}

export type Digest = {
  searches: { name: string; query: string; newMatches: number; cases: { id: string; title: string }[] }[];
  watched: WatchedChange[];
};

export async function collectDigest(db: Db, userId: string, since: Date): Promise<Digest> {
  const saved = await db.savedSearch.findMany({ where: { userId }, orderBy: { name: 'asc' }, select: { name: true, query: true } });
  const searches = [];
  for (const search of saved) {
    const query = savedQuery(search.query);
    const newMatches = await countMatchesSavedSince({ query, since, cap: NEW_MATCHES_CAP, db });
    if (newMatches === 0) continue;
    const latest = await findLatestMatches({ query, limit: CASES_LISTED, db });
    searches.push({ ...search, newMatches, cases: latest.filter((c) => new Date(c.updatedAt) > since).map((c) => ({ id: c.id, title: c.title })) });
  }
  return { searches, watched: await findWatchedChanges(db, userId, { since, limit: CHANGES_LISTED }) };
}

export const isEmptyDigest = (digest: Digest) => digest.searches.length === 0 && digest.watched.length === 0;

/** The e-mail's subject and plain text. */
export function digestMessage(digest: Digest, baseUrl: string): { subject: string; text: string } {
  const lines: string[] = [];
  for (const search of digest.searches) {
    const count = search.newMatches >= NEW_MATCHES_CAP ? `${NEW_MATCHES_CAP}+` : String(search.newMatches);
    lines.push(`${search.name}: ${count} new or changed (${baseUrl}/cases?${search.query})`);
    for (const c of search.cases) lines.push(`  - ${c.title}  ${baseUrl}/cases/${c.id}`);
    lines.push('');
  }
  if (digest.watched.length) {
    lines.push('Watched cases:');
    for (const change of digest.watched) {
      lines.push(`  - ${change.title}: version ${change.version} ${CHANGE_ACTION_WORDS[change.action]}${change.by ? ` by ${change.by}` : ''}  ${baseUrl}/cases/${change.caseId}/history/${change.version}`);
      for (const text of change.changes.slice(0, 5)) lines.push(`      ${text}`);
      if (change.changes.length > 5) lines.push(`      … and ${change.changes.length - 5} more`);
    }
    lines.push('');
  }
  lines.push(`Turn this e-mail off under Saved searches: ${baseUrl}/searches`);
  const parts = [digest.searches.length && `${digest.searches.length} saved search${digest.searches.length === 1 ? '' : 'es'}`, digest.watched.length && `${digest.watched.length} change${digest.watched.length === 1 ? '' : 's'} to watched cases`].filter(Boolean);
  return { subject: `Covenant: new in ${parts.join(' and ')}`, text: lines.join('\n') };
}

export type DigestRun = { sent: number; nothingNew: number; failed: number };

/** Sends every digest that is due. `now` and the transport are the caller's (tests pass their own). */
export async function sendDueDigests({ db, transport, from, baseUrl, now = new Date() }: { db: Db; transport: Pick<Transporter, 'sendMail'>; from: string; baseUrl: string; now?: Date }): Promise<DigestRun> {
  const due = await db.user.findMany({
    where: { active: true, digestEnabled: true, OR: [{ digestSentAt: null }, { digestSentAt: { lte: new Date(now.getTime() - DIGEST_INTERVAL_MS) } }] },
    select: { id: true, email: true, digestSentAt: true },
    orderBy: { id: 'asc' },
  });
  const run: DigestRun = { sent: 0, nothingNew: 0, failed: 0 };
  for (const user of due) {
    const claimed = await db.user.updateMany({ where: { id: user.id, digestEnabled: true, digestSentAt: user.digestSentAt }, data: { digestSentAt: now } });
    if (claimed.count === 0) continue; // another process has it
    const since = user.digestSentAt ?? new Date(now.getTime() - DIGEST_INTERVAL_MS);
    try {
      const digest = await collectDigest(db, user.id, since);
      if (isEmptyDigest(digest)) {
        run.nothingNew++;
        continue;
      }
      await transport.sendMail({ from, to: user.email, ...digestMessage(digest, baseUrl) });
      run.sent++;
    } catch (error) {
      // Given back, so the next run tries again with the same period.
      await db.user.updateMany({ where: { id: user.id, digestSentAt: now }, data: { digestSentAt: user.digestSentAt } });
      console.error(`The digest for ${user.email} could not be sent: ${(error as Error).message}`);
      run.failed++;
    }
  }
  return run;
}
