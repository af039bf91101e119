import v8 from 'node:v8';
import { ensureAuthSecret, MissingSecretError } from './auth/secret';
import { finishPendingRefreshes } from './server/cases/refresh-case-rows';
import { getDatabase, isSetupError } from './db';
import { readEnv } from './env';
import type { Db } from './db/client';
import { seedDemoData } from './seed';
import { createUser } from './server/users';
import { sendDueDigests } from './server/alerts/digest';
import { mailTransport } from './server/alerts/mailer';

export const DEMO_ADMIN_EMAIL = 'admin@covenant.local';

/**
 * Runs before the first request: settles the session secret and URL, opens (and migrates) the
 * database, and on a brand-new embedded database records the demo cases and a demo admin.
 */
export async function startServer(): Promise<void> {
  // Long streamed exports promote much short-lived garbage, and by default V8 lets the old
  // generation reach ~4× what is live before a full collection: +250 MB of resident memory for one
  // 100k-row CSV. A growing factor of 1.3 collects sooner (measured in BENCHMARKS.md, "Exports").
  // The flag is read whenever V8 sets the next limit, so setting it after start takes effect.
  v8.setFlagsFromString('--heap-growing-percent=30');
  try {
    // Inside the try: a refused environment (e.g. an http NEXTAUTH_URL in production) stops the server with its reason.
    const env = readEnv();
    const { secret, notice } = ensureAuthSecret(env);
    process.env.NEXTAUTH_SECRET = secret;
    if (notice) console.log(notice);
    process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

    const db = await getDatabase();
    finishRefreshesLeftUndone(db.prisma);
    const url = process.env.NEXTAUTH_URL;
    scheduleDigests(db.prisma, url, env.MAIL_FROM);
    if (db.embedded && db.wasEmpty) {
      const { created } = await seedDemoData(db.prisma);
      const { generatedPassword } = await createUser(db.prisma, { email: DEMO_ADMIN_EMAIL, role: 'ADMIN', name: 'Demo admin' });
      console.log(`Recorded ${created.length} demo cases in the new embedded database.`);
      console.log(`\n  Open ${url} and sign in as ${DEMO_ADMIN_EMAIL}`);
      console.log(`  password: ${generatedPassword}`);
      console.log('  (shown once, stored nowhere; you will be asked to choose your own)\n');
    } else if (db.embedded) {
      console.log(`Sign in as ${DEMO_ADMIN_EMAIL} with the password printed at first start (forgotten: stop the app, then npm run user:create -- --email ${DEMO_ADMIN_EMAIL} --update --password NEW).`);
    }
    console.log(`Covenant is running at ${url} on ${db.label}`);
  } catch (error) {
    const known = isSetupError(error) || error instanceof MissingSecretError;
    console.error(known ? (error as Error).message : `Covenant could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}

/**
 * The list and export rows a process stopped before refreshing (after a save that renamed a shared
 * party or source had committed), in the background: requests are served meanwhile.
 */
function finishRefreshesLeftUndone(prisma: Db) {
  finishPendingRefreshes(prisma).then(
    (count) => count > 0 && console.log(`Refreshed the list rows that ${count} interrupted save(s) left stale.`),
    (error: unknown) => console.error(`Could not refresh the list rows interrupted saves left stale (npm run db:refresh repairs them): ${(error as Error).message}`),
  );
}

/** How often a server looks for digests that are due; each is sent by one process (lib/server/alerts/digest.ts). */
const DIGEST_CHECK_MS = 15 * 60 * 1000;

/** The daily digest, where a mail server is configured (SMTP_URL); `npm run digest` sends the due ones by hand or from cron. */
function scheduleDigests(prisma: Db, baseUrl: string, from: string) {
  const transport = mailTransport();
  if (!transport) return;
  const send = () =>
    sendDueDigests({ db: prisma, transport, from, baseUrl }).then(
      (run) => run.sent + run.failed > 0 && console.log(`Digests: ${run.sent} sent, ${run.failed} failed (tried again at the next check).`),
      (error: unknown) => console.error(`Digests could not be sent: ${(error as Error).message}`),
    );
  setTimeout(send, 60_000).unref();
  setInterval(send, DIGEST_CHECK_MS).unref();
  console.log('Daily digests: on (SMTP_URL is set).');
}
