// A render worker (lib/export/render-pool.ts): each task on the port it came with.
// It needs no database: the route sends the case document, or the list's rows batch by batch.
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { CaseRow } from './case-rows';
import { renderCaseDocx } from './case-docx';
import { caseListXlsx } from './case-list-xlsx';
import { renderCasePdf } from './case-pdf';
import type { RenderTask, RowsMessage, WorkerReply } from './render-pool';

// Bodies are fresh copies (a Buffer may be a view of Node's shared pool), so they can be transferred.
const send = (port: MessagePort, reply: WorkerReply) => port.postMessage(reply, 'body' in reply ? [reply.body.buffer as ArrayBuffer] : []);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function renderFile(task: Extract<RenderTask, { kind: 'pdf' | 'docx' }>, port: MessagePort) {
  try {
    const body = task.kind === 'pdf' ? await renderCasePdf(task.doc, task.options) : await renderCaseDocx(task.doc, task.options);
    send(port, { kind: 'file', body: new Uint8Array(body) });
  } catch (error) {
    send(port, { kind: 'error', message: messageOf(error) });
  } finally {
    port.close();
  }
}

class Cancelled extends Error {}

/** The rows as they arrive, a batch per message; each batch acknowledged once written. */
async function* rowsFrom(port: MessagePort): AsyncGenerator<CaseRow> {
  const inbox: RowsMessage[] = [];
  let wake: (() => void) | null = null;
  port.on('message', (message: RowsMessage) => {
    inbox.push(message);
    wake?.();
    wake = null;
  });
  for (;;) {
    if (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const message = inbox.shift()!;
    if (message.kind === 'end') return;
    if (message.kind === 'cancel') throw new Cancelled('The download was cancelled.');
    yield* message.rows;
    send(port, { kind: 'ack' });
  }
}

function writeXlsx(port: MessagePort) {
  const out = caseListXlsx(rowsFrom(port));
  out.on('data', (chunk: Buffer) => send(port, { kind: 'chunk', body: new Uint8Array(chunk) }));
  out.on('end', () => {
    send(port, { kind: 'done' });
    port.close();
  });
  out.on('error', (error) => {
    if (!(error instanceof Cancelled)) send(port, { kind: 'error', message: messageOf(error) });
    port.close();
  });
}

parentPort?.on('message', ({ task, port }: { task: RenderTask; port: MessagePort }) => {
  if (task.kind === 'xlsx') writeXlsx(port);
  else void renderFile(task, port);
});
