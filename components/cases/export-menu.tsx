// Download links for one case's summary in each export format (GET /api/cases/[id]/export).
const FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
] as const;

export function ExportMenu({ caseId }: { caseId: string }) {
  return (
    <nav aria-label="Export this case" className="mb-4 flex flex-wrap items-center justify-end gap-2 text-sm print:hidden">
      <span className="text-muted">Export:</span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          href={`/api/cases/${caseId}/export?format=${format}`}
          download
          className="rounded border border-line bg-white px-2 py-1 text-brand hover:bg-slate-50"
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
