'use client';
// Downloads the current list as CSV or XLSX, or as citations of its cases (BibTeX, RIS, CSL-JSON, text
// in a style). The server sends the row count first (X-Total-Count); large exports show a progress bar
// while the stream arrives.
import { useState } from 'react';
import { CITATION_FORMAT_FILES, type CitationStyle } from '@/lib/citations/options';
import type { ListExportFormat } from '@/lib/validations/export';
import { CitationStyleSelect } from './citation-style-select';

const PROGRESS_FROM_ROWS = 5_000;

type State = { kind: 'idle' } | { kind: 'running'; total: number; rows: number; bytes: number } | { kind: 'error'; message: string };

export function ExportListButton({ queryString }: { queryString: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [style, setStyle] = useState<CitationStyle>('oscola');

  const download = async (format: ListExportFormat) => {
    setState({ kind: 'running', total: 0, rows: 0, bytes: 0 });
    try {
      const styleParam = format === 'text' ? `&style=${style}` : '';
      const response = await fetch(`/api/cases/export?format=${format}${styleParam}${queryString ? `&${queryString}` : ''}`);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: 'error', message: body?.error?.message ?? `The export failed (${response.status}).` });
        return;
      }
      const total = Number(response.headers.get('x-total-count') ?? 0);
      const reader = response.body.getReader();
      const parts: Uint8Array[] = [];
      let rows = 0;
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        // CSV records end in CRLF (a line break inside a cell is a bare LF): each CRLF is one row.
        if (format === 'csv') for (let i = 1; i < value.length; i++) if (value[i] === 10 && value[i - 1] === 13) rows++;
        setState({ kind: 'running', total, rows: format === 'csv' ? Math.max(rows - 1, 0) : 0, bytes });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'cases';
      const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: response.headers.get('content-type') ?? undefined }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
      setState({ kind: 'idle' });
    } catch {
      setState({ kind: 'error', message: 'The export was interrupted. Try again.' });
    }
  };

  const running = state.kind === 'running';
  const button = (format: ListExportFormat, label: string) => (
    <button
      key={format}
      type="button"
      disabled={running}
      onClick={() => void download(format)}
      className="rounded border border-line bg-white px-2 py-1 text-brand hover:bg-slate-50 disabled:opacity-50"
    >
      {label}
    </button>
  );
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Export list:</span>
      {button('csv', 'CSV')}
      {button('xlsx', 'XLSX')}
      <span className="text-muted">Cite list:</span>
      {(['bibtex', 'ris', 'csl-json'] as const).map((format) => button(format, CITATION_FORMAT_FILES[format].label))}
      <CitationStyleSelect label="Citation style" value={style} onChange={setStyle} />
      {button('text', 'Text')}
      <span aria-live="polite" className="min-w-40">
        {state.kind === 'running' && state.total > PROGRESS_FROM_ROWS && (
          <>
            <progress
              className="align-middle"
              max={state.rows ? state.total : undefined}
              value={state.rows || undefined}
              aria-label="Export progress"
            />{' '}
            {state.rows ? `${state.rows.toLocaleString('en')} of ${state.total.toLocaleString('en')} cases` : `${Math.round(state.bytes / 1024).toLocaleString('en')} KB of ${state.total.toLocaleString('en')} cases`}
          </>
        )}
        {state.kind === 'running' && state.total <= PROGRESS_FROM_ROWS && 'Preparing…'}
        {state.kind === 'error' && <span className="text-red-700">{state.message}</span>}
      </span>
    </div>
  );
}
