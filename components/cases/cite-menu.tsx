'use client';
// "Cite this case": the case's citation in a chosen style, to copy, and its CSL-JSON, BibTeX and RIS
// to download (GET /api/cases/[id]/citation). The text is fetched when the panel opens, so the case
// page itself renders no citation.
import { useRef, useState } from 'react';
import { CITATION_FORMAT_FILES, type CitationStyle } from '@/lib/citations/options';
import { CitationStyleSelect } from './citation-style-select';

type Citation = { kind: 'closed' } | { kind: 'loading' } | { kind: 'ready'; text: string } | { kind: 'error'; message: string };

const DOWNLOADS = ['csl-json', 'bibtex', 'ris'] as const;

export function CiteMenu({ caseId }: { caseId: string }) {
  const [style, setStyle] = useState<CitationStyle>('oscola');
  const [citation, setCitation] = useState<Citation>({ kind: 'closed' });
  const [copyStatus, setCopyStatus] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pending = useRef<AbortController | null>(null);

  /** Fetches the citation in `chosen`; a newer request (another style) cancels the one in flight. */
  const load = (chosen: CitationStyle) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setCitation({ kind: 'loading' });
    setCopyStatus('');
    fetch(`/api/cases/${caseId}/citation?format=text&style=${chosen}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The citation could not be made (${response.status}).`);
        const text = (await response.text()).trim();
        if (!controller.signal.aborted) setCitation({ kind: 'ready', text });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setCitation({ kind: 'error', message: error instanceof Error ? error.message : 'The citation could not be made.' });
      });
  };

  const copy = async () => {
    if (citation.kind !== 'ready') return;
    try {
      await navigator.clipboard.writeText(citation.text);
      setCopyStatus('Copied.');
    } catch {
      // No clipboard access (a plain-http address, a refused permission): select it for Ctrl+C.
      textRef.current?.select();
      setCopyStatus('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };

  return (
    <details
      className="mb-4 text-sm print:hidden"
      onToggle={(event) => {
        if (event.currentTarget.open && citation.kind === 'closed') load(style);
      }}
    >
      <summary className="cursor-pointer text-right text-brand">Cite this case</summary>
      <div className="mt-2 space-y-2 rounded border border-line bg-white p-3">
        <label className="flex items-center gap-2">
          <span className="text-muted">Style</span>
          <CitationStyleSelect
            value={style}
            onChange={(chosen) => {
              setStyle(chosen);
              load(chosen);
            }}
          />
        </label>
        {citation.kind === 'error' ? (
          <p role="alert" className="text-red-700">
            {citation.message}
          </p>
        ) : (
          <textarea
            ref={textRef}
            readOnly
            aria-label="Citation"
            aria-busy={citation.kind === 'loading'}
            rows={3}
            value={citation.kind === 'ready' ? citation.text : 'Preparing the citation…'}
            className="w-full rounded border border-line p-2 font-serif"
          />
        )}
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => void copy()} disabled={citation.kind !== 'ready'} className="rounded border border-line px-2 py-1 text-brand hover:bg-slate-50 disabled:opacity-50">
            Copy
          </button>
          <span aria-live="polite" className="text-muted">
            {copyStatus}
          </span>
          <span className="ml-auto text-muted">Download:</span>
          {DOWNLOADS.map((format) => (
            <a key={format} href={`/api/cases/${caseId}/citation?format=${format}`} download className="rounded border border-line px-2 py-1 text-brand hover:bg-slate-50">
              {CITATION_FORMAT_FILES[format].label}
            </a>
          ))}
        </div>
        <p className="text-xs text-muted">Styles rendered by citeproc-js; court names in full, as recorded.</p>
      </div>
    </details>
  );
}
