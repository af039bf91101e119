// Three-way merge of a case document, for an editor whose save was refused because someone saved
// the case meanwhile: the changes both made since the version the editor started from (`base`),
// theirs (`theirs`, the case as it now is) and the editor's (`mine`), combined field by field.
// Rows of a list (claims, parties, citations…) are matched by id (related cases by their case,
// awards by their claim), so a claim added by one and an amount corrected by the other both
// survive. Where both changed the same field differently, the editor's value is kept (it is what
// they are looking at) and the conflict says what theirs was.

export type MergePath = (string | number)[];
export type MergeConflict = { path: MergePath; theirs: unknown; mine: unknown };
export type MergeResult<T> = { merged: T; conflicts: MergeConflict[] };

type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlainList = (value: unknown): value is unknown[] => Array.isArray(value) && value.every((item) => !isObject(item) && !Array.isArray(item));
const ROW_KEYS = ['id', 'caseId', 'claimId'] as const;

/** The field that names each row of these lists, if they are lists of rows that have one. */
function rowKeyOf(...lists: unknown[]): (typeof ROW_KEYS)[number] | null {
  if (!lists.every((list) => Array.isArray(list) && list.every(isObject))) return null;
  const rows = (lists as Row[][]).flat();
  return ROW_KEYS.find((key) => rows.every((row) => typeof row[key] === 'string')) ?? null;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

export function mergeDocuments<T>(base: T, theirs: T, mine: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = merge(base, theirs, mine, [], conflicts) as T;
  return { merged, conflicts };
}

function merge(base: unknown, theirs: unknown, mine: unknown, path: MergePath, conflicts: MergeConflict[]): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(theirs, mine)) return mine;
  if (isObject(base) && isObject(theirs) && isObject(mine)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      out[key] = merge(base[key], theirs[key], mine[key], [...path, key], conflicts);
    }
    return out;
  }
  const rowKey = rowKeyOf(base, theirs, mine);
  if (rowKey) return mergeRows(base as Row[], theirs as Row[], mine as Row[], rowKey, path, conflicts);
  if (isPlainList(base) && isPlainList(theirs) && isPlainList(mine)) return mergeSets(base, theirs, mine);
  conflicts.push({ path, theirs, mine });
  return mine;
}

/**
 * Rows matched by `key`, in their order, followed by the rows only the editor added. A row one
 * side deleted goes unless the other changed it; then it stays, as a conflict.
 */
function mergeRows(base: Row[], theirs: Row[], mine: Row[], key: string, path: MergePath, conflicts: MergeConflict[]): Row[] {
  const baseById = new Map(base.map((row) => [row[key], row]));
  const theirsById = new Map(theirs.map((row) => [row[key], row]));
  const mineById = new Map(mine.map((row) => [row[key], row]));
  const out: Row[] = [];
  for (const row of theirs) {
    const original = baseById.get(row[key]);
    const own = mineById.get(row[key]);
    if (own) out.push(merge(original, row, own, [...path, out.length], conflicts) as Row);
    else if (!original) out.push(row); // they added it
    else if (!same(row, original)) {
      conflicts.push({ path: [...path, out.length], theirs: row, mine: undefined }); // they changed what the editor deleted
      out.push(row);
    }
  }
  for (const own of mine) {
    if (theirsById.has(own[key])) continue;
    const original = baseById.get(own[key]);
    if (!original) out.push(own); // the editor added it
    else if (!same(own, original)) {
      conflicts.push({ path: [...path, out.length], theirs: undefined, mine: own }); // the editor changed what they deleted
      out.push(own);
    }
  }
  return out;
}

/** Lists of plain values (tags, aliases, claim ids) as sets: what either side added, less what either removed. */
function mergeSets(base: unknown[], theirs: unknown[], mine: unknown[]): unknown[] {
  const removedByMe = base.filter((value) => !mine.includes(value));
  const addedByMe = mine.filter((value) => !base.includes(value) && !theirs.includes(value));
  return [...theirs.filter((value) => !removedByMe.includes(value)), ...addedByMe];
}

/** One conflict in words, for the editor: whose value the merge kept and what the other one was. */
export function describeConflict({ theirs, mine }: MergeConflict): string {
  if (theirs === undefined) return 'Deleted meanwhile; your changed version is kept.';
  if (mine === undefined) return 'Changed meanwhile, and you deleted it; their version is kept.';
  if (typeof theirs === 'object' && theirs !== null) return 'Changed meanwhile as well; yours is kept.';
  return `Changed meanwhile to “${theirs === null || theirs === '' ? '(empty)' : String(theirs)}”; yours is kept.`;
}
