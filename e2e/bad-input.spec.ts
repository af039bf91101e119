// Bad input never breaks anything: every server action in lib/actions, replayed over HTTP
// against the production build the way the browser calls it, gets hundreds of generated bad
// inputs (fast-check, fixed seed) from a caller whose role allows it. Each must be refused with
// a clear code — never a 500, never 'INTERNAL' — and must leave the database exactly as it was
// (every table compared, row counts and contents, before and after each input). A few valid
// calls prove the replay path really writes. Actions are discovered from the file system, so an
// action added without a generator here fails this suite.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx playwright test e2e/bad-input.spec.ts
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import type { APIRequestContext, APIResponse, Request } from '@playwright/test';
import { discoverActions, ROOT, walk } from '../lib/testing/server-actions';
import { expect, makeAccount, PASSWORD, signInViaApi, test, type Account, type Role } from './fixtures/accounts';
import lenovoJson from '../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Math.max(200, Number(process.env.FUZZ_RUNS ?? 200));
const MB = 1024 * 1024;
const LENOVO_ID = lenovoJson.id;
const REFUSALS = ['INVALID_REQUEST', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'TOO_MANY_REQUESTS'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const discoveredActions = discoverActions();

/** Every page of the app, with concrete segments: [id] → the Lenovo case, [version] → 1. */
const pages = walk(path.join(ROOT, 'app'))
  .filter((f) => /[/\\]page\.(tsx|ts|jsx|js|mdx)$/.test(f))
  .map((file) =>
    '/' +
    path
      .relative(path.join(ROOT, 'app'), path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@'))
      .map((s) => (/^\[\[?\.\.\./.test(s) ? 'x' : /^\[version\]$/.test(s) ? '1' : /^\[.+\]$/.test(s) ? LENOVO_ID : s))
      .join('/'),
  )
  .filter((url) => url !== '/signin');

// ---------------------------------------------------------------------------------------------
// Calling actions the way the browser does
// ---------------------------------------------------------------------------------------------

/** Values React's reply encoding writes as tagged strings; they cannot be written as plain JSON. */
class Special {
  constructor(
    readonly label: string,
    readonly encoded: string,
  ) {}
}
const SPECIALS = [
  new Special('undefined', '$undefined'),
  new Special('NaN', '$NaN'),
  new Special('Infinity', '$Infinity'),
  new Special('-Infinity', '$-Infinity'),
  new Special('BigInt', '$n123456789012345678901234567890'),
  new Special('Date', '$D2020-06-15T00:00:00.000Z'),
];

/** React's encodeReply for plain data: strings starting with '$' are escaped, specials tagged. */
function encodeValue(value: unknown): unknown {
  if (value instanceof Special) return value.encoded;
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: encodeValue((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
const encodeArgs = (args: unknown[]) => JSON.stringify(encodeValue(args));

type Home = { id: string; page: string };
type Reply = { status: number; result: unknown; error?: string };

/**
 * The rows of a React Flight reply: `id:json\n`, except text rows `id:T<hex byte length>,<text>`,
 * which carry no newline (long strings echoed back arrive that way).
 */
function parseFlightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString('utf8');
    const text = /^T([0-9a-f]+),/.exec(body.subarray(colon + 1, colon + 20).toString('latin1'));
    if (text) {
      const start = colon + 2 + text[1]!.length + 1;
      const end = start + parseInt(text[1]!, 16);
      if (!rows.has(id)) rows.set(id, JSON.stringify(body.subarray(start, end).toString('utf8')));
      at = end;
      continue;
    }
    const newline = body.indexOf(0x0a, colon);
    const end = newline < 0 ? body.length : newline;
    if (!rows.has(id)) rows.set(id, body.subarray(colon + 1, end).toString('utf8'));
    at = end + 1;
  }
  return rows;
}

async function readReply(response: APIResponse): Promise<Reply> {
  const status = response.status();
  const type = response.headers()['content-type'] ?? '';
  const body = await response.body();
  const text = body.toString('utf8');
  if (!type.includes('text/x-component')) return { status, result: undefined, error: `${type}: ${text.slice(0, 200)}` };
  const rows = parseFlightRows(body);
  const ref = /^\$@(\w+)$/.exec((JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null)?.a ?? '')?.[1];
  const row = ref ? rows.get(ref) : undefined;
  if (row === undefined) return { status, result: undefined, error: `no action result in the reply: ${text.slice(0, 200)}` };
  if (row.startsWith('E')) return { status, result: undefined, error: `the action threw: ${row.slice(0, 200)}` };
  return { status, result: JSON.parse(row) };
}

/** A call with plain arguments: `Next-Action`, text/plain, the arguments as a JSON array. */
async function callWithArgs(request: APIRequestContext, home: Home, args: unknown[]): Promise<Reply> {
  return readReply(
    await request.post(home.page, {
      headers: { 'Next-Action': home.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
      data: encodeArgs(args),
      maxRedirects: 0,
    }),
  );
}

/** A form action's call (previousState, formData), as in e2e/authorization.spec.ts. */
async function callWithForm(request: APIRequestContext, home: Home, fields: [string, string][]): Promise<Reply> {
  const form = new FormData();
  for (const [key, value] of fields) form.append(`_1_${key}`, value);
  form.append('0', JSON.stringify([{}, '$K1']));
  return readReply(await request.post(home.page, { headers: { 'Next-Action': home.id, Accept: 'text/x-component' }, multipart: form, maxRedirects: 0 }));
}

// ---------------------------------------------------------------------------------------------
// The database, read directly: every table's row count and a digest of its contents
// ---------------------------------------------------------------------------------------------

let db: pg.Client;
let tables: string[] = [];
type Snapshot = { counts: Record<string, number>; digests: Record<string, string>; versions: Record<string, number | null> };

/** Rows a refusal writes on purpose: the lock-out that five wrong current passwords cause is logged. */
const COUNTED_ON_PURPOSE: Record<string, string> = { AuditEvent: `WHERE x.action <> 'SIGN_IN_LOCKED'` };

async function snapshot(caseIds: string[]): Promise<Snapshot> {
  const columns = tables.map((t, i) => `(SELECT count(*)::int FROM "${t}" x ${COUNTED_ON_PURPOSE[t] ?? ''}) AS c${i}, (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${t}" x ${COUNTED_ON_PURPOSE[t] ?? ''}) AS d${i}`);
  const { rows } = await db.query(`SELECT ${columns.join(', ')}`);
  const versions = await db.query<{ caseId: string; max: number }>('SELECT "caseId", max(version) AS max FROM "CaseChange" WHERE "caseId" = ANY($1::uuid[]) GROUP BY "caseId"', [caseIds]);
  const byCase = new Map(versions.rows.map((r) => [r.caseId, r.max]));
  return {
    counts: Object.fromEntries(tables.map((t, i) => [t, rows[0][`c${i}`] as number])),
    digests: Object.fromEntries(tables.map((t, i) => [t, rows[0][`d${i}`] as string])),
    versions: Object.fromEntries(caseIds.map((id) => [id, byCase.get(id) ?? null])),
  };
}

/** What differs between two snapshots, in words; empty when nothing does. */
function differences(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const t of tables) {
    if (before.counts[t] !== after.counts[t]) out.push(`${t}: ${before.counts[t]} → ${after.counts[t]} rows`);
    else if (before.digests[t] !== after.digests[t]) out.push(`${t}: contents changed`);
  }
  for (const id of Object.keys(before.versions)) if (before.versions[id] !== after.versions[id]) out.push(`case ${id}: last version ${before.versions[id]} → ${after.versions[id]}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Documents: the valid Lenovo case with fresh ids, and the places where it can be broken
// ---------------------------------------------------------------------------------------------

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const LENOVO_TEXT = JSON.stringify(lenovoJson);
const SHARED_BY_DESIGN = new Set([...lenovoJson.parties.map((p) => p.id), ...lenovoJson.sources.map((s) => s.id)]);

/** The Lenovo case with every id replaced, consistently; `seedIds` maps the new ids back. */
function freshLenovo(title = `Fuzz ${randomUUID().slice(0, 8)}: Lenovo Group v. Chang Cheng`): { doc: Doc; seedIds: Map<string, string> } {
  const fresh = new Map<string, string>();
  const doc = JSON.parse(LENOVO_TEXT.replace(UUID, (id) => fresh.get(id) ?? (fresh.set(id, randomUUID()), fresh.get(id)!))) as Doc;
  doc.title = title;
  doc.notes = [];
  return { doc, seedIds: new Map([...fresh].map(([seed, id]) => [id, seed])) };
}

type PathT = (string | number)[];
const getAt = (root: Json, p: PathT): Json => p.reduce<Json>((node, key) => (node as Record<string, Json>)[key as string] as Json, root);
function setAt(root: Json, p: PathT, value: unknown) {
  const parent = getAt(root, p.slice(0, -1)) as Record<string, unknown>;
  Object.defineProperty(parent, p[p.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}
function deleteAt(root: Json, p: PathT) {
  const parent = getAt(root, p.slice(0, -1)) as Record<string, unknown> | unknown[];
  if (Array.isArray(parent)) parent.splice(p[p.length - 1] as number, 1);
  else delete parent[p[p.length - 1] as string];
}

/** Every path in a document, with the value found there. */
function allPaths(node: Json, prefix: PathT = []): { path: PathT; value: Json }[] {
  const here = prefix.length ? [{ path: prefix, value: node }] : [];
  if (Array.isArray(node)) return [...here, ...node.flatMap((child, i) => allPaths(child, [...prefix, i]))];
  if (node && typeof node === 'object') return [...here, ...Object.entries(node).flatMap(([k, child]) => allPaths(child, [...prefix, k]))];
  return here;
}

const TEMPLATE = freshLenovo().doc;
const TEMPLATE_PATHS = allPaths(TEMPLATE);
const last = (p: PathT) => p[p.length - 1];
const pathsWhere = (test: (key: string | number, value: Json, p: PathT) => boolean) => TEMPLATE_PATHS.filter(({ path: p, value }) => test(last(p)!, value, p)).map((x) => x.path);

const ENUM_PATHS = pathsWhere((k, v) => ['status', 'kind', 'role', 'stage', 'certainty', 'finding', 'treatment', 'qualifier'].includes(k as string) && typeof v === 'string');
const DATE_PATHS = pathsWhere((k) => ['occurred', 'filed', 'decided', 'signed', 'produced', 'published'].includes(k as string));
const MONEY_PATHS = pathsWhere((_, v) => !!v && typeof v === 'object' && !Array.isArray(v) && 'qualifier' in v && 'currency' in v);
const ID_PATHS = pathsWhere((k, v, p) => k === 'id' && typeof v === 'string' && p.length > 1);
const PARTY_REF_PATHS = pathsWhere((k, v, p) => ['partyId', 'producedByPartyId', 'postedById', 'endsAssertedById'].includes(k as string) || (['claimantIds', 'respondentIds'].includes(String(p[p.length - 2])) && typeof v === 'string'));
const OTHER_REF_PATHS = pathsWhere((k, v, p) => (k === 'proceedingId' || k === 'sourceId' || (p[p.length - 2] === 'claimIds' && typeof v === 'string') || (k === 'claimId' && p.includes('awards'))) && v !== null);
const CITATION_LIST_PATHS = pathsWhere((k) => k === 'citations');
const OBJECT_PATHS = [[], ...pathsWhere((_, v) => !!v && typeof v === 'object' && !Array.isArray(v))] as PathT[];
const KEYED_PATHS = TEMPLATE_PATHS.filter(({ path: p }) => typeof last(p) === 'string').map((x) => x.path);
const LEAF_OR_NODE_PATHS = TEMPLATE_PATHS.map((x) => x.path);
const FREE_TEXT_KEYS = ['title', 'summary', 'description', 'name', 'originalName', 'excerpt', 'locator', 'attribution', 'certaintyNote', 'amountNote', 'paymentNote', 'caseNumber', 'level', 'publisher', 'geographicScope', 'restrictedActivities', 'nonSolicitationScope', 'liquidatedDamagesClause', 'finding', 'body', 'note', 'producedBy'];
/** Free text, where anything short is valid: hostile text rides along there. */
const FREE_TEXT_PATHS = pathsWhere((k, v) => FREE_TEXT_KEYS.includes(k as string) && typeof v === 'string' && !/^[A-Z_]+$/.test(v));
const TEXT_PATHS = pathsWhere((k, v) => typeof v === 'string' && !['id', 'sourceId', 'partyId', 'proceedingId', 'producedByPartyId', 'postedById', 'endsAssertedById', 'claimId', 'caseId'].includes(k as string) && typeof k === 'string');
const REQUIRED_TEXT_PATHS: PathT[] = [['title'], ['parties', 0, 'name'], ['claims', 0, 'title'], ['sources', 0, 'title'], ['events', 0, 'description'], ['evidence', 0, 'description']];
if (!(ENUM_PATHS.length * DATE_PATHS.length * MONEY_PATHS.length * PARTY_REF_PATHS.length * OTHER_REF_PATHS.length * CITATION_LIST_PATHS.length)) throw new Error('The Lenovo case no longer has the shape these generators expect.');

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const ALL_ENUM_VALUES = new Set(ENUM_PATHS.map((p) => getAt(TEMPLATE, p) as string));

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  '<svg/onload=alert(1)>',
  "'; DROP TABLE \"Case\"; --",
  "1' OR '1'='1",
  'Robert"); DELETE FROM "User"; --',
  'SELECT * FROM "User" WHERE 1=1',
  '%_%\\',
  '{{7*7}} ${7*7} #{7*7}',
  '../../etc/passwd',
  '\u202Eevil\u202C',
  '😀👍🏽 汉字 ﷽',
  '$$ $@1 $K1 $undefined',
];
const hostileText = fc.constantFrom(...HOSTILE_TEXT);

const badEnum = fc.oneof(
  fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'UNKNOWN_VALUE', 'confirmed', 'Confirmed', ' CONFIRMED', 'OPEN ', '', 'null', 'RMB'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !ALL_ENUM_VALUES.has(s) && !/^[A-Z_]+$/.test(s)),
  fc.constantFrom(...[...ALL_ENUM_VALUES].map((v) => v.toLowerCase())),
  hostileText,
);

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[1-9][0-9]{${min - 1},${max - 1}}$`));
const badAmount: fc.Arbitrary<unknown> = fc.oneof(
  digits(1, 12).map((d) => `-${d}`),
  fc.constantFrom('-0', '-0.01', '- 5', '−5'),
  fc.tuple(digits(1, 6), digits(5, 9)).map(([i, f]) => `${i}.${f}`), // too many decimals
  fc.tuple(digits(1, 3), fc.integer({ min: -400, max: 400 }), fc.constantFrom('e', 'E', 'e+')).map(([d, n, e]) => `${d}${e}${n}`),
  digits(21, 60), // too large
  fc.constantFrom('1e308', 'Infinity', 'NaN', '0x1F', '½', '5,00,000', '1.000,50', '$5', '5 USD', '５０００', '١٢٣', '', '.', ',', '5.', '.5.5'),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant([]), fc.constant({})), // not a string
  hostileText,
);
const badCurrency = fc.oneof<fc.Arbitrary<unknown>[]>(
  fc.constantFrom('RMB', 'XYZ', 'YUAN', 'US$', 'EURO', 'NTD', '¥', '元', 'CN', 'CNYY', 'C N Y', '', '   ', 'ABC', 'QQQ'),
  fc.stringMatching(/^[A-Z]{3}$/).filter((c) => !KNOWN_CURRENCIES.has(c)),
  fc.string({ minLength: 4, maxLength: 8 }).filter((c) => !KNOWN_CURRENCIES.has(c.trim().toUpperCase())),
  fc.oneof(fc.integer(), fc.constant(['CNY']), fc.constant({ code: 'CNY' })),
).filter((c) => typeof c !== 'string' || !KNOWN_CURRENCIES.has(c.trim().toUpperCase()));
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const impossibleDate = fc
  .tuple(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }))
  .filter(([y, m, d]) => d > (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : DAYS[m - 1]!))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`);
const badDate: fc.Arbitrary<unknown> = fc.oneof(
  impossibleDate,
  fc.constantFrom('2020-02-30', '2021-02-29', '1900-02-29', '2020-04-31', '2020-13-01', '2020-00-10', '2020-06-00', '2020-06-32', '1799', '2201', '0000', '99999', '-2020'),
  fc.constantFrom('20-06-15', '2020/06/15', '15.06.2020', 'June 2020', 'after June', '2020-6-5', '2020-06-15T00:00:00Z', 'yesterday', '2020-W24', '2020–06'),
  fc.oneof(fc.integer({ min: 1800, max: 2200 }), fc.constant({ year: 2020 }), fc.constant(['2020'])),
  hostileText,
);
const hugeString = fc.tuple(fc.constantFrom('x', '漢', '<b>', "'--", 'é'), fc.integer({ min: 0, max: 64 })).map(([unit, extra]) => unit.repeat(Math.ceil(MB / unit.length) + extra));
const unknownUuid = fc.uuid({ version: 4 });
const wrongTypeFor = (value: Json): fc.Arbitrary<unknown> => {
  const options: fc.Arbitrary<unknown>[] = [];
  const t = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (t !== 'string' && t !== 'null') options.push(fc.string({ maxLength: 20 }), hostileText);
  if (t !== 'number' && t !== 'null') options.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (t !== 'boolean') options.push(fc.boolean());
  if (t !== 'array') options.push(fc.constant([]), fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }));
  if (t !== 'object') options.push(fc.constant({}), fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
  return fc.oneof(...options);
};
const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype', '__defineGetter__');

// ---------------------------------------------------------------------------------------------
// saveCaseAction: the valid Lenovo case, broken in one place at a time
// ---------------------------------------------------------------------------------------------

type Ctx = { target: { id: string; version: number; doc: Doc }; lenovoTitle: string };
/** One bad input: what it is, how to build it (ids are fresh per input) and what may refuse it. */
type SaveCase = { label: string; build: (ctx: Ctx) => { args: unknown[] }; codes?: string[] };
const mutation = (label: string, change: (doc: Doc, seedIds: Map<string, string>, ctx: Ctx) => void, codes?: string[]) => ({ label, change, codes });
type Mutation = ReturnType<typeof mutation>;
const pick = <T>(list: T[]) => fc.constantFrom(...list);

const mutations: fc.Arbitrary<Mutation>[] = [
  fc.tuple(pick(ENUM_PATHS), badEnum).map(([p, v]) => mutation(`unknown enum value at ${p.join('.')}: ${JSON.stringify(v).slice(0, 40)}`, (d) => setAt(d, p, v))),
  fc.tuple(pick(MONEY_PATHS), fc.constantFrom('EXACT', 'MORE_THAN', 'AT_LEAST', 'AT_MOST', 'APPROXIMATELY'), badAmount).map(([p, q, v]) =>
    mutation(`bad amount at ${p.join('.')}: ${JSON.stringify(v).slice(0, 40)}`, (d) => setAt(d, p, { qualifier: q, value: v, currency: 'CNY' })),
  ),
  fc.tuple(pick(MONEY_PATHS), badCurrency).map(([p, c]) => mutation(`bad currency at ${p.join('.')}: ${JSON.stringify(c)}`, (d) => setAt(d, p, { qualifier: 'EXACT', value: '5000000', currency: c }))),
  fc.tuple(pick(MONEY_PATHS), fc.constantFrom('UNKNOWN', 'NOT_MONETARY')).map(([p, q]) => mutation(`amountless ${q} with a value at ${p.join('.')}`, (d) => setAt(d, p, { qualifier: q, value: '5', currency: 'CNY' }))),
  fc.tuple(pick(DATE_PATHS), badDate).map(([p, v]) => mutation(`impossible date at ${p.join('.')}: ${JSON.stringify(v)}`, (d) => setAt(d, p, v))),
  fc.tuple(pick(PARTY_REF_PATHS), fc.oneof(unknownUuid, fc.constantFrom('source', 'proceeding', 'claim'))).map(([p, v]) =>
    mutation(`${String(last(p))} is not a party of the case (${v})`, (d) => setAt(d, p, v === 'source' ? d.sources[0].id : v === 'proceeding' ? d.proceedings[0].id : v === 'claim' ? d.claims[0].id : v)),
  ),
  fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('claimantIds', 'respondentIds')).map(([i, key]) =>
    mutation(`claims.${i}.${key} names a party of another case`, (d) => d.claims[i][key].push(lenovoJson.parties[2]!.id)),
  ),
  fc.tuple(pick(OTHER_REF_PATHS), unknownUuid).map(([p, v]) => mutation(`reference to something not in the case at ${p.join('.')}`, (d) => setAt(d, p, v))),
  fc.tuple(pick(CITATION_LIST_PATHS), fc.oneof(unknownUuid, fc.constant(lenovoJson.sources[0]!.id))).map(([p, source]) =>
    mutation(`citation to an unknown source at ${p.join('.')}`, (d) => (getAt(d, p) as Json[]).push({ id: randomUUID(), sourceId: source, excerpt: 'x', locator: null, attribution: null })),
  ),
  fc.tuple(pick(ID_PATHS), pick(ID_PATHS)).filter(([a, b]) => a.join('.') !== b.join('.')).map(([a, b]) => mutation(`duplicate id: ${b.join('.')} = ${a.join('.')}`, (d) => setAt(d, b, getAt(d, a)))),
  fc.constantFrom(
    mutation('a tag listed twice', (d) => d.tags.push(d.tags[0])),
    mutation('a party with the same role twice', (d) => d.parties[0].roles.push({ ...structuredClone(d.parties[0].roles[0]), id: randomUUID(), citations: [] })),
    mutation('evidence listing a claim twice', (d) => d.evidence[0].claimIds.push(d.claims[0].id, d.claims[0].id)),
    mutation('501 tags', (d) => (d.tags = Array.from({ length: 501 }, (_, i) => `tag ${i}`))),
    mutation('schemaVersion 4', (d) => (d.schemaVersion = 4)),
    mutation('no parties role', (d) => (d.parties[0].roles = [])),
    mutation('country XX', (d) => (d.jurisdiction = { country: 'XX', subdivision: null })),
    mutation('country CHN', (d) => (d.jurisdiction = { country: 'CHN', subdivision: null })),
    mutation('subdivision of another country', (d) => (d.jurisdiction = { country: 'CN', subdivision: 'US-CA' })),
    mutation('unknown subdivision', (d) => (d.jurisdiction = { country: 'CN', subdivision: 'CN-XX' })),
    mutation('javascript: URL', (d) => (d.sources[0].url = 'javascript:alert(1)')),
    mutation('ftp URL', (d) => (d.sources[0].url = 'ftp://example.com/report')),
    mutation('language tag "english language"', (d) => (d.sources[0].language = 'english language')),
    mutation('title of 501 characters', (d) => (d.title = 'T'.repeat(501))),
    mutation('summary of 20,001 characters', (d) => (d.summary = 's'.repeat(20_001))),
    mutation('note written by a non-email', (d) => d.notes.push({ id: randomUUID(), body: 'x', author: '<script>', createdAt: new Date().toISOString() })),
    mutation('note with a bad timestamp', (d) => d.notes.push({ id: randomUUID(), body: 'x', author: null, createdAt: 'yesterday' })),
    mutation('negative duration', (d) => (d.covenants[0].durationMonths = -12)),
    mutation('fractional duration', (d) => (d.covenants[0].durationMonths = 1.5)),
    mutation('related to itself', (d) => d.relatedCases.push({ caseId: d.id, kind: 'RELATED', note: null }), ['INVALID_REQUEST']),
    mutation('related to the same case twice', (d) => d.relatedCases.push({ caseId: LENOVO_ID, kind: 'RELATED', note: null }, { caseId: LENOVO_ID, kind: 'PARALLEL', note: null })),
    mutation('related to a case that does not exist', (d) => d.relatedCases.push({ caseId: randomUUID(), kind: 'APPEAL_OF', note: null }), ['INVALID_REQUEST']),
  ),
  fc.tuple(pick(REQUIRED_TEXT_PATHS), fc.constantFrom('', '   ', '\n\t')).map(([p, v]) => mutation(`empty ${p.join('.')}`, (d) => setAt(d, p, v))),
  fc.tuple(pick(TEXT_PATHS), hugeString).map(([p, v]) => mutation(`1 MB string at ${p.join('.')} (${v.slice(0, 3)}…)`, (d) => setAt(d, p, v))),
  fc.tuple(pick(TEXT_PATHS), fc.constantFrom('\u0000', 'a\u0000b', '\u0000<script>')).map(([p, v]) => mutation(`NUL character at ${p.join('.')}`, (d) => setAt(d, p, `${String(getAt(d, p)).slice(0, 10)}${v}`))),
  fc.tuple(pick(KEYED_PATHS)).map(([p]) => mutation(`missing field ${p.join('.')}`, (d) => deleteAt(d, p))),
  pick(LEAF_OR_NODE_PATHS).chain((p) => wrongTypeFor(getAt(TEMPLATE, p)).map((v) => mutation(`wrong type at ${p.join('.')}: ${JSON.stringify(v)?.slice(0, 40)}`, (d) => setAt(d, p, v)))),
  fc.tuple(pick(LEAF_OR_NODE_PATHS.filter((p) => getAt(TEMPLATE, p) !== null)), pick(SPECIALS)).map(([p, s]) => mutation(`${s.label} at ${p.join('.')}`, (d) => setAt(d, p, s))),
  fc.tuple(pick(['parties', 'claims', 'evidence', 'events', 'sources', 'proceedings', 'outcomes', 'covenants'])).map(([key]) => mutation(`an object where the ${key} array belongs`, (d) => (d[key] = { ...d[key] }))),
  fc.tuple(pick(ID_PATHS.filter((p) => !SHARED_BY_DESIGN.has(getAt(lenovoJson as unknown as Json, p) as string)))).map(([p]) =>
    mutation(`${p.slice(0, -1).join('.')} reuses the id of a row of another case`, (d, seedIds) => {
      const fresh = getAt(d, p) as string;
      const seed = seedIds.get(fresh)!;
      const text = JSON.stringify(d).replaceAll(fresh, seed);
      Object.assign(d, JSON.parse(text));
    }, ['CONFLICT', 'INVALID_REQUEST']),
  ),
];

/** Harmless in themselves (stored as text, ignored keys): they ride along with a real mutation. */
const noise = fc.oneof(
  fc.constant(null),
  fc.tuple(pick(FREE_TEXT_PATHS), hostileText).map(([p, v]) => ({ kind: 'text' as const, p, v })),
  fc.tuple(pick(OBJECT_PATHS), protoKey).map(([p, k]) => ({ kind: 'key' as const, p, k })),
);

function applyNoise(doc: Doc, n: { kind: 'text'; p: PathT; v: string } | { kind: 'key'; p: PathT; k: string } | null) {
  if (!n) return;
  if (n.kind === 'text') setAt(doc, n.p, n.v);
  else {
    setAt(doc, [...n.p, n.k], { polluted: true, toString: 'x' });
  }
}

const saveCases: fc.Arbitrary<SaveCase> = fc.oneof(
  // Most inputs: a new case, broken in one place.
  { weight: 14, arbitrary: fc.tuple(fc.oneof(...mutations), noise).map(([m, n]): SaveCase => ({
    label: `new case: ${m.label}`,
    codes: m.codes,
    build: (ctx) => {
      const { doc, seedIds } = freshLenovo();
      applyNoise(doc, n);
      m.change(doc, seedIds, ctx);
      return { args: [{ doc, baseVersion: null }] };
    },
  })) },
  // An edit of an existing case, broken in one place: refused before the version check or by it.
  { weight: 4, arbitrary: fc.tuple(fc.oneof(...mutations), noise).map(([m, n]): SaveCase => ({
    label: `edit: ${m.label}`,
    codes: m.codes && [...m.codes, 'CONFLICT'],
    build: (ctx) => {
      const doc = structuredClone(ctx.target.doc);
      const seedIds = new Map<string, string>();
      applyNoise(doc, n);
      m.change(doc, seedIds, ctx);
      return { args: [{ doc, baseVersion: ctx.target.version }] };
    },
  })) },
  // Valid documents refused by the database checks: stale or unknown versions and cases.
  { weight: 3, arbitrary: fc.tuple(fc.oneof(fc.integer({ min: 1, max: 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 })), noise).map(([delta, n]): SaveCase => ({
    label: `stale baseVersion (current ± ${delta})`,
    codes: ['CONFLICT'],
    build: (ctx) => {
      const doc = structuredClone(ctx.target.doc);
      applyNoise(doc, n);
      doc.title = `${doc.title} (lost update)`;
      const stale = ctx.target.version - delta >= 1 ? ctx.target.version - delta : ctx.target.version + delta;
      return { args: [{ doc, baseVersion: stale }] };
    },
  })) },
  { weight: 1, arbitrary: fc.constantFrom<SaveCase>(
    { label: 'a new case with the id of an existing case', codes: ['CONFLICT'], build: (ctx) => ({ args: [{ doc: { ...structuredClone(ctx.target.doc), title: 'Duplicate' }, baseVersion: null }] }) },
    { label: 'a new case with the id of the Lenovo case', codes: ['CONFLICT'], build: () => ({ args: [{ doc: { ...freshLenovo().doc, id: LENOVO_ID }, baseVersion: null }] }) },
    { label: 'an edit of a case that does not exist', codes: ['NOT_FOUND'], build: () => ({ args: [{ doc: freshLenovo().doc, baseVersion: 1 }] }) },
    { label: 'an edit of the Lenovo case at a version it never had', codes: ['CONFLICT'], build: () => ({ args: [{ doc: { ...freshLenovo().doc, id: LENOVO_ID }, baseVersion: 99 }] }) },
  ) },
  // The envelope itself.
  { weight: 3, arbitrary: fc.oneof(
    fc.tuple(fc.oneof(fc.constant(0), fc.constant(-1), fc.constant(1.5), fc.constant('1'), fc.constant(true), fc.constant([1]), fc.constant({}), fc.integer({ max: 0 }), fc.double({ noInteger: true, noNaN: true }), pick(SPECIALS))).map(([v]): SaveCase => ({
      label: `baseVersion ${v instanceof Special ? v.label : JSON.stringify(v)}`,
      codes: ['INVALID_REQUEST'],
      build: (ctx) => ({ args: [{ doc: structuredClone(ctx.target.doc), baseVersion: v }] }),
    })),
    fc.tuple(wrongTypeFor({})).map(([input]): SaveCase => ({ label: `input ${JSON.stringify(input)?.slice(0, 40)}`, codes: ['INVALID_REQUEST'], build: () => ({ args: [input] }) })),
    fc.tuple(wrongTypeFor({})).map(([doc]): SaveCase => ({ label: `doc ${JSON.stringify(doc)?.slice(0, 40)}`, codes: ['INVALID_REQUEST'], build: () => ({ args: [{ doc, baseVersion: null }] }) })),
    fc.constantFrom<SaveCase>(
      { label: 'no arguments', codes: ['INVALID_REQUEST'], build: () => ({ args: [] }) },
      { label: 'no doc', codes: ['INVALID_REQUEST'], build: () => ({ args: [{ baseVersion: null }] }) },
      { label: 'no baseVersion', codes: ['INVALID_REQUEST'], build: () => ({ args: [{ doc: freshLenovo().doc }] }) },
      { label: 'the document itself, not wrapped', codes: ['INVALID_REQUEST'], build: () => ({ args: [freshLenovo().doc] }) },
      { label: 'an array of documents', codes: ['INVALID_REQUEST'], build: () => ({ args: [[{ doc: freshLenovo().doc, baseVersion: null }]] }) },
      { label: '__proto__ as the input', codes: ['INVALID_REQUEST'], build: () => ({ args: [JSON.parse('{"__proto__":{"doc":{},"baseVersion":null}}')] }) },
      { label: 'a 1 MB doc string', codes: ['INVALID_REQUEST'], build: () => ({ args: [{ doc: 'x'.repeat(MB), baseVersion: null }] }) },
    ),
  ) },
);

// ---------------------------------------------------------------------------------------------
// Form actions: fields as strings, or something that is not a form at all
// ---------------------------------------------------------------------------------------------

type FormCase = { label: string; fields?: [string, string][]; args?: unknown[] };
const notUuid = fc.oneof(
  fc.string({ maxLength: 40 }),
  hostileText,
  fc.constantFrom('', ' ', 'null', 'undefined', '0', '-1', '00000000-0000-0000-0000-000000000000x', `${LENOVO_ID} `, ` ${LENOVO_ID}`, LENOVO_ID.replaceAll('-', ''), `${LENOVO_ID}' OR '1'='1`, '{"caseId":1}', '$undefined'),
  hugeString,
);
const strangers = fc.oneof(fc.constant('__proto__'), fc.constant('constructor'), fc.constant('$ACTION_ID_0'), fc.string({ maxLength: 10 }));
const extraFields = fc.array(fc.tuple(strangers, fc.oneof(fc.string({ maxLength: 20 }), hostileText)), { maxLength: 3 });
const notAForm = fc.oneof(fc.jsonValue({ maxDepth: 2 }), pick(SPECIALS)).map((value): FormCase => ({ label: `not a form: ${value instanceof Special ? value.label : JSON.stringify(value)?.slice(0, 40)}`, args: [{}, value] }));
const noArgs = fc.constantFrom<FormCase>({ label: 'no arguments', args: [] }, { label: 'only a previous state', args: [{}] }, { label: 'a state that is not one', args: ['x', null] });

/** Form inputs built from generated field values; `valid` must be false for each one. */
function formCases(fieldSets: fc.Arbitrary<{ label: string; fields: [string, string][] }>): fc.Arbitrary<FormCase> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fieldSets, extraFields).map(([f, extra]) => ({ label: f.label, fields: [...f.fields, ...extra] })) },
    { weight: 1, arbitrary: notAForm },
    { weight: 1, arbitrary: noArgs },
  );
}

const badUserId = (ctx: FormCtx, self: boolean) =>
  fc.oneof(notUuid.map((id) => ({ label: `userId ${JSON.stringify(id.slice(0, 40))}`, id })), unknownUuid.map((id) => ({ label: 'a user that does not exist', id })), ...(self ? [fc.constant({ label: "the admin's own account", id: ctx.adminId })] : []));

type FormCtx = { adminId: string; adminEmail: string; targetCase: { id: string; title: string } };
const formFuzzers: Record<string, (ctx: FormCtx) => fc.Arbitrary<FormCase>> = {
  archiveCaseAction: () => formCases(fc.oneof(notUuid.map((id) => ({ label: `caseId ${JSON.stringify(id.slice(0, 40))}`, fields: [['caseId', id]] as [string, string][] })), unknownUuid.map((id) => ({ label: 'a case that does not exist', fields: [['caseId', id]] as [string, string][] })), fc.constant({ label: 'no caseId', fields: [] as [string, string][] }))),
  restoreCaseAction: (ctx) => formFuzzers.archiveCaseAction!(ctx),
  deleteCaseAction: (ctx) =>
    formCases(
      fc.oneof(
        fc.tuple(notUuid, fc.string({ maxLength: 30 })).map(([id, title]) => ({ label: `caseId ${JSON.stringify(id.slice(0, 40))}`, fields: [['caseId', id], ['confirmTitle', title]] as [string, string][] })),
        unknownUuid.map((id) => ({ label: 'a case that does not exist', fields: [['caseId', id], ['confirmTitle', ctx.targetCase.title]] as [string, string][] })),
        fc.oneof(fc.string({ maxLength: 60 }), hostileText, fc.constant(ctx.targetCase.title.toUpperCase()), fc.constant(`${ctx.targetCase.title}.`), fc.constant(ctx.targetCase.title.slice(1)), fc.constant('x'.repeat(1001)))
          .filter((t) => t.trim() !== ctx.targetCase.title)
          .map((title) => ({ label: `the wrong confirmation ${JSON.stringify(title.slice(0, 30))}`, fields: [['caseId', ctx.targetCase.id], ['confirmTitle', title]] as [string, string][] })),
        fc.constant({ label: 'no confirmation', fields: [['caseId', ctx.targetCase.id]] as [string, string][] }),
      ),
    ),
  createUserAction: (ctx) =>
    formCases(
      fc
        .oneof(
          fc.oneof(fc.constantFrom('no-at-sign', 'a@', '@e2e.test', 'a b@e2e.test', '<script>@e2e.test', 'a@b@c', '', `${'x'.repeat(250)}@e2e.test`), hostileText, fc.string({ maxLength: 20 }).filter((s) => !s.includes('@'))).map((email) => ({ label: `email ${JSON.stringify(email.slice(0, 30))}`, change: { email } })),
          fc.constantFrom(ctx.adminEmail, ctx.adminEmail.toUpperCase(), ` ${ctx.adminEmail} `).map((email) => ({ label: 'an email that has an account', change: { email } })),
          badEnum.map((role) => ({ label: `role ${JSON.stringify(role)}`, change: { role: String(role) } })),
          fc.oneof(fc.string({ minLength: 1, maxLength: 11 }), fc.constant('x'.repeat(257))).filter((p) => p !== '').map((password) => ({ label: `password of ${password.length} characters`, change: { password } })),
          fc.constant({ label: 'a name of 201 characters', change: { name: 'n'.repeat(201) } }),
          fc.constant({ label: 'a NUL character in the name', change: { name: 'Null\u0000Name' } }),
          fc.constantFrom('email', 'role').map((key) => ({ label: `no ${key}`, change: { [key]: undefined } })),
        )
        .map(({ label, change }) => {
          const fields: Record<string, string | undefined> = { email: `fuzz-${randomUUID().slice(0, 8)}@e2e.test`, name: 'Fuzz', role: 'VIEWER', password: '', ...change };
          return { label, fields: Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined) };
        }),
    ),
  changeRoleAction: (ctx) =>
    formCases(
      fc.oneof(
        fc.tuple(badUserId(ctx, true), fc.constantFrom('EDITOR', 'VIEWER', 'ADMIN')).map(([u, role]) => ({ label: u.label, fields: [['userId', u.id], ['role', role]] as [string, string][] })),
        fc.tuple(unknownUuid, badEnum).map(([id, role]) => ({ label: `role ${JSON.stringify(role)}`, fields: [['userId', id], ['role', String(role)]] as [string, string][] })),
        badEnum.map((role) => ({ label: `role ${JSON.stringify(role)} for the admin`, fields: [['userId', ctx.adminId], ['role', String(role)]] as [string, string][] })),
      ),
    ),
  deactivateUserAction: (ctx) => formCases(badUserId(ctx, true).map((u) => ({ label: u.label, fields: [['userId', u.id]] as [string, string][] }))),
  reactivateUserAction: (ctx) => formCases(badUserId(ctx, true).map((u) => ({ label: u.label, fields: [['userId', u.id]] as [string, string][] }))),
  // Not the admin's own id: resetting one's own password is allowed, and would write.
  resetPasswordAction: (ctx) => formCases(badUserId(ctx, false).map((u) => ({ label: u.label, fields: [['userId', u.id]] as [string, string][] }))),
  changePasswordAction: () =>
    formCases(
      fc.oneof(
        fc.tuple(fc.string({ minLength: 1, maxLength: 30 }).filter((p) => p !== PASSWORD), fc.constant('a brand new passphrase')).map(([current, next]) => ({
          label: 'a wrong current password',
          fields: [['currentPassword', current], ['newPassword', next], ['confirmPassword', next]] as [string, string][],
        })),
        fc.string({ maxLength: 11 }).map((next) => ({ label: `a new password of ${next.length} characters`, fields: [['currentPassword', PASSWORD], ['newPassword', next], ['confirmPassword', next]] as [string, string][] })),
        fc.tuple(fc.string({ minLength: 12, maxLength: 30 }), fc.string({ maxLength: 30 })).filter(([a, b]) => a !== b).map(([a, b]) => ({
          label: 'two new passwords that differ',
          fields: [['currentPassword', PASSWORD], ['newPassword', a], ['confirmPassword', b]] as [string, string][],
        })),
        fc.constant({ label: 'the current password again', fields: [['currentPassword', PASSWORD], ['newPassword', PASSWORD], ['confirmPassword', PASSWORD]] as [string, string][] }),
        fc.constant({ label: 'a 1 MB password', fields: [['currentPassword', 'x'.repeat(MB)], ['newPassword', 'y'.repeat(20)], ['confirmPassword', 'y'.repeat(20)]] as [string, string][] }),
        fc.constantFrom('currentPassword', 'newPassword', 'confirmPassword').map((missing) => ({
          label: `no ${missing}`,
          fields: ([['currentPassword', 'not the password'], ['newPassword', 'a brand new passphrase'], ['confirmPassword', 'a brand new passphrase']] as [string, string][]).filter(([k]) => k !== missing),
        })),
      ),
    ),
};

// ---------------------------------------------------------------------------------------------
// findDuplicatesAction and findCaseChoicesAction (the editor's hints): anything at all; the
// answer is always a list
// ---------------------------------------------------------------------------------------------

const duplicatesInputs: fc.Arbitrary<{ label: string; args: unknown[] }> = fc.oneof<fc.Arbitrary<{ label: string; args: unknown[] }>[]>(
  fc.record({ title: fc.oneof(fc.string({ maxLength: 40 }), hostileText, hugeString, fc.jsonValue({ maxDepth: 1 })), names: fc.oneof(fc.array(fc.oneof(fc.string(), hostileText, fc.jsonValue({ maxDepth: 1 })), { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), fc.constant(Array.from({ length: 201 }, (_, i) => `name ${i}`))), excludeId: fc.oneof(fc.constant(null), notUuid, unknownUuid, fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }).map((input) => ({ label: `input ${JSON.stringify(input).slice(0, 60)}`, args: [input] })),
  fc.jsonValue({ maxDepth: 3 }).map((input) => ({ label: `input ${JSON.stringify(input)?.slice(0, 60)}`, args: [input] })),
  fc.tuple(protoKey).map(([k]) => ({ label: `${k} key`, args: [JSON.parse(`{"${k}":{"title":"Lenovo"},"title":"Chang"}`)] })),
  pick(SPECIALS).map((s) => ({ label: s.label, args: [s] })),
  fc.constantFrom({ label: 'no arguments', args: [] }, { label: 'two arguments', args: [{ title: 'Lenovo' }, { title: 'Chang' }] }, { label: 'LIKE wildcards', args: [{ title: '%%% ___ \\\\', names: ['%'] }] }),
);

const caseChoiceInputs: fc.Arbitrary<{ label: string; args: unknown[] }> = fc.oneof<fc.Arbitrary<{ label: string; args: unknown[] }>[]>(
  fc.record({ text: fc.oneof(fc.string({ maxLength: 40 }), hostileText, hugeString, notUuid, unknownUuid.map((id) => `https://covenant.test/cases/${id}`), fc.jsonValue({ maxDepth: 1 })), excludeId: fc.oneof(fc.constant(null), notUuid, unknownUuid, fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }).map((input) => ({ label: `input ${JSON.stringify(input).slice(0, 60)}`, args: [input] })),
  fc.jsonValue({ maxDepth: 3 }).map((input) => ({ label: `input ${JSON.stringify(input)?.slice(0, 60)}`, args: [input] })),
  fc.tuple(protoKey).map(([k]) => ({ label: `${k} key`, args: [JSON.parse(`{"${k}":{"text":"Lenovo"},"text":"Chang","excludeId":null}`)] })),
  pick(SPECIALS).map((s) => ({ label: s.label, args: [s] })),
  fc.constantFrom({ label: 'no arguments', args: [] }, { label: 'LIKE wildcards', args: [{ text: '%%% ___ \\\\', excludeId: null }] }, { label: 'tsquery syntax', args: [{ text: "!(& | :* '", excludeId: null }] }),
);

/** Actions answering with a list: refused or not, never anything but a list. */
const listFuzzers: Record<string, fc.Arbitrary<{ label: string; args: unknown[] }>> = {
  findDuplicatesAction: duplicatesInputs,
  findCaseChoicesAction: caseChoiceInputs,
};

// ---------------------------------------------------------------------------------------------
// Accounts and setup
// ---------------------------------------------------------------------------------------------

type Client = { account: Account; request: APIRequestContext };
const clients = {} as Record<'ADMIN' | 'EDITOR' | 'PASSWORD', Client>;
const homes = new Map<string, Home>();
const ctx = {} as Ctx;
const formCtx = {} as FormCtx;

async function sessionUser(request: APIRequestContext) {
  return ((await (await request.get('/api/auth/session')).json()) as { user?: { id: string; email: string; role: Role } }).user;
}

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(180_000);
  const url = process.env.E2E_DATABASE_URL;
  if (!url || !/@(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error('E2E_DATABASE_URL must point at the local test database.');
  db = new pg.Client({ connectionString: url });
  await db.connect();
  // Not the sign-in throttle's counters: a wrong current password is counted on purpose (and locks after five).
  tables = (await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'SignInThrottle' ORDER BY 1")).rows.map((r) => r.table_name);
  expect(tables).toEqual(expect.arrayContaining(['Case', 'CaseChange', 'Claim', 'Citation', 'Party', 'Source', 'User']));

  const baseURL = testInfo.project.use.baseURL;
  const newClient = async (account: Account): Promise<Client> => {
    const request = await playwright.request.newContext({ baseURL });
    await signInViaApi(request, account);
    expect((await sessionUser(request))?.email).toBe(account.email);
    return { account, request };
  };
  clients.ADMIN = await newClient(makeAccount('ADMIN'));
  clients.EDITOR = await newClient(makeAccount('EDITOR'));
  clients.PASSWORD = await newClient(makeAccount('VIEWER'));
  const admin = await sessionUser(clients.ADMIN.request);
  formCtx.adminId = admin!.id;
  formCtx.adminEmail = admin!.email;

  // Where each action lives: the page whose JavaScript knows its id (as an admin sees every page).
  for (const page of pages) {
    const html = await (await clients.ADMIN.request.get(page)).text();
    for (const chunk of new Set(html.match(/\/_next\/static\/chunks\/[\w.~-]+\.js/g) ?? [])) {
      const js = await (await clients.ADMIN.request.get(chunk)).text();
      for (const m of js.matchAll(/createServerReference\)?\("([0-9a-f]{16,})",[^"]*"([\w$]+)"\)/g)) if (!homes.has(m[2]!)) homes.set(m[2]!, { id: m[1]!, page });
    }
  }
});

test.afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.request.dispose()));
  await db?.end();
});

// ---------------------------------------------------------------------------------------------
// The property: refused, not a server error, nothing written
// ---------------------------------------------------------------------------------------------

type Failure = { label: string; detail: string };
/** How the inputs of the current batch were answered, e.g. { INVALID_REQUEST: 170, CONFLICT: 21 }. */
const answers = new Map<string, number>();

/** Runs `property` over RUNS generated inputs with the fixed seed; every failure is collected and reported together. */
async function fuzz<T extends { label: string }>(name: string, arbitrary: fc.Arbitrary<T>, check: (input: T) => Promise<string | null>) {
  const failures: Failure[] = [];
  let runs = 0;
  answers.clear();
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        runs++;
        const problem = await check(input);
        if (problem) failures.push({ label: input.label, detail: problem });
        return true;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  } catch (error) {
    throw new Error(`${name}: fast-check seed ${SEED} (rerun with FUZZ_SEED=${SEED}): ${(error as Error).message}`);
  }
  expect(runs).toBeGreaterThanOrEqual(200);
  test.info().annotations.push({ type: 'answers', description: `${name}: ${[...answers].map(([k, n]) => `${k} ${n}`).join(', ')}` });
  console.log(`${name}: ${runs} bad inputs answered ${[...answers].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  const grouped = new Map<string, { count: number; first: Failure }>();
  for (const f of failures) {
    const key = `${f.label.replace(/\d+/g, '#').slice(0, 70)} → ${f.detail.replace(/\d+/g, '#').slice(0, 80)}`;
    grouped.set(key, { count: (grouped.get(key)?.count ?? 0) + 1, first: grouped.get(key)?.first ?? f });
  }
  const report = [...grouped.values()].map(({ count, first }) => `  ×${count} ${first.label}\n      ${first.detail}`).join('\n');
  expect(failures.length, `${name}: ${failures.length} of ${runs} bad inputs were not cleanly refused (fast-check seed ${SEED}; rerun with FUZZ_SEED=${SEED}):\n${report}`).toBe(0);
}

/** Every reply: below 500, a refusal in the action's own words, and the database untouched. */
async function refusedWithoutWrites(reply: Reply, before: Snapshot, caseIds: string[], isRefusal: (result: unknown) => string | null): Promise<string | null> {
  const after = await snapshot(caseIds);
  const changed = differences(before, after);
  const answer = reply.error ? `HTTP ${reply.status}` : Array.isArray(reply.result) ? 'list' : String((reply.result as { code?: string } | null)?.code ?? 'no code');
  answers.set(answer, (answers.get(answer) ?? 0) + 1);
  const problems: string[] = [];
  if (reply.status >= 500) problems.push(`HTTP ${reply.status}`);
  if (reply.error && reply.status !== 413) problems.push(reply.error);
  else if (!reply.error) {
    const refusal = isRefusal(reply.result);
    if (refusal) problems.push(refusal);
  }
  if (changed.length) problems.push(`PARTIAL WRITE: ${changed.join('; ')}`);
  return problems.length ? problems.join(' | ') : null;
}

const refusalWith = (codes: string[]) => (result: unknown) => {
  const r = result as { ok?: boolean; code?: string; message?: string } | null;
  if (!r || typeof r !== 'object') return `not an action state: ${JSON.stringify(result)?.slice(0, 100)}`;
  if (r.code === 'INTERNAL') return `code INTERNAL: ${r.message}`;
  if (r.ok) return `accepted: ${JSON.stringify(r).slice(0, 120)}`;
  if (!r.code || !codes.includes(r.code)) return `code ${r.code} (expected ${codes.join('/')}): ${r.message}`;
  if (!r.message && !(r as { errors?: unknown }).errors) return `refused (${r.code}) with neither a message nor field errors`;
  return null;
};

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

const FUZZED = ['saveCaseAction', ...Object.keys(listFuzzers), ...Object.keys(formFuzzers)];

test('every server action in lib/actions has a bad-input generator here', () => {
  expect(discoveredActions.map((a) => a.name)).toEqual(expect.arrayContaining(['saveCaseAction', 'findDuplicatesAction', 'archiveCaseAction', 'createUserAction', 'changePasswordAction']));
  for (const action of discoveredActions) {
    expect(action.needs, `${action.file}: which role does ${action.name} need?`).not.toBe('UNKNOWN');
    expect(FUZZED, `${action.name} (${action.file}) has no bad-input generator in e2e/bad-input.spec.ts`).toContain(action.name);
    expect(homes.get(action.name), `a page's JavaScript calls ${action.name}`).toBeTruthy();
  }
  expect(discoveredActions.find((a) => a.name === 'saveCaseAction')?.takes).toBe('object');
  expect(discoveredActions.find((a) => a.name === 'archiveCaseAction')?.takes).toBe('form');
});

test('the replay sends what the browser sends, and a valid call through it saves', async ({ page }) => {
  test.setTimeout(60_000);
  const account = makeAccount('EDITOR');
  await signInViaApi(page.request, account);
  const calls: Request[] = [];
  page.on('request', (r) => r.headers()['next-action'] && calls.push(r));
  await page.goto('/cases/new');

  // Typing a title asks for possible duplicates.
  await page.getByLabel('Title').fill('Lenovo v Chang');
  // (The Lenovo case, or copies of it the controls below made on earlier runs: the top five.)
  await expect(page.getByRole('region', { name: 'Possible duplicates' }).getByRole('link').first()).toContainText('Chang');
  const lookup = calls.filter((r) => r.headers()['next-action'] === homes.get('findDuplicatesAction')!.id).at(-1);
  expect(lookup, 'the browser called findDuplicatesAction with the id found in the page JavaScript').toBeTruthy();
  expect(lookup!.headers()['content-type']).toBe('text/plain;charset=UTF-8');
  expect(lookup!.postData()).toBe(encodeArgs([{ title: 'Lenovo v Chang', names: [], excludeId: null }]));

  // Saving a small case.
  const title = `Browser control ${randomUUID().slice(0, 8)} <b>v.</b> '; DROP TABLE "Case"; --`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Country').selectOption('US');
  const before = await snapshot([]);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const save = calls.find((r) => r.headers()['next-action'] === homes.get('saveCaseAction')!.id);
  expect(save, 'the browser called saveCaseAction with the id found in the page JavaScript').toBeTruthy();
  expect(save!.headers()['content-type']).toBe('text/plain;charset=UTF-8');
  const args = JSON.parse(save!.postData()!) as [{ doc: Doc; baseVersion: null }];
  expect(args).toEqual([{ doc: expect.objectContaining({ title, schemaVersion: 3 }), baseVersion: null }]);
  expect(save!.postData()).toBe(encodeArgs(args));
  const after = await snapshot([]);
  expect(after.counts.Case).toBe(before.counts.Case! + 1);
  expect(after.counts.CaseChange).toBe(before.counts.CaseChange! + 1);
});

test('valid calls through the replay do write (controls)', async () => {
  test.setTimeout(60_000);
  const editor = clients.EDITOR.request;
  const save = homes.get('saveCaseAction')!;

  // A new case full of hostile text: stored as text, shown escaped.
  const { doc } = freshLenovo(`Fuzz target ${randomUUID().slice(0, 8)} <script>alert(1)</script> '; DROP TABLE "Case"; --`);
  doc.summary = HOSTILE_TEXT.join('\n');
  doc.parties[1].name = '"><img src=x onerror=alert(1)>';
  Object.defineProperty(doc, '__proto__', { value: { polluted: true }, enumerable: true });
  let before = await snapshot([doc.id]);
  const created = await callWithArgs(editor, save, [{ doc, baseVersion: null }]);
  expect(created.error).toBeUndefined();
  expect(created.result).toMatchObject({ ok: true, id: doc.id, version: 1 });
  let after = await snapshot([doc.id]);
  expect(after.counts.Case).toBe(before.counts.Case! + 1);
  expect(after.counts.Claim).toBe(before.counts.Claim! + doc.claims.length);
  expect(after.versions[doc.id]).toBe(1);
  const html = await (await editor.get(`/cases/${doc.id}`)).text();
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).not.toContain('<img src=x onerror');
  const stored = (await db.query<{ title: string }>('SELECT title FROM "Case" WHERE id = $1', [doc.id])).rows[0]!;
  expect(stored.title).toBe(doc.title);

  // An edit at the current version: a new version. Afterwards version 1 is stale.
  const edited: Doc = { ...structuredClone(doc), title: doc.title.replace('Fuzz target', 'Fuzz target (edited)') };
  edited.claims[1].amount = { qualifier: 'MORE_THAN', value: '1,000,000', currency: 'CNY' };
  before = after;
  const saved = await callWithArgs(editor, save, [{ doc: edited, baseVersion: 1 }]);
  expect(saved.result).toMatchObject({ ok: true, version: 2 });
  after = await snapshot([doc.id]);
  expect(after.versions[doc.id]).toBe(2);
  expect(differences(before, after).length).toBeGreaterThan(0);

  // A form action through the multipart replay: archive, then restore.
  before = after;
  expect((await callWithForm(editor, homes.get('archiveCaseAction')!, [['caseId', doc.id]])).result).toMatchObject({ ok: true });
  expect((await callWithForm(editor, homes.get('restoreCaseAction')!, [['caseId', doc.id]])).result).toMatchObject({ ok: true });
  after = await snapshot([doc.id]);
  expect(after.versions[doc.id]).toBe(4);

  // Duplicate hints for a valid query.
  const hints = (await callWithArgs(editor, homes.get('findDuplicatesAction')!, [{ title: 'Lenovo v Chang', names: [], excludeId: null }])).result as { title: string }[];
  expect(hints.length).toBeGreaterThan(0);

  // The case the fuzzing edits: its state now.
  const version = (await db.query<{ version: number }>('SELECT version FROM "Case" WHERE id = $1', [doc.id])).rows[0]!.version;
  ctx.target = { id: doc.id, version, doc: { ...edited, version } };
  formCtx.targetCase = { id: doc.id, title: edited.title };
  ctx.lenovoTitle = lenovoJson.title;
});

/** The case the fuzzing edits and tries to delete: created and edited through the replay (as in the controls above). */
async function prepareTarget() {
  if (ctx.target) return;
  const save = homes.get('saveCaseAction')!;
  const { doc } = freshLenovo(`Fuzz target ${randomUUID().slice(0, 8)} <i>v.</i> Chang`);
  expect((await callWithArgs(clients.EDITOR.request, save, [{ doc, baseVersion: null }])).result).toMatchObject({ ok: true, version: 1 });
  const edited: Doc = { ...doc, title: `${doc.title} (edited)` };
  expect((await callWithArgs(clients.EDITOR.request, save, [{ doc: edited, baseVersion: 1 }])).result).toMatchObject({ ok: true, version: 2 });
  ctx.target = { id: doc.id, version: 2, doc: { ...edited, version: 2 } };
  formCtx.targetCase = { id: doc.id, title: edited.title };
  ctx.lenovoTitle = lenovoJson.title;
}

test.describe('bad input, fuzzed', () => {
  // A failed test restarts the worker: each worker prepares its own target.
  test.beforeAll(prepareTarget);

  for (const action of discoveredActions) {
    test(`${action.name} refuses ${RUNS} generated bad inputs: no server error, nothing written`, async () => {
      test.setTimeout(240_000);
      const home = homes.get(action.name);
      expect(home, `a page's JavaScript calls ${action.name}`).toBeTruthy();
      const caller = action.needs === 'ADMIN' ? clients.ADMIN : action.name === 'changePasswordAction' ? clients.PASSWORD : clients.EDITOR;
      const caseIds = [ctx.target.id, LENOVO_ID];

      if (action.name === 'saveCaseAction') {
        await fuzz(action.name, saveCases, async (input) => {
          const before = await snapshot(caseIds);
          const { args } = input.build(ctx);
          const reply = await callWithArgs(caller.request, home!, args);
          return refusedWithoutWrites(reply, before, caseIds, refusalWith(input.codes ?? ['INVALID_REQUEST', 'CONFLICT', 'NOT_FOUND']));
        });
      } else if (listFuzzers[action.name]) {
        await fuzz(action.name, listFuzzers[action.name]!, async (input) => {
          const before = await snapshot(caseIds);
          const reply = await callWithArgs(caller.request, home!, input.args);
          return refusedWithoutWrites(reply, before, caseIds, (result) => (Array.isArray(result) ? null : `not a list: ${JSON.stringify(result)?.slice(0, 100)}`));
        });
      } else {
        const generator = formFuzzers[action.name];
        expect(generator, `${action.name} has a bad-input generator`).toBeTruthy();
        await fuzz(action.name, generator!(formCtx), async (input) => {
          const before = await snapshot(caseIds);
          const reply = input.fields ? await callWithForm(caller.request, home!, input.fields) : await callWithArgs(caller.request, home!, input.args!);
          return refusedWithoutWrites(reply, before, caseIds, refusalWith(REFUSALS));
        });
      }
      // The caller is still signed in: nothing ended their session along the way.
      expect((await sessionUser(caller.request))?.email).toBe(caller.account.email);
    });
  }
});
