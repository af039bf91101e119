// The backup file (docs/backup.md): its envelope schema and the checks that run before anything
// touches the database — JSON that parses, no prototype keys, no giant strings, every case and
// every history snapshot valid against the canonical schema, no id used twice across the file,
// history only for the file's cases and no newer than them.
import { z } from 'zod';
import { CASE_SCHEMA_VERSION, caseDocumentSchema, partySchema, sha256Schema, sourceSchema, timestampSchema, type CaseDocument } from '../../case-document/schema';
import { ChangeAction } from '../../generated/prisma/enums';
import { fieldChangesSchema } from '../../history/describe-changes';
import { textSha256 } from '../sources/text-sha256';

export const BACKUP_FORMAT = 'covenant-backup';
/** No string in a backup comes near this; the longest text field holds 20,000 characters. */
export const BACKUP_STRING_MAX_LENGTH = 100_000;
export const BACKUP_MAX_DEPTH = 64;
/** How many problems a refusal lists. */
export const PROBLEMS_SHOWN = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Path = (string | number)[];
export type ImportProblem = { path: Path; message: string };

const id = z.uuid({ message: 'Must be a UUID.' });

export const backupTagSchema = z.object({ id, name: z.string().trim().min(1).max(100) });
/** A shared party; the fields schema version 2 added may be missing from a version-1 backup. */
export const backupPartySchema = partySchema.omit({ roles: true }).extend({
  originalNameCertainty: partySchema.shape.originalNameCertainty.default(null),
  legalRepresentative: partySchema.shape.legalRepresentative.default(null),
});
/** A shared source; a backup written before schema version 3 names no snapshot. */
export const backupSourceSchema = sourceSchema.extend({ snapshotSha256: sourceSchema.shape.snapshotSha256.default(null) });
/**
 * A source's text as it was read. The text is split into parts of at most BACKUP_STRING_MAX_LENGTH
 * characters, so the file's limit on one string holds for a long judgment too; joined, they must
 * hash to `sha256`.
 */
export const backupSnapshotSchema = z.object({
  sha256: sha256Schema,
  contentType: z.string().min(1).max(200),
  fileName: z.string().max(1000).nullable(),
  byteLength: z.number().int().min(0),
  createdAt: timestampSchema,
  createdBy: z.email().nullable(),
  textParts: z.array(z.string()).min(1),
});
export const backupHistorySchema = z.object({
  id,
  caseId: id,
  version: z.number().int().min(1),
  action: z.enum(ChangeAction),
  user: z.email().nullable(),
  at: timestampSchema,
  changes: fieldChangesSchema,
  /** What the history pages show as this version: held to the same schema as a case. */
  snapshot: caseDocumentSchema.nullable(),
});

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `Not a Covenant backup: "format" must be "${BACKUP_FORMAT}".` }),
  schemaVersion: z.number().superRefine((value, ctx) => {
    // Earlier versions are upgraded case by case (lib/case-document/upgrade.ts).
    if (Number.isInteger(value) && value >= 1 && value <= CASE_SCHEMA_VERSION) return;
    ctx.addIssue({
      code: 'custom',
      message:
        Number.isInteger(value) && value > CASE_SCHEMA_VERSION
          ? `This backup has schemaVersion ${value}, written by a newer Covenant; this one reads schemaVersion ${CASE_SCHEMA_VERSION}.`
          : `Only schemaVersions 1 to ${CASE_SCHEMA_VERSION} are understood.`,
    });
  }),
  exportedAt: timestampSchema,
  withHistory: z.boolean(),
  tags: z.array(backupTagSchema),
  /** Absent from backups written before schema version 3. */
  snapshots: z.array(backupSnapshotSchema).default([]),
  sources: z.array(backupSourceSchema),
  parties: z.array(backupPartySchema),
  /** Each case is checked on its own by caseDocumentSchema, so its problems carry their own paths. */
  cases: z.array(z.unknown()),
  history: z.array(backupHistorySchema),
});

export type BackupHistoryRow = z.output<typeof backupHistorySchema>;
export type BackupTag = z.output<typeof backupTagSchema>;
export type BackupSource = z.output<typeof backupSourceSchema>;
export type BackupSnapshot = z.output<typeof backupSnapshotSchema>;
export type BackupParty = z.output<typeof backupPartySchema>;
export type Backup = Omit<z.output<typeof backupEnvelopeSchema>, 'cases'> & { cases: CaseDocument[] };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: ImportProblem[] };

class Problems {
  readonly list: ImportProblem[] = [];
  add(path: Path, message: string) {
    this.list.push({ path, message });
  }
  get full() {
    return this.list.length >= PROBLEMS_SHOWN;
  }
}

function decode(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return null;
  }
}

/** Walks parsed JSON once: keys that could reach an object's prototype, oversized strings, depth. */
function checkTree(root: unknown, problems: Problems) {
  const stack: { value: unknown; path: Path; depth: number }[] = [{ value: root, path: [], depth: 0 }];
  while (stack.length > 0 && !problems.full) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > BACKUP_STRING_MAX_LENGTH) {
        problems.add(path, `A text of ${value.length.toLocaleString('en')} characters; at most ${BACKUP_STRING_MAX_LENGTH.toLocaleString('en')} are accepted.`);
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > BACKUP_MAX_DEPTH) {
      problems.add(path, `Nested deeper than ${BACKUP_MAX_DEPTH} levels.`);
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) problems.add([...path, key], `The key "${key}" is not allowed.`);
      if (key.length > 1000) problems.add(path, 'A key longer than 1,000 characters.');
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!FORBIDDEN_KEYS.has(key)) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key], depth: depth + 1 });
    }
  }
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
export { stableStringify };

/** The ids of everything inside one case that is stored in a table of its own, with their paths. */
export function factIds(doc: CaseDocument): { id: string; path: Path }[] {
  const out: { id: string; path: Path }[] = [];
  // Every row with an id inside the case (any depth, so a new kind of row is covered), except the
  // parties and sources themselves: several cases may name one.
  const visit = (node: unknown, path: Path) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, i]));
    if (typeof node !== 'object' || node === null) return;
    const shared = path.length === 2 && (path[0] === 'parties' || path[0] === 'sources');
    const { id } = node as { id?: unknown };
    if (path.length > 0 && !shared && typeof id === 'string') out.push({ id, path: [...path, 'id'] });
    for (const [key, value] of Object.entries(node)) if (key !== 'id') visit(value, [...path, key]);
  };
  visit(doc, []);
  return out;
}

/** Parses and checks a whole backup file. Never touches the database. */
export function parseBackup(input: string | Uint8Array): ParsedBackup {
  const problems = new Problems();
  const text = decode(input);
  if (text === null) return { ok: false, problems: [{ path: [], message: 'The file is not UTF-8 text.' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const truncated = /end of (JSON )?input|Unterminated/i.test((error as Error).message);
    return {
      ok: false,
      problems: [{ path: [], message: `${truncated ? 'The file is truncated' : 'The file is not JSON'}: ${(error as Error).message}` }],
    };
  }
  checkTree(raw, problems);
  if (problems.list.length > 0) return { ok: false, problems: problems.list.slice(0, PROBLEMS_SHOWN) };

  const envelope = backupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, problems: envelope.error.issues.slice(0, PROBLEMS_SHOWN).map((i) => ({ path: i.path as Path, message: i.message })) };
  }

  const cases: CaseDocument[] = [];
  envelope.data.cases.forEach((value, index) => {
    const parsed = caseDocumentSchema.safeParse(value);
    if (parsed.success) cases.push(parsed.data);
    else for (const issue of parsed.error.issues) if (!problems.full) problems.add(['cases', index, ...(issue.path as Path)], issue.message);
  });
  if (problems.list.length > 0) return { ok: false, problems: problems.list.slice(0, PROBLEMS_SHOWN) };

  checkAcrossFile({ ...envelope.data, cases }, problems);
  if (problems.list.length > 0) return { ok: false, problems: problems.list.slice(0, PROBLEMS_SHOWN) };
  return { ok: true, backup: { ...envelope.data, cases } };
}

/** Ids are unique across the whole file; a shared source or party is the same wherever it appears. */
function checkAcrossFile(backup: Backup, problems: Problems) {
  const once = (seen: Map<string, Path>, value: string, path: Path, what: string) => {
    const first = seen.get(value);
    if (first) problems.add(path, `Duplicate ${what} ${value} (first at ${formatPath(first)}).`);
    else seen.set(value, path);
  };
  const tagIds = new Map<string, Path>();
  const tagNames = new Map<string, Path>();
  backup.tags.forEach((t, i) => {
    once(tagIds, t.id, ['tags', i, 'id'], 'tag id');
    once(tagNames, t.name, ['tags', i, 'name'], 'tag');
  });

  // Shared rows: listed once at the top, and identical wherever a case carries them.
  const shared = (kind: 'source' | 'party', list: { id: string }[], key: 'sources' | 'parties') => {
    const seen = new Map<string, { json: string; path: Path }>();
    list.forEach((row, i) => {
      const first = seen.get(row.id);
      if (first) problems.add([key, i, 'id'], `Duplicate ${kind} id ${row.id} (first at ${formatPath(first.path)}).`);
      else seen.set(row.id, { json: stableStringify(row), path: [key, i] });
    });
    backup.cases.forEach((doc, c) => {
      const rows: { id: string }[] = key === 'sources' ? doc.sources : doc.parties.map((party) => backupPartySchema.parse(party));
      rows.forEach((row, i) => {
        const json = stableStringify(row);
        const first = seen.get(row.id);
        if (!first) seen.set(row.id, { json, path: ['cases', c, key, i] });
        else if (first.json !== json) {
          problems.add(['cases', c, key, i], `This ${kind} differs from the same ${kind} (id ${row.id}) at ${formatPath(first.path)}.`);
        }
      });
    });
  };
  shared('source', backup.sources, 'sources');

  // Snapshots: each once, its text the one its hash names, and every source's snapshot carried.
  const snapshots = new Map<string, Path>();
  backup.snapshots.forEach((snapshot, i) => {
    once(snapshots, snapshot.sha256, ['snapshots', i, 'sha256'], 'snapshot');
    if (textSha256(snapshot.textParts.join('')) !== snapshot.sha256) problems.add(['snapshots', i, 'textParts'], 'The text does not match its SHA-256: the file was changed or damaged.');
  });
  const carried = (sha256: string | null, path: Path) => {
    if (sha256 !== null && !snapshots.has(sha256)) problems.add(path, `Names the snapshot ${sha256}, which this file does not carry.`);
  };
  backup.sources.forEach((source, i) => carried(source.snapshotSha256, ['sources', i, 'snapshotSha256']));
  backup.cases.forEach((doc, c) => doc.sources.forEach((source, i) => carried(source.snapshotSha256, ['cases', c, 'sources', i, 'snapshotSha256'])));
  shared('party', backup.parties, 'parties');

  const caseIds = new Map<string, Path>();
  const ids = new Map<string, Path>();
  backup.cases.forEach((doc, c) => {
    once(caseIds, doc.id, ['cases', c, 'id'], 'case id');
    for (const fact of factIds(doc)) once(ids, fact.id, ['cases', c, ...fact.path], 'id');
  });

  // History belongs to a case of the file and goes no further than the file's version of it.
  const versions = new Map(backup.cases.map((doc) => [doc.id, doc.version]));
  const historyIds = new Map<string, Path>();
  const historyVersions = new Map<string, Path>();
  backup.history.forEach((row, i) => {
    once(historyIds, row.id, ['history', i, 'id'], 'history id');
    once(historyVersions, `${row.caseId} v${row.version}`, ['history', i, 'version'], 'history entry for');
    const caseVersion = versions.get(row.caseId);
    if (caseVersion === undefined) problems.add(['history', i, 'caseId'], 'History of a case that is not in this file.');
    else if (row.version > caseVersion) problems.add(['history', i, 'version'], `Version ${row.version} is newer than the case in this file (version ${caseVersion}).`);
    if (row.snapshot && row.snapshot.id !== row.caseId) problems.add(['history', i, 'snapshot', 'id'], `The snapshot is of another case than ${row.caseId}.`);
    if (row.snapshot && row.snapshot.version !== row.version) problems.add(['history', i, 'snapshot', 'version'], `The snapshot is of version ${row.snapshot.version}, not ${row.version}.`);
  });
}

/** A text in parts the backup's string limit accepts (joined, the same text). */
export function textParts(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += BACKUP_STRING_MAX_LENGTH) parts.push(text.slice(at, at + BACKUP_STRING_MAX_LENGTH));
  return parts.length > 0 ? parts : [''];
}

/** ["cases", 3, "claims", 0, "amount", "currency"] → "cases[3].claims[0].amount.currency". */
export function formatPath(path: Path): string {
  if (path.length === 0) return '(file)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
