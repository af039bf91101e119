// Export slots live in the database, so the per-account cap holds across instances (two clients
// here), and a slot comes back after every export: finished, failed, cancelled, or its process gone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponse } from '../api';
import { openDatabase } from '../db';
import { AppError } from '../errors';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../testing/databases';
import { holdSlotWhileStreaming, takeExportSlot, withExportSlot, type ExportLease } from './lease';
import { EXPORTS_PER_USER, RETRY_AFTER_SECONDS } from './limits';

async function refusal(promise: Promise<unknown>): Promise<Response> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return errorResponse(error);
}

function bytes(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
}

describe.each(await testEngines())('export slots on %s', (engine) => {
  let db: OpenTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const slotsOf = (userId: string) => db.prisma.exportSlot.count({ where: { userId } });
  const takeAll = async (userId: string) => Promise.all(Array.from({ length: EXPORTS_PER_USER }, () => takeExportSlot(db.prisma, userId)));

  it(`refuses a ${EXPORTS_PER_USER + 1}th export with 429 and Retry-After, and leaves other accounts alone`, async () => {
    const viewer = randomUUID();
    const leases = await takeAll(viewer);
    const response = await refusal(takeExportSlot(db.prisma, viewer));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS));
    expect((await response.json()).error.code).toBe('TOO_MANY_REQUESTS');

    const other = await takeExportSlot(db.prisma, randomUUID());
    await other.release();
    await Promise.all(leases.map((lease) => lease.release()));
    expect(await slotsOf(viewer)).toBe(0);
  });

  it('gives out exactly the cap when many exports start at once', async () => {
    const viewer = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: EXPORTS_PER_USER * 3 }, () => takeExportSlot(db.prisma, viewer)));
    const taken = results.filter((r): r is PromiseFulfilledResult<ExportLease> => r.status === 'fulfilled');
    expect(taken).toHaveLength(EXPORTS_PER_USER);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.code === 'TOO_MANY_REQUESTS')).toBe(true);
    await Promise.all(taken.map((r) => r.value.release()));
  });

  it('releases the slot after an export, and after a failed one', async () => {
    const viewer = randomUUID();
    expect(await withExportSlot(db.prisma, viewer, async () => slotsOf(viewer))).toBe(1);
    expect(await slotsOf(viewer)).toBe(0);
    await expect(
      withExportSlot(db.prisma, viewer, async () => {
        throw new Error('the renderer failed');
      }),
    ).rejects.toThrow('the renderer failed');
    expect(await slotsOf(viewer)).toBe(0);
    // So the whole cap is free again.
    await Promise.all((await takeAll(viewer)).map((lease) => lease.release()));
  });

  it('holds a streamed export’s slot until its last byte, its cancellation or its failure', async () => {
    const viewer = randomUUID();
    const streamed = holdSlotWhileStreaming(bytes('a', 'b'), await takeExportSlot(db.prisma, viewer));
    expect(await slotsOf(viewer)).toBe(1);
    expect(await new Response(streamed).text()).toBe('ab');
    expect(await slotsOf(viewer)).toBe(0);

    const cancelled = holdSlotWhileStreaming(bytes('a', 'b'), await takeExportSlot(db.prisma, viewer)).getReader();
    await cancelled.read();
    await cancelled.cancel();
    expect(await slotsOf(viewer)).toBe(0);

    const failing = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error('the database went away');
      },
    });
    await expect(new Response(holdSlotWhileStreaming(failing, await takeExportSlot(db.prisma, viewer))).text()).rejects.toThrow();
    expect(await slotsOf(viewer)).toBe(0);
  });

  it('ignores slots whose export stopped without releasing them (a crash never locks an account out)', async () => {
    const viewer = randomUUID();
    const stale = await takeAll(viewer); // never released, as if their process had died
    expect((await refusal(takeExportSlot(db.prisma, viewer))).status).toBe(429);
    await db.prisma.exportSlot.updateMany({ where: { userId: viewer }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const lease = await takeExportSlot(db.prisma, viewer);
    // A late release by the old holder does not free the slot the new export now holds.
    await stale[0]!.release();
    expect(await db.prisma.exportSlot.count({ where: { userId: viewer, slot: 0, expiresAt: { gt: new Date() } } })).toBe(1);
    await lease.release();
    await db.prisma.exportSlot.deleteMany({ where: { userId: viewer } });
  });
});

// Two instances need two connections to one server: PostgreSQL only (the embedded PGlite serves one process).
describe.each(await testEngines(['postgres']))('export slots of two instances on %s', (engine) => {
  let db: OpenTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('counts the exports of two instances together', async () => {
    const other = await openDatabase({ env: { ...process.env, DATABASE_URL: db.connectionString }, poolSize: 1 });
    try {
      const viewer = randomUUID();
      const leases: ExportLease[] = [];
      for (let i = 0; i < EXPORTS_PER_USER; i++) leases.push(await takeExportSlot(i % 2 ? db.prisma : other.prisma, viewer));
      expect((await refusal(takeExportSlot(other.prisma, viewer))).status).toBe(429);
      await leases[0]!.release();
      leases[0] = await takeExportSlot(other.prisma, viewer);
      await Promise.all(leases.map((lease) => lease.release()));
    } finally {
      await other.close();
    }
  });
});
