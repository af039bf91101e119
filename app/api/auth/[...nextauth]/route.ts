// /api/auth/* — next-auth's own endpoints (csrf, callback/credentials, session, signout).
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  // next-auth v4 reads params synchronously; Next 16 hands them over as a promise.
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
