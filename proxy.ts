// Early redirect only: requests without a session cookie go to the sign-in page (pages) or get
// a 401 (API). The real checks are on the server in lib/auth/guards.ts — this never replaces them.
import { NextResponse, type NextRequest } from 'next/server';

const PUBLIC_PATHS = ['/signin', '/api/auth/', '/api/health'];
/** Matches serverActions.bodySizeLimit in next.config.js: beyond it Next would answer with a bare 500. */
const ACTION_BODY_LIMIT = 4 * 1024 * 1024;
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** Whether a body without Content-Length (sent chunked) passes `limit`; reads at most limit + one chunk. */
async function bodyExceeds(request: NextRequest, limit: number): Promise<boolean> {
  if (!request.body) return false;
  const reader = request.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return true;
    }
  }
}

async function actionTooLarge(request: NextRequest): Promise<boolean> {
  if (!request.headers.has('next-action')) return false;
  const declared = request.headers.get('content-length');
  return declared === null ? bodyExceeds(request, ACTION_BODY_LIMIT) : Number(declared) > ACTION_BODY_LIMIT;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Pages read this to send the user back after signing in.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-covenant-path', pathname + search);
  const next = () => NextResponse.next({ request: { headers: forwarded } });

  if (await actionTooLarge(request)) {
    return NextResponse.json({ error: { code: 'INVALID_REQUEST', message: 'That is too much to save at once (more than 4 MB).' } }, { status: 413 });
  }
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p))) return next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return next();

  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { code: 'UNAUTHORIZED', message: 'Sign in first.' } }, { status: 401 });
  }
  const url = request.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Not static files, and not the backup upload: Next copies the body of every request it runs
  // the proxy for into memory (up to experimental.proxyClientMaxBodySize), before any sign-in
  // check. /api/backup checks the admin itself (withRole) and then streams the upload to disk.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/backup$).*)'],
};
