'use client';
// The document being edited, addressed by paths ("claims.0.amount.value"), with the errors
// the shared zod schema reported for each path.
import { createContext, useContext } from 'react';
import type { Draft } from '@/lib/case-document/draft';
import type { Origins } from './row-changes';

export type Path = (string | number)[];

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string | number, unknown>)[key]), value);
}

export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key!] = setAt(copy[key!], rest, next);
  return copy as T;
}

export type EditorContextValue = {
  doc: Draft;
  set: (path: Path, value: unknown) => void;
  errors: Record<string, string[]>;
  /** Titles of the cases the document named when the editor opened, read with the page. */
  caseTitles: Readonly<Record<string, string>>;
  /** Who is editing: another author's note shows read-only (the server refuses a change to it). */
  userEmail: string;
  /**
   * The whole document replaced (rows copied, moved, removed, and what pointed at them); `rows`
   * says where the rows of the list at `path` were before, so their errors go with them.
   */
  change: (next: Draft | ((current: Draft) => Draft), rows?: { path: Path; origins: Origins }) => void;
  /** Read out by screen readers: a row moved or copied. */
  announce: (message: string) => void;
  /** "Removed Claim 2 — Undo", until the next removal or for some seconds. */
  offerUndo: (offer: UndoOffer) => void;
};

export type UndoOffer = { message: string; undo: () => void };

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const context = useContext(EditorContext);
  if (!context) throw new Error('useEditor outside the case editor');
  return context;
}

export const pathKey = (path: Path) => path.join('.');
export const fieldId = (path: Path) => `f-${path.join('-')}`;

export function useField<T>(path: Path) {
  const { doc, set, errors } = useEditor();
  return {
    id: fieldId(path),
    value: getAt(doc, path) as T,
    set: (value: T) => set(path, value),
    errors: errors[pathKey(path)],
  };
}
