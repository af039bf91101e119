// Bad inputs for every server action, shared by the database suite (lib/server/actions/
// bad-input.db.test.ts: hundreds per action, called directly) and the HTTP sample
// (e2e/bad-input.spec.ts: a few per action, replayed the way the browser calls them). fast-check
// with a fixed seed; each input is a label, the arguments, and the codes that may refuse it.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import lenovoJson from '../../prisma/seed-data/lenovo-v-chang-cheng.json' with { type: 'json' };

export const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const MB = 1024 * 1024;
export const LENOVO_ID = lenovoJson.id;
export const REFUSALS = ['INVALID_REQUEST', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'TOO_MANY_REQUESTS'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Values React's reply encoding writes as tagged strings (they cannot be written as plain JSON):
 * `encoded` for the HTTP replay, `value` for a direct call, which is what the server decodes.
 */
export class Special {
  constructor(
    readonly label: string,
    readonly encoded: string,
    readonly value: unknown,
  ) {}
}
export const SPECIALS = [
  new Special('undefined', '$undefined', undefined),
  new Special('NaN', '$NaN', NaN),
  new Special('Infinity', '$Infinity', Infinity),
  new Special('-Infinity', '$-Infinity', -Infinity),
  new Special('BigInt', '$n123456789012345678901234567890', 123456789012345678901234567890n),
  new Special('Date', '$D2020-06-15T00:00:00.000Z', new Date('2020-06-15T00:00:00.000Z')),
];

/** The arguments as the server receives them: each Special replaced by its value, own `__proto__` keys kept. */
export function decodeSpecials(value: unknown): unknown {
  if (value instanceof Special) return value.value;
  if (Array.isArray(value)) return value.map(decodeSpecials);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: decodeSpecials((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Documents: the valid Lenovo case with fresh ids, and the places where it can be broken
// ---------------------------------------------------------------------------------------------

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const LENOVO_TEXT = JSON.stringify(lenovoJson);
const SHARED_BY_DESIGN = new Set([...lenovoJson.parties.map((p) => p.id), ...lenovoJson.sources.map((s) => s.id)]);

/** The Lenovo case with every id replaced, consistently; `seedIds` maps the new ids back. */
export function freshLenovo(title = `Fuzz ${randomUUID().slice(0, 8)}: Lenovo Group v. Chang Cheng`): { doc: Doc; seedIds: Map<string, string> } {
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

export const HOSTILE_TEXT = [
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

export type Ctx = { target: { id: string; version: number; doc: Doc }; lenovoTitle: string };
/** One bad input: what it is, how to build it (ids are fresh per input) and what may refuse it. */
export type SaveCase = { label: string; build: (ctx: Ctx) => { args: unknown[] }; codes?: string[] };
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

export const saveCases: fc.Arbitrary<SaveCase> = fc.oneof(
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

export type FormCase = { label: string; fields?: [string, string][]; args?: unknown[] };
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

/** What the form generators build on: the admin calling, the password of the account changing its own, the case to break. */
export type FormCtx = { adminId: string; adminEmail: string; password: string; targetCase: { id: string; title: string } };
export const formFuzzers: Record<string, (ctx: FormCtx) => fc.Arbitrary<FormCase>> = {
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
  changePasswordAction: (ctx) =>
    formCases(
      fc.oneof(
        fc.tuple(fc.string({ minLength: 1, maxLength: 30 }).filter((p) => p !== ctx.password), fc.constant('a brand new passphrase')).map(([current, next]) => ({
          label: 'a wrong current password',
          fields: [['currentPassword', current], ['newPassword', next], ['confirmPassword', next]] as [string, string][],
        })),
        fc.string({ maxLength: 11 }).map((next) => ({ label: `a new password of ${next.length} characters`, fields: [['currentPassword', ctx.password], ['newPassword', next], ['confirmPassword', next]] as [string, string][] })),
        fc.tuple(fc.string({ minLength: 12, maxLength: 30 }), fc.string({ maxLength: 30 })).filter(([a, b]) => a !== b).map(([a, b]) => ({
          label: 'two new passwords that differ',
          fields: [['currentPassword', ctx.password], ['newPassword', a], ['confirmPassword', b]] as [string, string][],
        })),
        fc.constant({ label: 'the current password again', fields: [['currentPassword', ctx.password], ['newPassword', ctx.password], ['confirmPassword', ctx.password]] as [string, string][] }),
        fc.constant({ label: 'a 1 MB password', fields: [['currentPassword', 'x'.repeat(MB)], ['newPassword', 'y'.repeat(20)], ['confirmPassword', 'y'.repeat(20)]] as [string, string][] }),
        fc.constantFrom('currentPassword', 'newPassword', 'confirmPassword').map((missing) => ({
          label: `no ${missing}`,
          fields: ([['currentPassword', 'not the password'], ['newPassword', 'a brand new passphrase'], ['confirmPassword', 'a brand new passphrase']] as [string, string][]).filter(([k]) => k !== missing),
        })),
      ),
    ),
  // Saved searches, watches, feed links, digest (lib/server/actions/alerts.ts).
  saveSearchAction: () =>
    formCases(
      fc.oneof(
        fc.oneof(fc.constantFrom('', '   ', 'x'.repeat(101), 'a\u0000b'), hugeString).map((name) => ({ label: `name of ${name.length} characters ${JSON.stringify(name.slice(0, 12))}`, fields: [['name', name], ['query', 'q=lenovo']] as [string, string][] })),
        fc
          .constantFrom('yearFrom=abc', 'yearFrom=2020&yearTo=1990', 'amountMin=5', 'forum=NOPE', `q=${'x'.repeat(501)}`, 'x'.repeat(4001), 'cursor=garbage', 'q=a%00b', 'limit=7', 'sort=nope', 'q=a&q=b')
          .map((query) => ({ label: `query ${JSON.stringify(query.slice(0, 30))}`, fields: [['name', 'Fuzz search'], ['query', query]] as [string, string][] })),
        fc.constantFrom('name', 'query').map((missing) => ({ label: `no ${missing}`, fields: ([['name', 'Fuzz search'], ['query', 'q=lenovo']] as [string, string][]).filter(([k]) => k !== missing) })),
      ),
    ),
  renameSavedSearchAction: () =>
    formCases(
      fc.oneof(
        notUuid.map((id) => ({ label: `id ${JSON.stringify(id.slice(0, 40))}`, fields: [['id', id], ['name', 'Renamed']] as [string, string][] })),
        unknownUuid.map((id) => ({ label: 'a saved search that does not exist', fields: [['id', id], ['name', 'Renamed']] as [string, string][] })),
        fc.tuple(unknownUuid, fc.constantFrom('', ' ', 'x'.repeat(101))).map(([id, name]) => ({ label: `name ${JSON.stringify(name.slice(0, 12))}`, fields: [['id', id], ['name', name]] as [string, string][] })),
      ),
    ),
  deleteSavedSearchAction: () =>
    formCases(
      fc.oneof(
        notUuid.map((id) => ({ label: `id ${JSON.stringify(id.slice(0, 40))}`, fields: [['id', id]] as [string, string][] })),
        unknownUuid.map((id) => ({ label: 'a saved search that does not exist', fields: [['id', id]] as [string, string][] })),
        fc.constant({ label: 'no id', fields: [] as [string, string][] }),
      ),
    ),
  watchCaseAction: () =>
    formCases(
      fc.oneof(
        notUuid.map((id) => ({ label: `caseId ${JSON.stringify(id.slice(0, 40))}`, fields: [['caseId', id], ['watch', 'on']] as [string, string][] })),
        unknownUuid.map((id) => ({ label: 'a case that does not exist', fields: [['caseId', id], ['watch', 'on']] as [string, string][] })),
        fc.constant({ label: 'stop watching a case not watched', fields: [['caseId', LENOVO_ID], ['watch', 'off']] as [string, string][] }),
        fc.oneof(fc.constantFrom('', 'ON', 'yes', '1', 'true'), hostileText).map((watch) => ({ label: `watch ${JSON.stringify(watch.slice(0, 20))}`, fields: [['caseId', LENOVO_ID], ['watch', watch]] as [string, string][] })),
      ),
    ),
  resetFeedLinksAction: () =>
    formCases(
      fc.oneof(fc.constantFrom('', 'RESET', 'yes', 'reset '), hostileText).map((confirm) => ({ label: `confirm ${JSON.stringify(confirm.slice(0, 20))}`, fields: [['confirm', confirm]] as [string, string][] })),
    ),
  setDigestAction: () =>
    formCases(
      fc.oneof(
        fc.oneof(fc.constantFrom('', 'ON', 'yes', 'daily'), hostileText).map((digest) => ({ label: `digest ${JSON.stringify(digest.slice(0, 20))}`, fields: [['digest', digest]] as [string, string][] })),
        fc.constant({ label: 'no digest', fields: [] as [string, string][] }),
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
export const listFuzzers: Record<string, fc.Arbitrary<{ label: string; args: unknown[] }>> = {
  findDuplicatesAction: duplicatesInputs,
  findCaseChoicesAction: caseChoiceInputs,
};


// ---------------------------------------------------------------------------------------------
// The database, read directly: every table's row count and a digest of its contents
// ---------------------------------------------------------------------------------------------

/** Runs SQL with positional parameters and returns its rows (a pg client, or Prisma's $queryRawUnsafe). */
export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
export type Snapshot = { counts: Record<string, number>; digests: Record<string, string>; versions: Record<string, number | null> };

/** Rows a refusal writes on purpose: the lock-out that five wrong current passwords cause is logged. */
const COUNTED_ON_PURPOSE: Record<string, string> = { AuditEvent: `WHERE x.action <> 'SIGN_IN_LOCKED'` };

/** The tables a snapshot compares: every one but the sign-in throttle's counters (a wrong current password is counted on purpose). */
export async function tablesToCompare(query: Query): Promise<string[]> {
  const rows = await query("SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'SignInThrottle' ORDER BY 1", []);
  return rows.map((r) => String(r.name));
}

/** Every table's row count and contents digest, and the last recorded version of each of `caseIds`. */
export async function snapshot(query: Query, tables: string[], caseIds: string[]): Promise<Snapshot> {
  // Table names come from information_schema (tablesToCompare), not from input.
  const columns = tables.map((t, i) => `(SELECT count(*)::int FROM "${t}" x ${COUNTED_ON_PURPOSE[t] ?? ''}) AS c${i}, (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${t}" x ${COUNTED_ON_PURPOSE[t] ?? ''}) AS d${i}`);
  const [row] = await query(`SELECT ${columns.join(', ')}`, []);
  const versions = await query('SELECT "caseId"::text AS "caseId", max(version)::int AS max FROM "CaseChange" WHERE "caseId" = ANY($1::uuid[]) GROUP BY "caseId"', [caseIds]);
  const byCase = new Map(versions.map((r) => [String(r.caseId), Number(r.max)]));
  return {
    counts: Object.fromEntries(tables.map((t, i) => [t, Number(row![`c${i}`])])),
    digests: Object.fromEntries(tables.map((t, i) => [t, String(row![`d${i}`])])),
    versions: Object.fromEntries(caseIds.map((id) => [id, byCase.get(id) ?? null])),
  };
}

/** What differs between two snapshots, in words; empty when nothing does. */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const t of Object.keys(before.counts)) {
    if (before.counts[t] !== after.counts[t]) out.push(`${t}: ${before.counts[t]} → ${after.counts[t]} rows`);
    else if (before.digests[t] !== after.digests[t]) out.push(`${t}: contents changed`);
  }
  for (const id of Object.keys(before.versions)) if (before.versions[id] !== after.versions[id]) out.push(`case ${id}: last version ${before.versions[id]} → ${after.versions[id]}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The property: refused, not a server error, nothing written
// ---------------------------------------------------------------------------------------------

/** How one input was answered ('INVALID_REQUEST', 'list', 'HTTP 413', …) and what was wrong with that, if anything. */
export type Verdict = { answer: string; problem: string | null };
/** What an action answered: over HTTP a status and maybe a transport error; called directly, only its result. */
export type Reply = { status?: number; result: unknown; error?: string };

/** A refusal with one of `codes`, in words (a message or field errors); never INTERNAL, never accepted. */
export const refusalWith = (codes: string[]) => (result: unknown) => {
  const r = result as { ok?: boolean; code?: string; message?: string } | null;
  if (!r || typeof r !== 'object') return `not an action state: ${JSON.stringify(result)?.slice(0, 100)}`;
  if (r.code === 'INTERNAL') return `code INTERNAL: ${r.message}`;
  if (r.ok) return `accepted: ${JSON.stringify(r).slice(0, 120)}`;
  if (!r.code || !codes.includes(r.code)) return `code ${r.code} (expected ${codes.join('/')}): ${r.message}`;
  if (!r.message && !(r as { errors?: unknown }).errors) return `refused (${r.code}) with neither a message nor field errors`;
  return null;
};
export const aList = (result: unknown) => (Array.isArray(result) ? null : `not a list: ${JSON.stringify(result)?.slice(0, 100)}`);

/** One reply judged: below 500 (a 413 for a body too large is a clean refusal), refused in the action's own words, nothing written, no other effect. */
export function judge(reply: Reply, changed: string[], isRefusal: (result: unknown) => string | null, sideEffects: string[] = []): Verdict {
  const answer = reply.error ? `HTTP ${reply.status}` : Array.isArray(reply.result) ? 'list' : String((reply.result as { code?: string } | null)?.code ?? 'no code');
  const problems: string[] = [];
  if ((reply.status ?? 200) >= 500) problems.push(`HTTP ${reply.status}`);
  if (reply.error && reply.status !== 413) problems.push(reply.error);
  else if (!reply.error) {
    const refusal = isRefusal(reply.result);
    if (refusal) problems.push(refusal);
  }
  if (changed.length) problems.push(`PARTIAL WRITE: ${changed.join('; ')}`);
  if (sideEffects.length) problems.push(`SIDE EFFECTS: ${sideEffects.join('; ')}`);
  return { answer, problem: problems.length ? problems.join(' | ') : null };
}

export type FuzzOutcome = { runs: number; failures: number; summary: string; report: string };

/** Runs `check` over `runs` generated inputs with the fixed seed; every failure is collected, grouped and reported together. */
export async function fuzz<T extends { label: string }>(name: string, arbitrary: fc.Arbitrary<T>, runs: number, check: (input: T) => Promise<Verdict>): Promise<FuzzOutcome> {
  const failures: { label: string; detail: string }[] = [];
  const answers = new Map<string, number>();
  let ran = 0;
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        ran++;
        const { answer, problem } = await check(input);
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
        if (problem) failures.push({ label: input.label, detail: problem });
        return true;
      }),
      { numRuns: runs, seed: SEED, endOnFailure: true },
    );
  } catch (error) {
    throw new Error(`${name}: fast-check seed ${SEED} (rerun with FUZZ_SEED=${SEED}): ${(error as Error).message}`);
  }
  const grouped = new Map<string, { count: number; first: (typeof failures)[number] }>();
  for (const f of failures) {
    const key = `${f.label.replace(/\d+/g, '#').slice(0, 70)} → ${f.detail.replace(/\d+/g, '#').slice(0, 80)}`;
    grouped.set(key, { count: (grouped.get(key)?.count ?? 0) + 1, first: grouped.get(key)?.first ?? f });
  }
  const details = [...grouped.values()].map(({ count, first }) => `  ×${count} ${first.label}\n      ${first.detail}`).join('\n');
  return {
    runs: ran,
    failures: failures.length,
    summary: `${name}: ${ran} bad inputs answered ${[...answers].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    report: `${name}: ${failures.length} of ${ran} bad inputs were not cleanly refused (fast-check seed ${SEED}; rerun with FUZZ_SEED=${SEED}):\n${details}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Every action's bad inputs, as one kind of value
// ---------------------------------------------------------------------------------------------

/** One bad input for an action: plain arguments or a form's fields, and what a correct answer to it looks like. */
export type ActionInput = { label: string; args?: unknown[]; fields?: [string, string][]; isRefusal: (result: unknown) => string | null };

/** The actions (by their lib/actions export name) that have bad-input generators here. */
export const FUZZED_ACTIONS = ['saveCaseAction', ...Object.keys(listFuzzers), ...Object.keys(formFuzzers)];

/** The bad inputs of the action exported as `name`; undefined when it has no generator. */
export function badInputsFor(name: string, ctx: Ctx, formCtx: FormCtx): fc.Arbitrary<ActionInput> | undefined {
  if (name === 'saveCaseAction') return saveCases.map((input) => ({ label: input.label, args: input.build(ctx).args, isRefusal: refusalWith(input.codes ?? ['INVALID_REQUEST', 'CONFLICT', 'NOT_FOUND']) }));
  const list = listFuzzers[name];
  if (list) return list.map((input) => ({ ...input, isRefusal: aList }));
  return formFuzzers[name]?.(formCtx).map((input) => ({ ...input, isRefusal: refusalWith(REFUSALS) }));
}
