// Where to send a user after sign-in: only somewhere on this site. Shared by the sign-in page, its
// form (browser) and next-auth's redirect callback, so all three refuse the same targets.

/** Stands in for the site's origin where it is not known (the server-rendered page). */
const PLACEHOLDER_ORIGIN = 'http://covenant.invalid';
export const DEFAULT_CALLBACK = '/cases';

/**
 * `target` as a path on `origin`, or `fallback`. It is resolved the way a browser would — `/\host`
 * and `/<tab>/host` mean `//host` there — and refused unless it stays on `origin`; a path that
 * would read as protocol-relative (`//host`, e.g. from `/.//host`) is refused too.
 */
export function sameOriginPath(target: unknown, origin: string = PLACEHOLDER_ORIGIN, fallback: string = DEFAULT_CALLBACK): string {
  if (typeof target !== 'string' || target === '') return fallback;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : fallback;
}
