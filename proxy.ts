// Early redirect only: requests without a session cookie go to the sign-in page (pages) or get
// a 401 (API). The real checks are on the server in lib/auth/guards.ts — this never replaces them.
// It also gives every response it passes the Content-Security-Policy, with a fresh nonce that Next
// puts on its own scripts; the headers that need no nonce come from next.config.js.
import { NextResponse, type NextRequest } from 'next/server';

const PUBLIC_PATHS = ['/signin', '/api/auth/', '/api/health'];
/** Feeds are read by feed readers, which cannot sign in: the token in the address is checked by the route (lib/api.ts withFeedToken). */
const TOKEN_PATHS = ['/api/feeds/'];
/** Matches serverActions.bodySizeLimit in next.config.js: beyond it Next would answer with a bare 500. */
const ACTION_BODY_LIMIT = 4 * 1024 * 1024;
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** The policy for one response. 'strict-dynamic': scripts the nonced ones load run too (Next's chunks). */
function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a local run) it would send every asset to an https port that is not there.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

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
  const { pathname, search, protocol } = request.nextUrl;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy(nonce, protocol === 'https:');
  const secured = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', csp);
    return response;
  };
  // Pages read x-covenant-path to send the user back after signing in; Next reads the nonce from
  // the request's Content-Security-Policy.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-covenant-path', pathname + search);
  forwarded.set('content-security-policy', csp);
  const next = () => secured(NextResponse.next({ request: { headers: forwarded } }));

  if (await actionTooLarge(request)) {
    return secured(NextResponse.json({ error: { code: 'INVALID_REQUEST', message: 'That is too much to save at once (more than 4 MB).' } }, { status: 413 }));
  }
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p))) return next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return next();
  if (TOKEN_PATHS.some((p) => pathname.startsWith(p)) && request.nextUrl.searchParams.has('token')) return next();

  if (pathname.startsWith('/api/')) {
    return secured(NextResponse.json({ error: { code: 'UNAUTHORIZED', message: 'Sign in first.' } }, { status: 401 }));
  }
  const url = request.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return secured(NextResponse.redirect(url));
}

export const config = {
  // Not static files, and not the two uploads: Next copies the body of every request it runs
  // the proxy for into memory (up to experimental.proxyClientMaxBodySize), before any sign-in
  // check. /api/backup and /api/sources/analyse check the user themselves (withRole) and then
  // stream the upload to disk.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/backup$|api/sources/analyse$).*)'],
};
