// What the row buttons do to a list, as pure functions: copy, move, and keeping the errors the
// schema reported on the rows they were reported for.
import { pathKey, type Path } from './editor-state';

/**
 * A deep copy in which every `id` is new, so the copy is a row of its own (its citations too),
 * while what it points at (sourceId, claimantId, claimIds) stays the same.
 */
export function copyWithNewIds<T>(row: T, newId: () => string = () => crypto.randomUUID()): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'id' && typeof value === 'string' ? newId() : copy(value)]));
  };
  return copy(row) as T;
}

/** For each row after a change, the index it had before (null: a new row). */
export type Origins = (number | null)[];

const indexes = (length: number) => Array.from({ length }, (_, i) => i);

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

export const insertItem = <T>(items: readonly T[], at: number, item: T): T[] => [...items.slice(0, at), item, ...items.slice(at)];
export const removeItem = <T>(items: readonly T[], at: number): T[] => items.filter((_, i) => i !== at);

export const movedOrigins = (length: number, from: number, to: number): Origins => moveItem(indexes(length), from, to);
export const insertedOrigins = (length: number, at: number): Origins => insertItem<number | null>(indexes(length), at, null);
export const removedOrigins = (length: number, at: number): Origins => removeItem(indexes(length), at);

/** Errors keyed by path ("claims.2.title") follow their rows to where `origins` puts them; a removed row's go. */
export function remapErrors(errors: Record<string, string[]>, list: Path, origins: Origins): Record<string, string[]> {
  const prefix = `${pathKey(list)}.`;
  const next: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    if (!key.startsWith(prefix)) {
      next[key] = messages;
      continue;
    }
    const [index, ...rest] = key.slice(prefix.length).split('.');
    const moved = origins.indexOf(Number(index));
    if (moved >= 0) next[[`${prefix}${moved}`, ...rest].join('.')] = messages;
  }
  return next;
}
