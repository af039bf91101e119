// The shape of a database schema in one comparable form, built two ways: from what
// prisma/schema.prisma declares (Prisma's DMMF, computed offline by its schema WebAssembly) and
// from what a migrated database actually holds (pg_catalog). lib/db/schema-drift.db.test.ts
// asserts the two are equal.
import fs from 'node:fs';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import pg from 'pg';

export const SCHEMA_FILE = path.join(process.cwd(), 'prisma', 'schema.prisma');

/** Tables a database may hold beyond the models: Prisma's own bookkeeping. */
export const ALLOWED_EXTRA_TABLES = ['_prisma_migrations'];

export type Column = { type: string; nullable: boolean; default: string | null };
export type Index = { table: string; kind: 'primary' | 'unique' | 'index'; columns: string[]; method: string; partial: boolean };
export type ForeignKey = {
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};

/** Everything keyed by name ("Table.column", index or constraint name) so a failure diff names it. */
export type SchemaShape = {
  tables: string[];
  enums: Record<string, string[]>;
  columns: Record<string, Column>;
  indexes: Record<string, Index>;
  foreignKeys: Record<string, ForeignKey>;
};

// ---------------------------------------------------------------------------------------------
// What schema.prisma declares

type DmmfDefault = string | number | boolean | { name: string; args: unknown[] } | unknown[];
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; schema: string | null; fields: DmmfField[] };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };
type DmmfIndex = {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  algorithm?: string;
  where?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc'; length?: number; operatorClass?: string }[];
};
export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

/** Prisma's DMMF of a schema file, computed by @prisma/prisma-schema-wasm: no engine, no network. */
export function readDatamodel(file = SCHEMA_FILE): Datamodel {
  const schema = fs.readFileSync(file, 'utf8');
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [[path.basename(file), schema]] })));
  const datamodel = dmmf.datamodel as Datamodel;
  // The DMMF leaves out Unsupported("…") fields (e.g. a tsvector); read them from the schema text.
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const model = datamodel.models.find((m) => m.name === name)!;
    const unsupported = /^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(?:\s+@default\(dbgenerated\("((?:[^"\\]|\\.)*)"\)\))?/gm;
    for (const [, field, type, optional, generated] of body!.matchAll(unsupported)) {
      const defaultValue: DmmfDefault | undefined = generated === undefined ? undefined : { name: 'dbgenerated', args: [generated.replace(/\\(.)/g, '$1')] };
      model.fields.push({ name: field!, kind: 'unsupported', type: type!, isList: false, isRequired: !optional, isUpdatedAt: false, default: defaultValue });
    }
  }
  return datamodel;
}

const POSTGRES_NAME_LIMIT = 63;

/** Prisma's default constraint and index names ("Claim_caseId_position_idx"). */
function defaultName(table: string, columns: string[], suffix: 'pkey' | 'key' | 'idx' | 'fkey'): string {
  const name = suffix === 'pkey' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`;
  if (name.length > POSTGRES_NAME_LIMIT) {
    throw new Error(`${name} is longer than PostgreSQL allows; Prisma truncates it and this test does not model that. Give it a map: name.`);
  }
  return name;
}

const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;

/** A native type, or Prisma's default PostgreSQL type for a scalar, as format_type() writes it. */
function columnType(field: DmmfField, enumNames: Map<string, string>): string {
  let base: string;
  if (field.kind === 'enum') {
    base = enumNames.get(field.type)!;
  } else if (field.nativeType) {
    const [name, args] = field.nativeType;
    const precision = args.length ? `(${args.join(',')})` : '';
    const natives: Record<string, string> = {
      Text: 'text',
      Uuid: 'uuid',
      Char: `character${precision}`,
      VarChar: `character varying${precision}`,
      Decimal: `numeric${precision}`,
      Date: 'date',
      Timestamptz: `timestamp${precision} with time zone`,
      Timestamp: `timestamp${precision} without time zone`,
      Time: `time${precision} without time zone`,
      Timetz: `time${precision} with time zone`,
      Integer: 'integer',
      SmallInt: 'smallint',
      BigInt: 'bigint',
      Real: 'real',
      DoublePrecision: 'double precision',
      Boolean: 'boolean',
      JsonB: 'jsonb',
      Json: 'json',
      ByteA: 'bytea',
      Inet: 'inet',
      Citext: 'citext',
    };
    const mapped = natives[name];
    if (!mapped) throw new Error(`No rule for native type @db.${name}; add it to lib/testing/schema-shape.ts.`);
    base = mapped;
  } else {
    const defaults: Record<string, string> = {
      String: 'text',
      Int: 'integer',
      BigInt: 'bigint',
      Float: 'double precision',
      Decimal: 'numeric(65,30)',
      Boolean: 'boolean',
      DateTime: 'timestamp(3) without time zone',
      Json: 'jsonb',
      Bytes: 'bytea',
    };
    const mapped = defaults[field.type];
    if (!mapped) throw new Error(`No rule for scalar type ${field.type}; add it to lib/testing/schema-shape.ts.`);
    base = mapped;
  }
  return field.isList ? `${base}[]` : base;
}

/** The cast PostgreSQL shows on a string literal default of this column. */
function literalCast(field: DmmfField): string {
  const native = field.nativeType?.[0];
  if (!native || native === 'Text') return 'text';
  const casts: Record<string, string> = { Char: 'bpchar', VarChar: 'character varying', Uuid: 'uuid' };
  const cast = casts[native];
  if (!cast) throw new Error(`No rule for a string default on @db.${native}; add it to lib/testing/schema-shape.ts.`);
  return cast;
}

const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Double quotes are dropped on both sides, so `'VIEWER'::"Role"` and `'VIEWER'::Role` compare equal. */
const unquote = (text: string) => text.replaceAll('"', '');
const nullableUnquote = (text: string | null) => (text === null ? null : unquote(text));

/**
 * The default the database itself holds, as pg_get_expr() writes it; null when there is none,
 * including defaults Prisma Client fills in (uuid(), cuid(), @updatedAt).
 */
function columnDefault(model: DmmfModel, field: DmmfField, enumNames: Map<string, string>): string | null {
  const value = field.default;
  const where = `${model.name}.${field.name}`;
  if (value === undefined) return null;
  if (Array.isArray(value)) throw new Error(`No rule for the list default of ${where}; add one to lib/testing/schema-shape.ts.`);
  if (typeof value === 'object') {
    switch (value.name) {
      case 'now':
        return 'CURRENT_TIMESTAMP';
      case 'uuid':
      case 'cuid':
      case 'nanoid':
      case 'ulid':
        return null;
      case 'dbgenerated':
        return String(value.args[0]);
      case 'autoincrement':
        return `nextval('${tableOf(model)}_${columnOf(field)}_seq'::regclass)`;
      default:
        throw new Error(`No rule for @default(${value.name}()) on ${where}; add one to lib/testing/schema-shape.ts.`);
    }
  }
  if (field.kind === 'enum') return `${quoteLiteral(String(value))}::${enumNames.get(field.type)}`;
  switch (field.type) {
    case 'String':
      return `${quoteLiteral(String(value))}::${literalCast(field)}`;
    case 'Int':
    case 'BigInt':
    case 'Float':
    case 'Decimal':
      return Number(value) < 0 ? `${quoteLiteral(String(value))}::${columnType(field, enumNames)}` : String(value);
    case 'Boolean':
      return String(value);
    default:
      throw new Error(`No rule for a ${field.type} default on ${where}; add one to lib/testing/schema-shape.ts.`);
  }
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

/** The schema prisma/schema.prisma declares, as `prisma migrate` would create it on PostgreSQL. */
export function declaredShape(datamodel: Datamodel): SchemaShape {
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const shape: SchemaShape = { tables: [], enums: {}, columns: {}, indexes: {}, foreignKeys: {} };

  for (const e of datamodel.enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const model of datamodel.models) {
    if (model.schema && model.schema !== 'public') throw new Error(`${model.name} lives in schema ${model.schema}; this test reads public only.`);
    const table = tableOf(model);
    const fields = new Map(model.fields.map((field) => [field.name, field]));
    shape.tables.push(table);

    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      shape.columns[`${table}.${columnOf(field)}`] = {
        type: field.kind === 'unsupported' ? field.type : columnType(field, enumNames),
        // Prisma creates scalar lists without NOT NULL.
        nullable: !field.isRequired || field.isList,
        default: nullableUnquote(columnDefault(model, field, enumNames)),
      };
    }

    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
      const target = models.get(field.type)!;
      const targetFields = new Map(target.fields.map((f) => [f.name, f]));
      const columns = field.relationFromFields.map((name) => columnOf(fields.get(name)!));
      const optional = field.relationFromFields.some((name) => !fields.get(name)!.isRequired);
      shape.foreignKeys[defaultName(table, columns, 'fkey')] = {
        table,
        columns,
        referencedTable: tableOf(target),
        referencedColumns: field.relationToFields!.map((name) => columnOf(targetFields.get(name)!)),
        // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
        onDelete: field.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict'),
        onUpdate: field.relationOnUpdate ?? 'Cascade',
      };
    }
  }

  for (const index of datamodel.indexes) {
    const model = models.get(index.model)!;
    const table = tableOf(model);
    const fields = new Map(model.fields.map((field) => [field.name, field]));
    if (index.type === 'fulltext') throw new Error(`@@fulltext on ${model.name} is not supported on PostgreSQL.`);
    const columns = index.fields.map((f) => columnOf(fields.get(f.name)!) + (f.sortOrder === 'desc' ? ' DESC' : ''));
    const plain = index.fields.map((f) => columnOf(fields.get(f.name)!));
    const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'index';
    const suffix = kind === 'primary' ? 'pkey' : kind === 'unique' ? 'key' : 'idx';
    shape.indexes[index.dbName ?? defaultName(table, plain, suffix)] = {
      table,
      kind,
      columns,
      method: (index.algorithm ?? 'BTree').toLowerCase(),
      partial: Boolean(index.where),
    };
  }

  shape.tables.sort();
  return shape;
}

// ---------------------------------------------------------------------------------------------
// What a database holds


export type CatalogShape = SchemaShape & {
  /** Every constraint that is not a primary key or foreign key, with its pg_constraint.contype. */
  otherConstraints: { table: string; name: string; type: string }[];
};

/** The schema `public` of a database, read from pg_catalog, without Prisma's own `_prisma_migrations`. */
export async function catalogShape(connectionString: string): Promise<CatalogShape> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const q = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
    const excluded = ALLOWED_EXTRA_TABLES.map(quoteLiteral).join(', ');

    const tables = await q<{ name: string }>(`
      SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname NOT IN (${excluded})
      ORDER BY 1`);

    const enums = await q<{ name: string; values: string[] }>(`
      SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = 'public' GROUP BY t.typname`);

    const columns = await q<{ table: string; column: string; type: string; nullable: boolean; default: string | null }>(`
      SELECT c.relname::text AS table, a.attname::text AS column, format_type(a.atttypid, a.atttypmod) AS type,
             NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT IN (${excluded})
        AND a.attnum > 0 AND NOT a.attisdropped`);

    const indexes = await q<{ name: string; table: string; primary: boolean; unique: boolean; method: string; partial: boolean; columns: string[] }>(`
      SELECT ic.relname::text AS name, t.relname::text AS table, i.indisprimary AS primary, i.indisunique AS unique,
             am.amname::text AS method, (i.indpred IS NOT NULL OR i.indexprs IS NOT NULL) AS partial,
             ARRAY(
               SELECT a.attname::text || CASE WHEN (i.indoption[k.n - 1] & 1) = 1 THEN ' DESC' ELSE '' END
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               ORDER BY k.n
             ) AS columns
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = ic.relam
      WHERE n.nspname = 'public' AND t.relname NOT IN (${excluded})`);

    const constraints = await q<{
      name: string;
      table: string;
      type: string;
      referenced_table: string | null;
      columns: string[];
      referenced_columns: string[];
      on_delete: string;
      on_update: string;
    }>(`
      SELECT c.conname::text AS name, t.relname::text AS table, c.contype::text AS type, rt.relname::text AS referenced_table,
             ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
             ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS referenced_columns,
             c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      LEFT JOIN pg_class rt ON rt.oid = c.confrelid
      WHERE n.nspname = 'public' AND t.relname NOT IN (${excluded})`);

    const shape: CatalogShape = {
      tables: tables.map((t) => t.name),
      enums: Object.fromEntries(enums.map((e) => [e.name, e.values])),
      columns: Object.fromEntries(
        columns.map((c) => [
          `${c.table}.${c.column}`,
          { type: unquote(c.type), nullable: c.nullable, default: nullableUnquote(c.default) },
        ]),
      ),
      indexes: Object.fromEntries(
        indexes.map((i) => [
          i.name,
          { table: i.table, kind: i.primary ? 'primary' : i.unique ? 'unique' : 'index', columns: i.columns, method: i.method, partial: i.partial },
        ]),
      ),
      foreignKeys: {},
      otherConstraints: [],
    };
    for (const c of constraints) {
      if (c.type === 'f') {
        shape.foreignKeys[c.name] = {
          table: c.table,
          columns: c.columns,
          referencedTable: c.referenced_table!,
          referencedColumns: c.referenced_columns,
          onDelete: REFERENTIAL_ACTIONS[c.on_delete] ?? c.on_delete,
          onUpdate: REFERENTIAL_ACTIONS[c.on_update] ?? c.on_update,
        };
      } else if (c.type !== 'p') {
        shape.otherConstraints.push({ table: c.table, name: c.name, type: c.type });
      }
    }
    return shape;
  } finally {
    await client.end();
  }
}

