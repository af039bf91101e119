// Which copy a read goes to (the real replica is exercised in replicas.db.test.ts).
import { describe, expect, it } from 'vitest';
import type { Db } from './client';
import { parseWroteAt, readClient } from './replicas';

// Stand-ins for the clients: only their identity is compared, nothing is queried.
const primary = { name: 'primary' } as unknown as Db;
const replicas = [{ name: 'replica 1' }, { name: 'replica 2' }] as unknown as Db[];
const now = 1_800_000_000_000;

describe('readClient()', () => {
  it('is the primary when there are no replicas, whatever the user did', () => {
    const db = { prisma: primary, replicas: [], primaryAfterWriteMs: 0 };
    expect(readClient(db, null, now)).toBe(primary);
    expect(readClient(db, now, now)).toBe(primary);
  });

  it('keeps a user who just wrote on the primary, and sends everyone else to the replicas in turn', () => {
    const db = { prisma: primary, replicas, primaryAfterWriteMs: 5000 };
    expect(readClient(db, now - 4999, now)).toBe(primary);
    const picks = [readClient(db, null, now), readClient(db, now - 5000, now), readClient(db, null, now), readClient(db, null, now)];
    expect(new Set(picks)).toEqual(new Set(replicas));
    expect(picks[0]).not.toBe(picks[1]);
  });
});

describe('parseWroteAt()', () => {
  it('reads a past time in milliseconds and ignores anything else', () => {
    expect(parseWroteAt(String(now - 10), now)).toBe(now - 10);
    expect(parseWroteAt(String(now + 2000), now), "another server's clock a little ahead").toBe(now + 2000);
    for (const bad of [undefined, '', 'soon', '-5', '1e12', String(now + 3_600_000)]) expect(parseWroteAt(bad, now), String(bad)).toBeNull();
  });
});
