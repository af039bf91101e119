'use client';
// Certainty and citations of one fact: each citation names a source of this case and keeps its
// own excerpt, locator and attribution ("unnamed sources").
import { blank } from '@/lib/case-document/draft';
import { CERTAINTY_LABELS } from '@/lib/labels';
import { getAt, useEditor, type Path } from './editor-state';
import { SelectField, TextField } from './inputs';
import { RowList } from './rows';

const CERTAINTIES = Object.entries(CERTAINTY_LABELS) as [keyof typeof CERTAINTY_LABELS, string][];

export function ProvenanceEditor({ path }: { path: Path }) {
  const { doc } = useEditor();
  const citations = (getAt(doc, [...path, 'citations']) as unknown[] | undefined) ?? [];
  const sources = doc.sources.map((s, i) => [s.id, `[${i + 1}] ${s.title || 'untitled source'}`] as const);
  return (
    <div className="rounded bg-slate-50 p-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField path={[...path, 'certainty']} label="Certainty" options={CERTAINTIES} />
        <TextField path={[...path, 'certaintyNote']} label="Certainty note" hint={'e.g. "Lenovo\'s statement"'} />
      </div>
      {sources.length === 0 && citations.length === 0 ? (
        <p className="mt-1 text-xs text-muted">Uncited. Add a source under “Sources” to cite it here.</p>
      ) : (
        <div className="mt-2">
          <RowList path={[...path, 'citations']} noun="Citation" make={() => blank.citation(doc.sources[0]?.id ?? '')} addLabel="Cite a source">
            {(citation) => (
              <div className="grid gap-2 sm:grid-cols-2">
                <SelectField path={[...citation, 'sourceId']} label="Source" options={sources} />
                <TextField path={[...citation, 'attribution']} label="Attribution" hint='e.g. "unnamed sources"' />
                <TextField path={[...citation, 'excerpt']} label="Excerpt" multiline className="sm:col-span-2" />
                <TextField path={[...citation, 'locator']} label="Locator" hint="page, paragraph, timestamp" />
              </div>
            )}
          </RowList>
        </div>
      )}
    </div>
  );
}
