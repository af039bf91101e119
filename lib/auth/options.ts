import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getPrisma } from '../db';
import { readEnv } from '../env';
import type { Db } from '../db/client';
import type { Role } from '../generated/prisma/enums';
import { signInSchema } from '../validations/auth';
import { sameOriginPath } from './callback-url';
import { decoyPasswordHash, verifyPassword } from './password';
import { beginAttempt, clientAddress } from './throttle';

/** Error codes the sign-in form turns into words; none says whether the email exists. */
export const SIGN_IN_ERRORS = { wrong: 'CredentialsSignin', locked: 'Locked', busy: 'Busy', invalid: 'InvalidInput' } as const;

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string | null; role: Role; tokenVersion: number; mustChangePassword: boolean };
  }
  interface User {
    id: string;
    email: string;
    role: Role;
    tokenVersion: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    tv?: number;
    /** Must replace a one-time password before anything else. */
    mcp?: boolean;
    /** When the user signed in (seconds since the epoch): the session's absolute lifetime counts from here. */
    sat?: number;
  }
}

/**
 * The credentials check behind sign-in: a user, null for a wrong password, or an error code the
 * form shows. The password is verified only once lib/auth/throttle.ts has reserved the check.
 */
export async function authorizeCredentials(prisma: Db, credentials: unknown, address: string | null) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
  const { email, password } = parsed.data;

  const attempt = await beginAttempt(prisma, email, address);
  if (attempt.refused) throw new Error(SIGN_IN_ERRORS[attempt.refused]);
  const user = await prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.active || !valid) {
    if ((await attempt.failed()).locked) throw new Error(SIGN_IN_ERRORS.locked);
    return null;
  }
  await attempt.succeeded();
  return { id: user.id, email: user.email, role: user.role, tokenVersion: user.tokenVersion };
}

export function authOptions(): NextAuthOptions {
  const env = readEnv();
  const secure = (env.NEXTAUTH_URL ?? '').startsWith('https://');
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: '/signin', error: '/signin' },
    useSecureCookies: secure,
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const address = clientAddress(req?.headers?.['x-forwarded-for'], env.TRUSTED_PROXY_HOPS);
          return authorizeCredentials(await getPrisma(), credentials, address);
        },
      }),
    ],
    callbacks: {
      // Sign-in and sign-out targets (callbackUrl parameter or cookie) stay on this site.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl, '/')}`;
      },
      async jwt({ token, user }) {
        const uid = user?.id ?? token.uid;
        if (!uid) return token;
        // Activity slides the session (maxAge) but never past this: a stolen token dies at last.
        const signedInAt = user ? Math.floor(Date.now() / 1000) : token.sat;
        if (!signedInAt || Date.now() / 1000 - signedInAt > env.SESSION_ABSOLUTE_MAX_AGE_HOURS * 3600) return { exp: 0 } as typeof token;
        // Every session read (the session endpoint and every guard on the server) re-reads the
        // account, so a role change, deactivation or password reset applies at the next request.
        const prisma = await getPrisma();
        const current = await prisma.user.findUnique({ where: { id: uid }, select: { email: true, name: true, role: true, active: true, tokenVersion: true, mustChangePassword: true } });
        const version = user ? user.tokenVersion : token.tv;
        if (!current || !current.active || current.tokenVersion !== version) return { exp: 0 } as typeof token;
        return { ...token, uid, sat: signedInAt, email: current.email, name: current.name, role: current.role, tv: current.tokenVersion, mcp: current.mustChangePassword };
      },
      async session({ session, token }) {
        if (!token.uid || !token.role) return { expires: session.expires } as typeof session;
        return {
          ...session,
          user: { id: token.uid, email: token.email ?? '', name: token.name ?? null, role: token.role, tokenVersion: token.tv ?? 0, mustChangePassword: token.mcp ?? false },
        };
      },
    },
  };
}
