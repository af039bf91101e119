// npm run digest — sends the daily digests that are due now (for a cron job; a running server also
// sends them every 15 minutes). Needs SMTP_URL; NEXTAUTH_URL is the address the links point to.
import { sendDueDigests } from '../lib/server/alerts/digest';
import { mailTransport } from '../lib/server/alerts/mailer';
import { readEnv } from '../lib/env';
import { CliError, runWithDatabase } from './cli';

void runWithDatabase(async (db) => {
  const env = readEnv();
  const transport = mailTransport(env.SMTP_URL);
  if (!transport) throw new CliError('SMTP_URL is not set: there is no mail server to send digests through.');
  const run = await sendDueDigests({ db: db.prisma, transport, from: env.MAIL_FROM, baseUrl: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}` });
  console.log(`${db.label}: ${run.sent} digests sent, ${run.nothingNew} with nothing new, ${run.failed} failed`);
  if (run.failed > 0) process.exitCode = 1;
});
