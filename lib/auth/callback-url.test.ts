// After sign-in a user may only be sent somewhere on this site (issue 16, item 1).
import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './callback-url';

const ORIGIN = 'http://localhost:3000';

describe('sameOriginPath()', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameOriginPath('/cases/1e000000-0000-4000-8000-000000000001', ORIGIN)).toBe('/cases/1e000000-0000-4000-8000-000000000001');
    expect(sameOriginPath('/cases?q=lenovo&page=2#results', ORIGIN)).toBe('/cases?q=lenovo&page=2#results');
    expect(sameOriginPath(`${ORIGIN}/admin/users`, ORIGIN)).toBe('/admin/users');
    expect(sameOriginPath('/cases')).toBe('/cases');
  });

  it.each([
    ['backslash', '/\\evil.example/x'],
    ['tab', '/\t/evil.example'],
    ['newline', '/\n/evil.example'],
    ['protocol-relative', '//evil.example'],
    ['dot segment', '/.//evil.example'],
    ['absolute', 'https://evil.example/x'],
    ['same host, other port', 'http://localhost:4000/cases'],
    ['script', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
  ])('refuses a %s target that leaves the site', (_kind, target) => {
    expect(sameOriginPath(target, ORIGIN)).toBe('/cases');
    expect(sameOriginPath(target)).toBe('/cases');
  });

  it('falls back on nothing, a non-string and an unreadable origin-relative URL', () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBe('/cases');
    expect(sameOriginPath('', ORIGIN)).toBe('/cases');
    expect(sameOriginPath(['/cases/x'], ORIGIN)).toBe('/cases');
    expect(sameOriginPath('http://[bad', ORIGIN, '/')).toBe('/');
  });
});

describe("next-auth's redirect callback", () => {
  it('keeps sign-in and sign-out targets on this site', async () => {
    const { authOptions } = await import('./options');
    const redirect = authOptions().callbacks!.redirect!;
    const baseUrl = 'http://localhost:3000';
    expect(await redirect({ url: '/signin?changed=1', baseUrl })).toBe('http://localhost:3000/signin?changed=1');
    expect(await redirect({ url: 'http://localhost:3000/cases', baseUrl })).toBe('http://localhost:3000/cases');
    for (const url of ['/\\evil.example/x', '/\t/evil.example', 'https://evil.example/x', '/.//evil.example', 'http://[bad']) {
      expect(await redirect({ url, baseUrl })).toBe('http://localhost:3000/');
    }
  });
});
