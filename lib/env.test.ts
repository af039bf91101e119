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

  it('reads DATABASE_REPLICA_URLS as a comma-separated list of PostgreSQL addresses; unset, there are none', () => {
    const primary = 'postgresql://app@db-primary:5432/covenant';
    expect(readEnv({ NODE_ENV: 'test', DATABASE_URL: primary }).DATABASE_REPLICA_URLS).toEqual([]);
    expect(readEnv({ NODE_ENV: 'test', DATABASE_URL: primary, DATABASE_REPLICA_URLS: ' postgresql://app@db-r1/covenant , postgres://app@db-r2:6432/covenant,' }).DATABASE_REPLICA_URLS)
      .toEqual(['postgresql://app@db-r1/covenant', 'postgres://app@db-r2:6432/covenant']);
    expect(() => readEnv({ NODE_ENV: 'test', DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'db-r1:5432' })).toThrow(/DATABASE_REPLICA_URLS\.0: each entry must be a postgresql:\/\//);
    expect(() => readEnv({ NODE_ENV: 'test', DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'postgresql://ok/db,mysql://x/db' })).toThrow(/DATABASE_REPLICA_URLS\.1/);
    expect(readEnv({ NODE_ENV: 'test', DATABASE_URL: primary }).DATABASE_REPLICA_PRIMARY_AFTER_WRITE_SECONDS).toBe(5);
  });

  it('refuses replicas for the embedded PGlite database, saying why', () => {
    expect(() => readEnv({ NODE_ENV: 'test', DATABASE_REPLICA_URLS: 'postgresql://app@db-r1/covenant' })).toThrow(
      /DATABASE_REPLICA_URLS: needs DATABASE_URL: the embedded PGlite database .* has no replicas/,
    );
  });
});
