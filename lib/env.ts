// The environment, parsed once. Every other module reads configuration from here.
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** "postgresql://a/db, postgresql://b/db" → two URLs; blank → none. Each must be a postgres:// address. */
const replicaUrls = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((url) => url.trim()).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine((url) => URL.canParse(url) && /^postgres(ql)?:$/.test(new URL(url).protocol), {
        message: 'each entry must be a postgresql://USER@HOST[:PORT]/DATABASE address, entries separated by commas',
      }),
    ),
  );

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A PostgreSQL server. Unset: the embedded database in COVENANT_DATA_DIR. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** Streaming replicas of DATABASE_URL, comma-separated: read-only pages read from them (lib/db/replicas.ts). */
  DATABASE_REPLICA_URLS: replicaUrls,
  /** After a user's own write, their reads stay on the primary this long (replication lag allowance). */
  DATABASE_REPLICA_PRIMARY_AFTER_WRITE_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  COVENANT_DATA_DIR: z.string().trim().min(1).default('./.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Sliding: a session unused this long ends. */
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
  /** Absolute: a session ends this long after sign-in, however active. */
  SESSION_ABSOLUTE_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 90).default(24),
  /** A mail server for the daily digest, e.g. smtp://user:password@mail.example.org:587 (smtps:// for TLS). Unset: no e-mail. */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().refine((url) => URL.canParse(url) && /^smtps?:$/.test(new URL(url).protocol), { message: 'must be an smtp:// or smtps:// address' }).optional()),
  /** The digest's sender. */
  MAIL_FROM: z.string().trim().min(3).default('Covenant <covenant@localhost>'),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (see lib/auth/throttle.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
}).superRefine((env, ctx) => {
  if (env.DATABASE_REPLICA_URLS.length > 0 && !env.DATABASE_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['DATABASE_REPLICA_URLS'],
      message: 'needs DATABASE_URL: the embedded PGlite database (used without DATABASE_URL) has no replicas; set DATABASE_URL to the primary PostgreSQL server or unset DATABASE_REPLICA_URLS',
    });
  }
  // Session cookies are Secure only on https (lib/auth/options.ts). Loopback is exempt, so the demo
  // and the end-to-end suite run as production on http://localhost without setup.
  if (env.NODE_ENV !== 'production' || !env.NEXTAUTH_URL) return;
  const url = new URL(env.NEXTAUTH_URL);
  if (url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'must be an https:// address in production (plain http only for localhost, 127.0.0.1 or ::1)' });
  }
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}
