// PDF, Word and XLSX are rendered on a pool of worker threads (lib/export/render-worker.ts), so an
// export's seconds of CPU never hold the event loop that answers every other request. The routes
// read the data (the worker needs no database) and hand it over, each task over a MessageChannel
// of its own. How many tasks there are is bounded by the per-account cap (lease.ts).
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { CaseDocument } from '../case-document/schema';
import type { CaseRow } from './case-rows';
import type { SummaryOptions } from './case-summary';
import { RENDER_WORKERS, XLSX_BATCH_ROWS } from './limits';

export type RenderTask = { kind: 'pdf' | 'docx'; doc: CaseDocument; options: SummaryOptions } | { kind: 'xlsx' };

/** What a worker answers on a task's port. */
export type WorkerReply =
  | { kind: 'file'; body: Uint8Array }
  | { kind: 'chunk'; body: Uint8Array }
  /** The XLSX worker has written the last batch of rows: send the next. */
  | { kind: 'ack' }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** What the route sends on an XLSX task's port. */
export type RowsMessage = { kind: 'rows'; rows: CaseRow[] } | { kind: 'end' } | { kind: 'cancel' };

/**
 * The worker from its TypeScript source (tests and tsx scripts), else the bundled one: `next build`
 * (Turbopack) bundles the file named by `new Worker(new URL(…, import.meta.url))` with its imports.
 */
function spawnWorker(): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const source = JSON.stringify(import.meta.url.replace(/render-pool\.ts$/, 'render-worker.ts'));
    return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${source}, ${source}))`, { eval: true });
  }
  return new Worker(new URL('./render-worker.ts', import.meta.url));
}

/**
 * Workers take tasks side by side (each on its own port), and a new task goes to the least busy
 * one: a download that a slow client reads for minutes keeps a worker's attention only while a
 * batch is written, so it never holds up the PDFs behind it.
 */
class RenderPool {
  /** Each worker's tasks, by the function that fails one (called if the worker dies). */
  private readonly active = new Map<Worker, Set<(error: Error) => void>>();
  /** Tasks handed to a worker since the process started (the tests read it). */
  tasksRun = 0;

  /** Tasks not yet ended. */
  tasksRunning(): number {
    let sum = 0;
    for (const tasks of this.active.values()) sum += tasks.size;
    return sum;
  }

  /** A task on the least busy worker (a new one while the pool is smaller than RENDER_WORKERS and all are busy). */
  take(fail: (error: Error) => void): Worker {
    let best: Worker | null = null;
    for (const [worker, tasks] of this.active) if (best === null || tasks.size < this.active.get(best)!.size) best = worker;
    const worker = best !== null && (this.active.get(best)!.size === 0 || this.active.size >= RENDER_WORKERS) ? best : this.spawn();
    this.active.get(worker)!.add(fail);
    worker.ref();
    this.tasksRun++;
    return worker;
  }

  give(worker: Worker, fail: (error: Error) => void) {
    const tasks = this.active.get(worker);
    if (!tasks) return; // it died meanwhile
    tasks.delete(fail);
    // An idle worker keeps no script or test process alive.
    if (tasks.size === 0) worker.unref();
  }

  private spawn(): Worker {
    const worker = spawnWorker();
    this.active.set(worker, new Set());
    // A worker that dies is dropped and its tasks fail; later ones go to the others.
    const died = (error: Error) => {
      const tasks = this.active.get(worker);
      this.active.delete(worker);
      for (const fail of tasks ?? []) fail(error);
    };
    worker.on('error', died);
    worker.once('exit', (code) => died(new Error(`The export worker stopped (exit code ${code}).`)));
    return worker;
  }
}

const store = globalThis as unknown as { covenantRenderPool?: RenderPool };
export const renderPool = (store.covenantRenderPool ??= new RenderPool());

type Session = { port: MessagePort; failed: Promise<never>; end: () => void };

/** One task on a worker: its port, a promise that rejects if the worker dies, and `end` when done. */
function openSession(task: RenderTask): Session {
  let fail!: (error: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // observed by the task; never an unhandled rejection
  const worker = renderPool.take(fail);
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ task, port: port2 }, [port2]);
  let ended = false;
  return {
    port: port1,
    failed,
    end: () => {
      if (ended) return;
      ended = true;
      port1.close();
      renderPool.give(worker, fail);
    },
  };
}

/** The case summary as PDF or Word, rendered by a pool worker. */
export async function renderInPool(task: Extract<RenderTask, { kind: 'pdf' | 'docx' }>): Promise<Uint8Array> {
  const session = openSession(task);
  try {
    const reply = new Promise<WorkerReply>((resolve) => session.port.once('message', resolve));
    const answer = await Promise.race([reply, session.failed]);
    if (answer.kind === 'error') throw new Error(`Rendering the ${task.kind.toUpperCase()} failed: ${answer.message}`);
    if (answer.kind !== 'file') throw new Error(`The export worker answered ${answer.kind}.`);
    return answer.body;
  } finally {
    session.end();
  }
}

/**
 * The list as XLSX, zipped by a pool worker and streamed. Rows go to the worker a batch at a time,
 * and the next batch is read only when the client has taken everything the last one produced, so
 * the file is never held whole on either thread.
 */
export function caseListXlsxInPool(rows: AsyncIterable<CaseRow>): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let session: Session | null = null;
  let failure: Error | null = null;
  let finished = false;
  /** The worker has taken the last batch sent (none sent yet counts as taken). */
  let acked = true;
  let rowsDone = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };

  const open = (): Session => {
    const opened = openSession({ kind: 'xlsx' });
    opened.port.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'chunk') chunks.push(reply.body);
      else if (reply.kind === 'ack') acked = true;
      else if (reply.kind === 'done') finished = true;
      else if (reply.kind === 'error') failure = new Error(`Writing the XLSX failed: ${reply.message}`);
      notify();
    });
    opened.failed.catch((error: Error) => {
      failure = error;
      notify();
    });
    return opened;
  };

  const stop = async (message: RowsMessage | null) => {
    if (message) session?.port.postMessage(message);
    session?.end();
    await iterator.return?.();
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          session ??= open();
          for (;;) {
            if (chunks.length) return controller.enqueue(chunks.shift()!);
            if (failure) throw failure;
            if (finished) {
              session.end();
              return controller.close();
            }
            if (acked && !rowsDone) {
              const batch: CaseRow[] = [];
              while (batch.length < XLSX_BATCH_ROWS) {
                const { value, done } = await iterator.next();
                if (done) break;
                batch.push(value);
              }
              rowsDone = batch.length < XLSX_BATCH_ROWS;
              if (batch.length) {
                acked = false;
                session.port.postMessage({ kind: 'rows', rows: batch } satisfies RowsMessage);
              }
              if (rowsDone) session.port.postMessage({ kind: 'end' } satisfies RowsMessage);
              continue;
            }
            await new Promise<void>((resolve) => (wake = resolve));
          }
        } catch (error) {
          await stop({ kind: 'cancel' });
          throw error;
        }
      },
      async cancel() {
        await stop({ kind: 'cancel' });
      },
    },
    { highWaterMark: 1 },
  );
}
