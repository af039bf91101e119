'use client';
// Certainty and citations of one fact: each citation names a source of this case and keeps its
// own excerpt, locator and attribution ("unnamed sources").
import { blank } from '@/lib/case-document/draft';
import { CERTAINTY_LABELS } from '@/lib/labels';
import { getAt, useEditor, type Path } from './editor-state';
import { SelectField, TextField } from './inputs';
import { RowList } from './rows';
import { SourceField, sourceTitle } from './source-field';

const CERTAINTIES = Object.entries(CERTAINTY_LABELS) as [keyof typeof CERTAINTY_LABELS, string][];

type Citation = ReturnType<typeof blank.citation>;

/** The previous row of the same list ("claims.1" for "claims.2"), or null for a first row. */
function rowAbove(path: Path): Path | null {
  const index = path[path.length - 1];
  return typeof index === 'number' && index > 0 ? [...path.slice(0, -1), index - 1] : null;
}

export function ProvenanceEditor({ path }: { path: Path }) {
  const { doc, set } = useEditor();
  const citations = (getAt(doc, [...path, 'citations']) as Citation[] | undefined) ?? [];
  // Facts in a row are often from the same report: its last citation, if it names a source still here.
  const above = rowAbove(path);
  const citedAbove = above && (getAt(doc, [...above, 'citations']) as Citation[] | undefined)?.at(-1)?.sourceId;
  const sourceAbove = doc.sources.find((source) => source.id === citedAbove);
  const hintId = `${path.join('-')}-same-source`;
  return (
    <div className="rounded bg-slate-50 p-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField path={[...path, 'certainty']} label="Certainty" options={CERTAINTIES} />
        <TextField path={[...path, 'certaintyNote']} label="Certainty note" hint={'e.g. "Lenovo\'s statement"'} />
      </div>
      {doc.sources.length === 0 && citations.length === 0 ? (
        <p className="mt-1 text-xs text-muted">Uncited. Add a source under “Sources” to cite it here.</p>
      ) : (
        <div className="mt-2">
          <RowList path={[...path, 'citations']} noun="Citation" make={() => blank.citation(doc.sources[0]?.id ?? '')} addLabel="Cite a source">
            {(citation) => (
              <div className="grid gap-2 sm:grid-cols-2">
                <SourceField path={[...citation, 'sourceId']} />
                <TextField path={[...citation, 'attribution']} label="Attribution" hint='e.g. "unnamed sources"' />
                <TextField path={[...citation, 'excerpt']} label="Excerpt" multiline className="sm:col-span-2" />
                <TextField path={[...citation, 'locator']} label="Locator" hint="page, paragraph, timestamp" />
              </div>
            )}
          </RowList>
          {sourceAbove && (
            <p className="mt-2 text-xs">
              <button
                type="button"
                aria-describedby={hintId}
                onClick={() => set([...path, 'citations'], [...citations, blank.citation(sourceAbove.id)])}
                className="rounded border border-brand px-2 py-1 text-sm text-brand hover:bg-sky-50"
              >
                Cite the same source as the row above
              </button>{' '}
              <span id={hintId} className="text-muted">
                {sourceTitle(sourceAbove)}
              </span>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
