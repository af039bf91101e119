// The migrations create exactly what prisma/schema.prisma declares: a field, index, enum value or
// relation added to the schema without a migration (or the reverse) fails here. The declared side
// is Prisma's own DMMF (computed offline); the actual side is pg_catalog after migrate().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { catalogShape, declaredShape, readDatamodel, type CatalogShape, type SchemaShape } from '../testing/schema-shape';
import { migrate } from './migrate';

const declared: SchemaShape = declaredShape(readDatamodel());

describe.each(await testEngines())('the migrations match prisma/schema.prisma on %s', (engine) => {
  let database: TestDatabase;
  let actual: CatalogShape;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await migrate(database.connectionString);
    actual = await catalogShape(database.connectionString);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('creates a table for every model and no other table but _prisma_migrations', () => {
    expect(actual.tables).toEqual(declared.tables);
  });

  it('creates every enum with its values in declaration order', () => {
    expect(actual.enums).toEqual(declared.enums);
  });

  it('creates every scalar field as a column with its type, nullability and database default', () => {
    expect(actual.columns).toEqual(declared.columns);
  });

  it('creates every @id, @@id, @unique, @@unique and @@index, and no other index', () => {
    expect(actual.indexes).toEqual(declared.indexes);
  });

  it('creates every relation as a foreign key with its onDelete and onUpdate', () => {
    expect(actual.foreignKeys).toEqual(declared.foreignKeys);
  });

  it('adds no constraints beyond the declared ones except CHECK constraints', () => {
    const undeclared = actual.otherConstraints.filter(
      (constraint) =>
        constraint.type !== 'c' && // CHECK: rules the schema language cannot express
        constraint.type !== 'n' && // NOT NULL, listed here from PostgreSQL 18; compared with the columns
        !(constraint.type === 'u' && declared.indexes[constraint.name]?.kind === 'unique'),
    );
    expect(undeclared).toEqual([]);
  });

  it('keeps the hand-written CHECK constraints of the initial migration', () => {
    const checks = actual.otherConstraints.filter((constraint) => constraint.type === 'c').map((c) => `${c.table}.${c.name}`);
    expect(checks).toEqual(
      expect.arrayContaining([
        'Citation.Citation_exactly_one_fact',
        'Claim.Claim_amount_shape',
        'ConsiderationItem.ConsiderationItem_amount_shape',
        'OutcomeAward.OutcomeAward_amount_shape',
        'Outcome.Outcome_settlement_shape',
        'Proceeding.Proceeding_dates_shape',
      ]),
    );
  });
});

describe('the declared side of the comparison', () => {
  // Guards the test itself: if the DMMF were read wrongly, an empty or partial shape could make
  // both sides trivially equal.
  it('reads every model, enum and relation of schema.prisma', () => {
    expect(declared.tables).toContain('Case');
    expect(declared.tables.length).toBeGreaterThanOrEqual(20);
    expect(declared.enums.Certainty).toEqual(['CONFIRMED', 'REPORTED', 'ALLEGED', 'DISPUTED', 'DENIED', 'UNCONFIRMED']);
    expect(declared.columns['Claim.amount']).toEqual({ type: 'numeric(24,4)', nullable: true, default: null });
    expect(declared.columns['Case.jurisdictionCountry']).toEqual({ type: 'character(2)', nullable: false, default: null });
    expect(declared.columns['User.createdAt']).toEqual({ type: 'timestamp(3) with time zone', nullable: false, default: 'CURRENT_TIMESTAMP' });
    expect(declared.columns['Party.aliases']).toEqual({ type: 'text[]', nullable: true, default: null });
    expect(declared.columns['Case.status']).toEqual({ type: 'CaseStatus', nullable: false, default: "'UNKNOWN'::CaseStatus" });
    expect(declared.indexes.CaseParty_caseId_partyId_role_key).toMatchObject({ kind: 'unique', columns: ['caseId', 'partyId', 'role'] });
    expect(declared.foreignKeys.CaseParty_partyId_fkey).toMatchObject({ referencedTable: 'Party', onDelete: 'Restrict' });
  });
});
