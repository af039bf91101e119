'use client';
// The source a citation names, picked by typing part of its title or publisher (an ARIA combobox):
// a case may have dozens of sources, and a number in a dropdown says nothing about which is which.
import { useState } from 'react';
import { FieldErrors } from '@/components/forms/field';
import type { Draft } from '@/lib/case-document/draft';
import { useEditor, useField, type Path } from './editor-state';
import { control, described, Label } from './inputs';

type Source = Draft['sources'][number];

export const REMOVED_SOURCE = 'Removed from this case — choose another';
const HINT = 'Type part of a title or publisher, then choose with the arrow keys and Enter.';
export const sourceTitle = (source: Source) => source.title.trim() || 'Untitled source';

const matches = (source: Source, words: string) => {
  const text = `${source.title} ${source.publisher ?? ''}`.toLocaleLowerCase();
  return words
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
};

export function SourceField({ path, label = 'Source' }: { path: Path; label?: string }) {
  const { doc } = useEditor();
  const field = useField<string>(path);
  const chosen = doc.sources.find((source) => source.id === field.value);
  // A source removed above keeps its id here: it is said so, never shown as another source.
  const shown = chosen ? sourceTitle(chosen) : field.value ? REMOVED_SOURCE : '';
  const [open, setOpen] = useState(false);
  // What is typed since the list opened (null: nothing yet, every source is listed); the field
  // shows the chosen source until then and once the list closes.
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const options = !open ? [] : typed === null ? doc.sources : doc.sources.filter((source) => matches(source, typed));
  const listId = `${field.id}-sources`;
  const optionId = (i: number) => `${field.id}-source-${i}`;

  const close = () => {
    setOpen(false);
    setTyped(null);
  };
  const choose = (source: Source | undefined) => {
    if (source) field.set(source.id);
    close();
  };
  const browse = (text: string | null) => {
    setOpen(true);
    setTyped(text);
    setActive(0);
  };

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return browse(null);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault(); // picks the source rather than saving the case
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="relative space-y-0.5">
      <Label id={field.id} label={label} />
      <input
        id={field.id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        autoComplete="off"
        className={control}
        value={typed ?? shown}
        onChange={(event) => browse(event.target.value)}
        // Typing replaces the title shown rather than adding to it.
        onFocus={(event) => event.target.select()}
        onClick={(event) => {
          if (open) return;
          event.currentTarget.select();
          browse(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        {...described(field.id, field.errors, HINT)}
      />
      <p id={`${field.id}-hint`} className="sr-only">
        {HINT}
      </p>
      <ul id={listId} role="listbox" aria-label={`${label}s of this case`} hidden={!open} className="absolute z-10 mt-1 max-h-60 w-full overflow-y-auto rounded border border-slate-400 bg-white text-sm shadow">
        {options.map((source, i) => (
          <li
            key={source.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Chosen before the field loses focus, which would close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(source)}
            className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-sky-100' : ''}`}
          >
            {sourceTitle(source)}
            {(source.publisher || source.published) && <span className="block text-xs text-muted">{[source.publisher, source.published].filter(Boolean).join(', ')}</span>}
          </li>
        ))}
        {open && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled className="px-2 py-1 text-muted">
            {doc.sources.length === 0 ? 'This case has no sources yet: add one under “Sources”.' : 'No source of this case matches.'}
          </li>
        )}
      </ul>
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </div>
  );
}
