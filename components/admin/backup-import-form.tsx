'use client';
// Restore in two steps: the file is checked (a dry run, nothing written) and its report shown;
// only then can the admin import it. The file goes to POST /api/backup as the request body; the
// import answers with progress lines (application/x-ndjson) so a long one shows how far it got.
import { useState } from 'react';
import type { ImportReport } from '@/lib/server/backup/import-collection';
import { BACKUP_UPLOAD_MAX_BYTES } from '@/lib/validations/export';

type Progress = { written: number; total: number };
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; progress?: Progress }
  | { kind: 'report'; report: ImportReport }
  | { kind: 'error'; message: string };
type Line = { progress?: Progress; report?: ImportReport; error?: { message: string } };

function formatPath(path: (string | number)[]): string {
  if (path.length === 0) return '(file)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** The lines of an application/x-ndjson body as they arrive. */
async function* jsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<Line> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as Line;
    if (done) return;
  }
}

async function send(file: File, mode: 'dry-run' | 'import', onProgress: (progress: Progress) => void): Promise<Step> {
  const response = await fetch(`/api/backup?mode=${mode}`, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson, application/json' },
  });
  let body: Line | null = null;
  if (response.ok && response.body && response.headers.get('content-type')?.startsWith('application/x-ndjson')) {
    for await (const line of jsonLines(response.body)) {
      if (line.progress) onProgress(line.progress);
      else body = line;
    }
  } else {
    body = (await response.json().catch(() => null)) as Line | null;
  }
  if (body?.report) return { kind: 'report', report: body.report };
  return { kind: 'error', message: body?.error?.message ?? `The server answered ${response.status}.` };
}

export function BackupImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const busy = step.kind === 'busy';

  const run = async (mode: 'dry-run' | 'import') => {
    if (!file) return;
    if (file.size > BACKUP_UPLOAD_MAX_BYTES) {
      setStep({ kind: 'error', message: `The file is larger than ${BACKUP_UPLOAD_MAX_BYTES / 1024 / 1024} MB.` });
      return;
    }
    const what = mode === 'dry-run' ? 'Checking the file…' : 'Importing…';
    setStep({ kind: 'busy', what });
    try {
      setStep(await send(file, mode, (progress) => setStep({ kind: 'busy', what, progress })));
    } catch {
      setStep({ kind: 'error', message: 'The upload failed. Check the connection and try again.' });
    }
  };

  return (
    <div className="space-y-4 text-sm">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void run('dry-run');
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">Backup file (.json)</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setStep({ kind: 'idle' });
            }}
          />
        </label>
        <button type="submit" disabled={!file || busy} className="rounded border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-50 disabled:opacity-50">
          Check file
        </button>
      </form>

      <div aria-live="polite">
        {step.kind === 'busy' && (
          <p className="text-muted">
            {step.what}
            {step.progress && (
              <>
                {' '}
                <progress max={step.progress.total} value={step.progress.written} aria-label="Cases written" className="ml-2 align-middle" />{' '}
                {step.progress.written.toLocaleString('en')} of {step.progress.total.toLocaleString('en')} cases written
              </>
            )}
          </p>
        )}
        {step.kind === 'error' && <p className="text-red-700">{step.message}</p>}
        {step.kind === 'report' && <Report report={step.report} onImport={() => void run('import')} busy={busy} />}
      </div>
    </div>
  );
}

function Report({ report, onImport, busy }: { report: ImportReport; onImport: () => void; busy: boolean }) {
  const { created, updated, unchanged, conflicts } = report.cases;
  return (
    <section aria-label="Import report" className="rounded border border-line bg-white p-4">
      <h3 className="font-semibold">
        {report.status === 'imported'
          ? 'Imported.'
          : report.status === 'ready'
            ? 'Checked: nothing has been written yet. Importing this file would:'
            : 'Refused: nothing was written.'}
      </h3>
      {report.problems.length > 0 && (
        <>
          <p className="mt-2">The file has problems (the first {report.problems.length}):</p>
          <ul className="mt-1 list-disc pl-5 font-mono text-xs">
            {report.problems.map((p, i) => (
              <li key={i}>
                {formatPath(p.path)}: {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.problems.length === 0 && (
        <>
          <p className="mt-2">
            Cases: {created.length} created, {updated.length} updated, {unchanged.length} unchanged, {conflicts.length} in conflict.
            History: {report.history.created} entries created, {report.history.alreadyPresent} already present.
          </p>
          {conflicts.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {conflicts.map((c) => (
                <li key={c.id}>
                  {c.title}: {c.reason}
                </li>
              ))}
            </ul>
          )}
          {[...created, ...updated].length > 0 && (
            <details className="mt-2">
              <summary>Cases to create or update</summary>
              <ul className="list-disc pl-5">
                {created.map((c) => (
                  <li key={c.id}>new: {c.title} (version {c.fileVersion})</li>
                ))}
                {updated.map((c) => (
                  <li key={c.id}>
                    update: {c.title} (version {c.databaseVersion} → {c.fileVersion})
                  </li>
                ))}
              </ul>
            </details>
          )}
          {report.parties.deleted + report.sources.deleted > 0 && (
            <p className="mt-2">
              Parties: {report.parties.deleted} deleted; sources: {report.sources.deleted} deleted (the updated cases no longer name them, no other case
              does and the file does not list them).
            </p>
          )}
          {report.unknownUsers.length > 0 && (
            <p className="mt-2 text-muted">No account for {report.unknownUsers.join(', ')}: their notes and history entries are kept unattributed.</p>
          )}
        </>
      )}
      {report.status === 'ready' && (
        <button type="button" onClick={onImport} disabled={busy} className="mt-3 rounded bg-brand px-3 py-1.5 font-medium text-white hover:bg-brand-dark disabled:opacity-50">
          Import now
        </button>
      )}
    </section>
  );
}
