// The environment as the server reads it at start (issue 16, item 10).
import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv()', () => {
  it('refuses a plain-http NEXTAUTH_URL in production: session cookies would not be Secure', () => {
    expect(() => readEnv({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://covenant.example.org' })).toThrow(/NEXTAUTH_URL: must be an https:\/\/ address in production/);
    expect(() => readEnv({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://10.0.0.5:3000' })).toThrow(/NEXTAUTH_URL/);
  });

  it('accepts https in production, and plain http on loopback (the demo and the end-to-end suite) or outside production', () => {
    expect(readEnv({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://covenant.example.org' }).NEXTAUTH_URL).toBe('https://covenant.example.org');
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:3311', 'http://[::1]:3000']) expect(readEnv({ NODE_ENV: 'production', NEXTAUTH_URL: url }).NEXTAUTH_URL).toBe(url);
    expect(readEnv({ NODE_ENV: 'development', NEXTAUTH_URL: 'http://covenant.example.org' }).NEXTAUTH_URL).toBe('http://covenant.example.org');
    expect(readEnv({ NODE_ENV: 'production' }).NEXTAUTH_URL).toBeUndefined();
  });

  it('gives sessions an absolute lifetime besides the sliding one', () => {
    expect(readEnv({ NODE_ENV: 'test' })).toMatchObject({ SESSION_MAX_AGE_HOURS: 8, SESSION_ABSOLUTE_MAX_AGE_HOURS: 24 });
    expect(readEnv({ NODE_ENV: 'test', SESSION_ABSOLUTE_MAX_AGE_HOURS: '12' }).SESSION_ABSOLUTE_MAX_AGE_HOURS).toBe(12);
    expect(() => readEnv({ NODE_ENV: 'test', SESSION_ABSOLUTE_MAX_AGE_HOURS: '0' })).toThrow(/SESSION_ABSOLUTE_MAX_AGE_HOURS/);
  });
});
