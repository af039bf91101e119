'use client';
// A long case stays navigable: each section folds away (hidden, not unmounted, so what is typed in
// it stays as typed) and says how many rows it has and how many of its fields need attention; a
// menu beside the form follows the scroll and jumps to any section.
import { createContext, useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { fieldId, useEditor } from './editor-state';

/** The editor's sections in their order, with the document keys each one edits. */
export const EDITOR_SECTIONS: readonly { id: string; title: string; keys: readonly string[]; list?: string }[] = [
  { id: 'basics', title: 'The dispute', keys: ['schemaVersion', 'id', 'version', 'title', 'summary', 'jurisdiction', 'status', 'fictional', 'archivedAt', 'tags', 'relatedCases'] },
  { id: 'sources', title: 'Sources', keys: ['sources'], list: 'sources' },
  { id: 'parties', title: 'Parties', keys: ['parties'], list: 'parties' },
  { id: 'proceedings', title: 'Proceedings', keys: ['proceedings'], list: 'proceedings' },
  { id: 'covenant', title: 'Restrictive covenant', keys: ['covenants'], list: 'covenants' },
  { id: 'claims', title: 'Claims', keys: ['claims'], list: 'claims' },
  { id: 'evidence', title: 'Evidence', keys: ['evidence'], list: 'evidence' },
  { id: 'timeline', title: 'Timeline', keys: ['events'], list: 'events' },
  { id: 'outcomes', title: 'Outcomes', keys: ['outcomes'], list: 'outcomes' },
  { id: 'notes', title: 'Notes', keys: ['notes'], list: 'notes' },
];

/** "3 · 1 error": the section's rows, and its fields with errors (paths under one of its keys). */
export function sectionCounts(id: string, doc: object, errors: Record<string, string[]>): string {
  const section = EDITOR_SECTIONS.find((s) => s.id === id);
  const keys = section?.keys ?? [id];
  const list = section?.list && (doc as Record<string, unknown>)[section.list];
  const problems = Object.keys(errors).filter((path) => keys.includes(path.split('.')[0]!)).length;
  return [Array.isArray(list) ? String(list.length) : null, problems > 0 ? `${problems} ${problems === 1 ? 'error' : 'errors'}` : null].filter(Boolean).join(' · ');
}

type Folds = { folded: ReadonlySet<string>; fold: (id: string, folded: boolean) => void };
const FoldsContext = createContext<Folds | null>(null);

function useFolds(): Folds {
  const folds = useContext(FoldsContext);
  if (!folds) throw new Error('useFolds outside the case editor');
  return folds;
}

export function FoldsProvider({ children }: { children: React.ReactNode }) {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const fold = (id: string, fold: boolean) =>
    setFolded((current) => {
      const next = new Set(current);
      if (fold) next.add(id);
      else next.delete(id);
      return next;
    });
  return <FoldsContext.Provider value={{ folded, fold }}>{children}</FoldsContext.Provider>;
}

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  const { doc, errors } = useEditor();
  const { folded, fold } = useFolds();
  const open = !folded.has(id);
  const counts = sectionCounts(id, doc, errors);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-8 scroll-mt-4" data-section>
      <div className="mb-3 flex items-baseline gap-3 border-b border-line pb-1">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          <button type="button" aria-expanded={open} aria-controls={`${id}-body`} aria-describedby={counts ? `${id}-counts` : undefined} onClick={() => fold(id, open)} className="flex items-center gap-2 text-left">
            <span aria-hidden className={`inline-block w-3 text-sm transition-transform ${open ? 'rotate-90' : ''}`}>
              ▸
            </span>
            {title}
          </button>
        </h2>
        {counts && (
          <span id={`${id}-counts`} className={`text-sm ${counts.includes('error') ? 'text-rose-700' : 'text-muted'}`}>
            {counts}
          </span>
        )}
      </div>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** The section nearest the top of the window: the one being read. */
function useCurrentSection(): string {
  const [current, setCurrent] = useState(EDITOR_SECTIONS[0]!.id);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const sections = [...document.querySelectorAll<HTMLElement>('section[data-section]')];
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : window.innerHeight / 4;
      const reached = sections.filter((section) => section.getBoundingClientRect().top <= line);
      setCurrent((reached.at(-1) ?? sections[0])?.id ?? EDITOR_SECTIONS[0]!.id);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);
  return current;
}

export function SectionMenu() {
  const { doc, errors } = useEditor();
  const { fold } = useFolds();
  const current = useCurrentSection();
  return (
    <nav aria-label="Sections of the case" className="mb-4 text-sm lg:sticky lg:top-4 lg:mb-0 lg:self-start">
      <ul className="space-y-0.5 border-l border-line">
        {EDITOR_SECTIONS.map(({ id, title }) => {
          const counts = sectionCounts(id, doc, errors);
          return (
            <li key={id}>
              <a
                href={`#${id}`}
                aria-current={current === id ? 'location' : undefined}
                onClick={() => fold(id, false)}
                className="-ml-px block border-l-2 border-transparent py-0.5 pl-3 text-muted hover:text-ink aria-[current]:border-brand aria-[current]:font-medium aria-[current]:text-ink"
              >
                {title}
                {counts && <span className={counts.includes('error') ? 'text-rose-700' : ''}> · {counts}</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Brings a field into view and focuses it, unfolding its section first; a path without an element
 * of its own (a list, a row's id) goes to the closest element around it.
 */
export function useShowField() {
  const { fold } = useFolds();
  return (path: readonly string[]) => {
    let element: HTMLElement | null = null;
    for (let length = path.length; length > 0 && !element; length--) element = document.getElementById(fieldId(path.slice(0, length)));
    const section = element?.closest<HTMLElement>('section[data-section]');
    if (!element || !section) return;
    flushSync(() => fold(section.id, false));
    const target = element.matches('input, select, textarea, button') ? element : (element.querySelector<HTMLElement>('input, select, textarea, button') ?? element);
    target.focus({ preventScroll: true });
    // Centred: never under the bar with the save button at the bottom of the window.
    target.scrollIntoView({ block: 'center' });
  };
}
