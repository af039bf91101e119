'use client';
// A source's text: pasted or read from a file on the server, kept there as a snapshot named by its
// SHA-256. The draft holds only that name (drafts in the browser stay small); the text itself stays
// in this component for the review of what it suggests, and is read back from the server after a reload.
import { useId, useState } from 'react';
import { FieldErrors } from '@/components/forms/field';
import type { Extraction } from '@/lib/extract';
import { SOURCE_FILE_ACCEPT, SOURCE_TEXT_MESSAGES, SOURCE_UPLOAD_MAX_BYTES } from '@/lib/validations/source-text';
import { useEditor, useField, type Path } from './editor-state';
import { control } from './inputs';
import { SourceReview } from './source-review';

export type SourceAnalysis = {
  text: string;
  snapshot: { sha256: string; contentType: string; fileName: string | null; byteLength: number; characters: number };
  extraction: Extraction;
};

type Answer = { ok: true; analysis: SourceAnalysis } | { ok: false; message: string };

/** Sends the text or the file to be read and kept; a refusal comes back as the message to show at the field. */
async function analyse(body: Blob, query: Record<string, string | null>): Promise<Answer> {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
  try {
    const reply = await fetch(`/api/sources/analyse?${params}`, { method: 'POST', body, headers: { 'Content-Type': body.type || 'application/octet-stream' } });
    const json = await reply.json().catch(() => null);
    if (reply.ok) return { ok: true, analysis: json as SourceAnalysis };
    return { ok: false, message: (json as { error?: { message?: string } } | null)?.error?.message ?? 'The text could not be read; nothing was kept. Try again.' };
  } catch {
    return { ok: false, message: 'The server could not be reached; nothing was kept. Try again.' };
  }
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function SourceTextField({ row }: { row: Path }) {
  const { doc } = useEditor();
  const snapshot = useField<string | null>([...row, 'snapshotSha256']);
  const source = doc.sources[row[1] as number];
  const [analysis, setAnalysis] = useState<SourceAnalysis | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ text?: string; file?: string }>({});
  const [status, setStatus] = useState('');
  const id = useId();

  async function read(kind: 'text' | 'file') {
    setErrors({});
    let body: Blob;
    if (kind === 'text') {
      if (!pasted.trim()) return setErrors({ text: SOURCE_TEXT_MESSAGES.emptyText });
      body = new Blob([pasted], { type: 'text/plain;charset=utf-8' });
    } else {
      if (!file) return setErrors({ file: 'Choose a PDF, HTML, Word (DOCX) or text file first.' });
      if (file.size === 0) return setErrors({ file: SOURCE_TEXT_MESSAGES.emptyFile });
      if (file.size > SOURCE_UPLOAD_MAX_BYTES) return setErrors({ file: SOURCE_TEXT_MESSAGES.tooLarge(file.size) });
      body = file;
    }
    setBusy(true);
    setStatus(kind === 'file' ? `Reading ${file!.name}…` : 'Reading the text…');
    const answer = await analyse(body, { fileName: kind === 'file' ? file!.name : null, published: source?.published ?? null, language: source?.language ?? null });
    setBusy(false);
    if (!answer.ok) {
      setStatus('');
      return setErrors({ [kind]: answer.message });
    }
    snapshot.set(answer.analysis.snapshot.sha256);
    setAnalysis(answer.analysis);
    setReviewing(true);
    setPasted('');
    setFile(null);
    const found = answer.analysis.extraction.suggestions.length;
    setStatus(`Text kept: ${answer.analysis.snapshot.characters.toLocaleString('en')} characters; ${found} ${found === 1 ? 'suggestion' : 'suggestions'} to review.`);
  }

  /** After a reload the draft names the text but the suggestions are gone: the kept text is read and analysed again (same text, same snapshot). */
  async function suggestAgain(sha256: string) {
    setBusy(true);
    setStatus('Reading the kept text…');
    const reply = await fetch(`/api/sources/snapshots/${sha256}`).catch(() => null);
    const answer: Answer = reply?.ok
      ? await analyse(new Blob([await reply.text()], { type: 'text/plain;charset=utf-8' }), { fileName: null, published: source?.published ?? null, language: source?.language ?? null })
      : { ok: false, message: 'The kept text could not be read. Try again.' };
    setBusy(false);
    if (!answer.ok) return setStatus(answer.message);
    setAnalysis(answer.analysis);
    setReviewing(true);
    setStatus(`${answer.analysis.extraction.suggestions.length} suggestions to review.`);
  }

  if (snapshot.value) {
    const info = analysis?.snapshot.sha256 === snapshot.value ? analysis.snapshot : null;
    return (
      <div className="rounded border border-line bg-slate-50 p-2 text-xs sm:col-span-2" role="group" aria-label="Text of the source">
        <p>
          <span className="font-medium">Text kept</span> · SHA-256 <code title={snapshot.value}>{snapshot.value.slice(0, 12)}…</code>
          {info && ` · ${info.characters.toLocaleString('en')} characters${info.fileName ? ` from ${info.fileName}` : ''} (${size(info.byteLength)})`} ·{' '}
          <a href={`/api/sources/snapshots/${snapshot.value}`} target="_blank" rel="noreferrer" className="text-brand underline">
            Read the text
          </a>{' '}
          ·{' '}
          {!reviewing && (
            <>
              <button type="button" disabled={busy} className="text-brand underline" onClick={() => (info ? setReviewing(true) : suggestAgain(snapshot.value!))}>
                Review the suggestions from this text
              </button>{' '}
              ·{' '}
            </>
          )}
          <button
            type="button"
            className="text-brand underline"
            onClick={() => {
              snapshot.set(null);
              setReviewing(false);
            }}
          >
            Remove the text from this source
          </button>
        </p>
        {reviewing && info && source && <SourceReview sourceId={source.id} text={analysis!.text} extraction={analysis!.extraction} onClose={() => setReviewing(false)} />}
        <FieldErrors id={`${snapshot.id}-error`} errors={snapshot.errors} />
        <p aria-live="polite" className="sr-only">
          {status}
        </p>
      </div>
    );
  }

  return (
    <details className="rounded border border-line p-2 text-sm sm:col-span-2" id={snapshot.id}>
      <summary className="cursor-pointer text-xs font-medium">Add the text of this source (paste it or upload a file) to draft facts from it</summary>
      <div className="mt-2 grid gap-3" aria-busy={busy}>
        <div>
          <label htmlFor={`${id}-text`} className="block text-xs font-medium">
            Text of the article or judgment
          </label>
          <textarea
            id={`${id}-text`}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            rows={6}
            lang={source?.language ?? undefined}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={`${id}-text-error`}
            className={control}
          />
          <FieldErrors id={`${id}-text-error`} errors={errors.text ? [errors.text] : undefined} />
          <button type="button" disabled={busy} onClick={() => read('text')} className="mt-1 rounded border border-brand px-2 py-1 text-xs font-medium text-brand disabled:opacity-60">
            Keep this text and suggest facts
          </button>
        </div>
        <div>
          <label htmlFor={`${id}-file`} className="block text-xs font-medium">
            Or a file (PDF, HTML, Word DOCX or TXT, at most {size(SOURCE_UPLOAD_MAX_BYTES)})
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept={SOURCE_FILE_ACCEPT}
            onChange={(event) => {
              setErrors({});
              setFile(event.target.files?.[0] ?? null);
            }}
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={`${id}-file-error`}
            className="block text-xs"
          />
          <FieldErrors id={`${id}-file-error`} errors={errors.file ? [errors.file] : undefined} />
          <button type="button" disabled={busy} onClick={() => read('file')} className="mt-1 rounded border border-brand px-2 py-1 text-xs font-medium text-brand disabled:opacity-60">
            Read this file and suggest facts
          </button>
        </div>
        <p aria-live="polite" className="text-xs text-muted">
          {status}
        </p>
        <FieldErrors id={`${snapshot.id}-error`} errors={snapshot.errors} />
      </div>
    </details>
  );
}
