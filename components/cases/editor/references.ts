// Rows point at each other by id: a citation at its source (sourceId), a claim at its parties
// (claimantId), evidence at claims (claimIds). They are found by property name, not from a list of
// fields, so references the data model gains later are found without changing this file.
import { z } from 'zod';
import { getAt, pathKey, setAt, type Path } from './editor-state';

export type Reference = { path: Path; id: string };

/** `sourceId`, `partyId`, `producedByPartyId`, …: one id; a row's own `id` is no reference. */
const isReferenceKey = (key: string) => key !== 'id' && key.endsWith('Id');
/** `claimIds`, `claimantIds`, …: a list of ids. */
const isReferenceListKey = (key: string) => key.endsWith('Ids');

/** The ids of a row and of everything inside it (a party's roles, a claim's citations). */
export function idsWithin(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => idsWithin(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'id' && typeof value === 'string') found.add(value);
      else idsWithin(value, found);
    }
  }
  return found;
}

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** Where `doc` points at one of `ids`, except inside the row at `except` (it goes with its own references). */
export function findReferences(doc: unknown, ids: ReadonlySet<string>, except?: Path): Reference[] {
  const found: Reference[] = [];
  const walk = (node: unknown, path: Path) => {
    if (except && startsWith(path, except)) return;
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, [...path, i]));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && isReferenceKey(key) && ids.has(value)) found.push({ path: [...path, key], id: value });
      else if (Array.isArray(value) && isReferenceListKey(key)) {
        value.forEach((item, i) => typeof item === 'string' && ids.has(item) && found.push({ path: [...path, key, i], id: item }));
      } else walk(value, [...path, key]);
    }
  };
  walk(doc, []);
  return found;
}

/**
 * Takes the references out: an id in a list leaves the list, an optional one becomes null, and a row
 * that cannot be without it (a citation without its source, an award without its claim) goes.
 */
export function removeReferences<T>(doc: T, references: Reference[], optional: (path: Path) => boolean): T {
  const drop = new Set<string>();
  const clear = new Set<string>();
  for (const { path } of references) {
    const last = path[path.length - 1];
    if (typeof last === 'number') drop.add(pathKey(path));
    else if (optional(path) || typeof path[path.length - 2] !== 'number') clear.add(pathKey(path));
    else drop.add(pathKey(path.slice(0, -1)));
  }
  const rebuild = (node: unknown, path: Path): unknown => {
    if (Array.isArray(node)) return node.flatMap((item, i) => (drop.has(pathKey([...path, i])) ? [] : [rebuild(item, [...path, i])]));
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, clear.has(pathKey([...path, key])) ? null : rebuild(value, [...path, key])]));
  };
  return rebuild(doc, []) as T;
}

/** Points the references at `to` instead; a list that then names `to` twice keeps it once. */
export function repointReferences<T>(doc: T, references: Reference[], to: string): T {
  let next = references.reduce((current, { path }) => setAt(current, path, to), doc);
  const lists = new Set(references.filter(({ path }) => typeof path[path.length - 1] === 'number').map(({ path }) => pathKey(path.slice(0, -1))));
  for (const list of lists) {
    const path = references.find((r) => pathKey(r.path.slice(0, -1)) === list)!.path.slice(0, -1);
    next = setAt(next, path, [...new Set(getAt(next, path) as string[])]);
  }
  return next;
}

/** Whether the schema accepts null at `path` of a document (claimantId: yes; a citation's sourceId: no). */
export function acceptsNull(schema: z.ZodType, path: Path): boolean {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    node = node && inner(node);
    if (node instanceof z.ZodObject) node = node.shape[key as string] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else return false;
  }
  return node !== undefined && node.safeParse(null).success;
}

/** What a wrapper (nullable, optional, a transform's input) holds: where an object or list is found. */
function inner(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return inner(schema.unwrap() as z.ZodType);
  // A transform's input, or what a preprocess step (a ZodTransform in front) hands on.
  if (schema instanceof z.ZodPipe) return inner((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType);
  return schema;
}
