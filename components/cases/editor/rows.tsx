'use client';
// Repeating rows (claims, events, …): add and remove without a page reload.
import { useEditor, getAt, type Path } from './editor-state';

type RowListProps<T> = {
  path: Path;
  noun: string;
  make: () => T;
  children: (rowPath: Path, index: number) => React.ReactNode;
  addLabel?: string;
};

export function RowList<T>({ path, noun, make, children, addLabel }: RowListProps<T>) {
  const { doc, set } = useEditor();
  const rows = (getAt(doc, path) as T[]) ?? [];
  return (
    <div className="space-y-3">
      {rows.map((row, index) => (
        <fieldset key={(row as { id?: string }).id ?? index} className="rounded border border-line bg-white p-3">
          <legend className="px-1 text-sm font-semibold">
            {noun} {index + 1}
          </legend>
          <div className="space-y-2">{children([...path, index], index)}</div>
          <button
            type="button"
            className="mt-2 text-xs text-rose-700 underline"
            onClick={() => set(path, rows.filter((_, i) => i !== index))}
          >
            Remove {noun.toLowerCase()} {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="rounded border border-brand px-2 py-1 text-sm text-brand hover:bg-sky-50" onClick={() => set(path, [...rows, make()])}>
        {addLabel ?? `Add ${noun.toLowerCase()}`}
      </button>
    </div>
  );
}
