'use client';
// Repeating rows (claims, events, …): added, copied, moved (buttons, or dragged by the handle) and
// removed without a page reload. A removal can be undone; removing a row that others point at asks
// what becomes of their references first.
import { useEffect, useRef, useState } from 'react';
import type { Draft } from '@/lib/case-document/draft';
import { caseDocumentSchema } from '@/lib/case-document/schema';
import { fieldId, getAt, setAt, useEditor, type Path } from './editor-state';
import { describeField } from './field-names';
import { ReferenceDialog } from './reference-dialog';
import { acceptsNull, findReferences, idsWithin, removeReferences, repointReferences, type Reference } from './references';
import { copyWithNewIds, insertItem, insertedOrigins, moveItem, movedOrigins, removeItem, removedOrigins } from './row-changes';

type RowListProps<T> = {
  path: Path;
  noun: string;
  make: () => T;
  children: (rowPath: Path, index: number) => React.ReactNode;
  addLabel?: string;
  /** False for notes: they stay in the order they were written, each signed by its author. */
  arrangeable?: boolean;
};

type Row = { id?: unknown; title?: unknown; name?: unknown; caseNumber?: unknown; description?: unknown };

const idOf = (row: unknown) => (typeof (row as Row | null)?.id === 'string' ? ((row as Row).id as string) : null);

/** "Source 2: Caixin report", for the list of rows to point references at. */
function rowLabel(row: Row, noun: string, index: number): string {
  const text = [row.title, row.name, row.caseNumber, row.description].find((value) => typeof value === 'string' && value.trim());
  return `${noun} ${index + 1}${text ? `: ${text as string}` : ''}`;
}

const optional = (path: Path) => acceptsNull(caseDocumentSchema, path);

export function RowList<T>({ path, noun, make, children, addLabel, arrangeable = true }: RowListProps<T>) {
  const { doc, set, change, announce, offerUndo } = useEditor();
  const rows = (getAt(doc, path) as T[]) ?? [];
  // Related cases and awards have no ids and are stored sorted: their order is not theirs to keep.
  const movable = arrangeable && rows.length > 1 && rows.every((row) => idOf(row) !== null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [asking, setAsking] = useState<{ index: number; references: Reference[]; names: string[] } | null>(null);
  // A button moved with its row (or the row put back) keeps the keyboard's place.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const lower = noun.toLowerCase();
  const buttonId = (index: number, action: 'up' | 'down' | 'remove') => `${fieldId([...path, index])}-${action}`;

  function move(from: number, to: number, focus?: 'up' | 'down') {
    if (from === to || to < 0 || to >= rows.length) return;
    change(setAt(doc, path, moveItem(rows, from, to)), { path, origins: movedOrigins(rows.length, from, to) });
    announce(`${noun} ${from + 1} moved to position ${to + 1} of ${rows.length}; it is now ${lower} ${to + 1}.`);
    if (focus) focusNext.current = buttonId(to, to === 0 ? 'down' : to === rows.length - 1 ? 'up' : focus);
  }

  function copy(index: number) {
    change(setAt(doc, path, insertItem(rows, index + 1, copyWithNewIds(rows[index]))), { path, origins: insertedOrigins(rows.length, index + 1) });
    announce(`${noun} ${index + 1} copied: the copy is ${lower} ${index + 2}.`);
  }

  function remove(index: number) {
    const references = findReferences(doc, idsWithin(rows[index]), [...path, index]);
    if (references.length === 0) return removeFrom(doc, index);
    // "Claim 1 — Citation 1" rather than "Claim 1 — Citation 1 — Source": the source is the one removed.
    const names = references.map(({ path: at }) => describeField(at.map(String)).replace(new RegExp(` — ${noun}$`), ''));
    setAsking({ index, references, names });
  }

  /** Removes the row from `from` (the document, with what pointed at the row already changed) and offers to undo. */
  function removeFrom(from: Draft, index: number) {
    const row = rows[index]!;
    const list = getAt(from, path) as T[];
    // Taking references out may have taken rows out of this very list: the row is found by its id.
    const at = idOf(row) === null ? index : list.findIndex((r) => idOf(r) === idOf(row));
    const before = doc;
    const after = setAt(from, path, removeItem(list, at));
    change(after, { path, origins: removedOrigins(list.length, at) });
    setAsking(null);
    const name = `${noun} ${index + 1}`;
    offerUndo({
      message: `Removed ${name}`,
      undo: () => {
        // Nothing changed since: everything is put back, references too; else the row, at its place.
        change((current) => (current === after ? before : setAt(current, path, insertItem((getAt(current, path) as T[]) ?? [], index, row))));
        announce(`${name} is back.`);
        focusNext.current = buttonId(index, 'remove');
      },
    });
  }

  return (
    <div className="space-y-3">
      {rows.map((row, index) => (
        <fieldset
          key={idOf(row) ?? index}
          id={fieldId([...path, index])}
          className={`rounded border bg-white p-3 ${dropAt === index && dragged !== index ? 'border-brand ring-2 ring-brand' : 'border-line'} ${dragged === index ? 'opacity-50' : ''}`}
          onDragOver={(event) => {
            if (dragged === null) return; // a row of another list: its own list takes it
            event.preventDefault();
            event.stopPropagation();
            event.dataTransfer.dropEffect = 'move';
            setDropAt(index);
          }}
          onDrop={(event) => {
            if (dragged === null) return;
            event.preventDefault();
            event.stopPropagation();
            move(dragged, index);
            setDragged(null);
            setDropAt(null);
          }}
        >
          <legend className="px-1 text-sm font-semibold">
            {noun} {index + 1}
          </legend>
          {movable && (
            <div className="-mt-1 mb-1 flex items-center justify-end gap-2 text-xs">
              <span
                draggable
                aria-hidden
                title={`Drag to move ${lower} ${index + 1}`}
                className="cursor-grab select-none rounded border border-line px-1.5 text-base leading-5 text-muted active:cursor-grabbing"
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  // Not as text: dropped on a field by mistake, it would be typed into it.
                  event.dataTransfer.setData('application/x-covenant-row', `${noun} ${index + 1}`);
                  const fieldset = event.currentTarget.closest('fieldset');
                  if (fieldset) event.dataTransfer.setDragImage(fieldset, 16, 16);
                  setDragged(index);
                }}
                onDragEnd={() => {
                  setDragged(null);
                  setDropAt(null);
                }}
              >
                ⠿
              </span>
              <button id={buttonId(index, 'up')} type="button" disabled={index === 0} onClick={() => move(index, index - 1, 'up')} className="underline disabled:no-underline disabled:opacity-40">
                Move {lower} {index + 1} up
              </button>
              <button
                id={buttonId(index, 'down')}
                type="button"
                disabled={index === rows.length - 1}
                onClick={() => move(index, index + 1, 'down')}
                className="underline disabled:no-underline disabled:opacity-40"
              >
                Move {lower} {index + 1} down
              </button>
            </div>
          )}
          <div className="space-y-2">{children([...path, index], index)}</div>
          <p className="mt-2 flex gap-3 text-xs">
            {arrangeable && (
              <button type="button" className="text-brand underline" onClick={() => copy(index)}>
                Copy {lower} {index + 1}
              </button>
            )}
            <button id={buttonId(index, 'remove')} type="button" className="text-rose-700 underline" onClick={() => remove(index)}>
              Remove {lower} {index + 1}
            </button>
          </p>
        </fieldset>
      ))}
      {asking && (
        <ReferenceDialog
          rowName={`${noun} ${asking.index + 1}`}
          noun={lower}
          referencedBy={asking.names}
          choices={rows.flatMap((row, i) => (i === asking.index || idOf(row) === null ? [] : [[idOf(row)!, rowLabel(row as Row, noun, i)] as const]))}
          onRemoveReferences={() => removeFrom(removeReferences(doc, asking.references, optional), asking.index)}
          onRepoint={(to) => removeFrom(repointReferences(doc, asking.references, to), asking.index)}
          onCancel={() => {
            setAsking(null);
            focusNext.current = buttonId(asking.index, 'remove');
          }}
        />
      )}
      <button type="button" className="rounded border border-brand px-2 py-1 text-sm text-brand hover:bg-sky-50" onClick={() => set(path, [...rows, make()])}>
        {addLabel ?? `Add ${lower}`}
      </button>
    </div>
  );
}
