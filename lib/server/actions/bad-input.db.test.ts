// Bad input never breaks anything: every server action definition, called directly with a user
// whose role allows it, gets hundreds of generated bad inputs (lib/testing/bad-input.ts,
// fast-check, fixed seed). Each must be refused in the action's own words (never INTERNAL), must
// leave the database exactly as it was (every table compared before and after each input), and
// must neither revalidate a page nor count as a write. Actions are discovered from the source
// tree, so one added without a generator fails here. e2e/bad-input.spec.ts replays a sample of the
// same inputs over HTTP, the way the browser calls them.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project db lib/server/actions/bad-input.db.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, ActionCaller } from '../../actions/action';
import type { CurrentUser } from '../../auth/guards';
import type { Role } from '../../generated/prisma/enums';
import { seedDemoData } from '../../seed';
import {
  badInputsFor,
  decodeSpecials,
  differences,
  freshLenovo,
  FUZZED_ACTIONS,
  fuzz,
  judge,
  LENOVO_ID,
  snapshot,
  tablesToCompare,
  type ActionInput,
  type Ctx,
  type FormCtx,
  type Query,
} from '../../testing/bad-input';
import { openTestDatabase, testEngines, type OpenTestDatabase } from '../../testing/databases';
import { discoverActions } from '../../testing/server-actions';
import { createUser } from '../users';
import * as accountDefinitions from './account';
import * as alertDefinitions from './alerts';
import * as caseDefinitions from './cases';
import * as userDefinitions from './users';

const RUNS = Math.max(200, Number(process.env.FUZZ_RUNS ?? 200));
const PASSWORD = 'a long enough passphrase for fuzzing';
const discovered = discoverActions();

type AnyAction = Action<unknown[], unknown>;
const definitions = new Map(
  Object.entries({ ...accountDefinitions, ...alertDefinitions, ...caseDefinitions, ...userDefinitions } as Record<string, unknown>).filter((entry): entry is [string, AnyAction] => typeof (entry[1] as AnyAction | null)?.perform === 'function'),
);

function formDataOf(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  return form;
}

it('every server action in lib/actions binds a definition and has bad-input generators', () => {
  expect(discovered.map((a) => a.name)).toEqual(expect.arrayContaining(['saveCaseAction', 'findDuplicatesAction', 'archiveCaseAction', 'createUserAction', 'changePasswordAction']));
  for (const action of discovered) {
    expect(action.needs, `${action.file}: which role does ${action.name} need?`).not.toBe('UNKNOWN');
    expect(definitions.get(action.definition ?? ''), `${action.name} (${action.file}) binds a definition of lib/server/actions`).toBeDefined();
    expect(definitions.get(action.definition!)!.takes).toBe(action.takes);
    expect(FUZZED_ACTIONS, `${action.name} (${action.file}) has no bad-input generator in lib/testing/bad-input.ts`).toContain(action.name);
  }
});

describe.each(await testEngines())('every server action refuses bad input on %s', (engine) => {
  let db: OpenTestDatabase;
  let query: Query;
  let tables: string[];
  const callers = {} as Record<Role, ActionCaller>;
  /** What the current input made the action do besides answering: revalidations and writes. */
  let effects: string[] = [];
  const ctx = {} as Ctx;
  const formCtx = {} as FormCtx;

  async function signedIn(role: Role): Promise<ActionCaller> {
    const { user } = await createUser(db.prisma, { email: `fuzz-${role.toLowerCase()}-${engine}@example.test`, role, name: `Fuzz ${role}`, password: PASSWORD });
    const current: CurrentUser = { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: false };
    return {
      user: current,
      db: db.prisma,
      clientAddress: '203.0.113.9',
      revalidatePath: (path) => void effects.push(`revalidated ${path}`),
      afterWrite: async () => void effects.push('counted as a write'),
    };
  }

  const perform = (action: AnyAction, caller: ActionCaller, input: Pick<ActionInput, 'args' | 'fields'>) =>
    input.fields ? action.perform(caller, {}, formDataOf(input.fields)) : action.perform(caller, ...(decodeSpecials(input.args ?? []) as unknown[]));

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    query = (sql, params) => db.prisma.$queryRawUnsafe(sql, ...params);
    await seedDemoData(db.prisma);
    tables = await tablesToCompare(query);
    expect(tables).toEqual(expect.arrayContaining(['Case', 'CaseChange', 'Claim', 'Citation', 'Party', 'Source', 'User']));
    callers.ADMIN = await signedIn('ADMIN');
    callers.EDITOR = await signedIn('EDITOR');
    callers.VIEWER = await signedIn('VIEWER');
    Object.assign(formCtx, { adminId: callers.ADMIN.user!.id, adminEmail: callers.ADMIN.user!.email, password: PASSWORD });

    // The case the fuzzing edits and tries to delete: created, then edited, through the action itself.
    const save = definitions.get('saveCaseDefinition')!;
    const { doc } = freshLenovo(`Fuzz target <i>v.</i> Chang (${engine})`);
    expect(await perform(save, callers.EDITOR, { args: [{ doc, baseVersion: null }] })).toMatchObject({ ok: true, version: 1 });
    const edited = { ...doc, title: `${doc.title} (edited)` };
    expect(await perform(save, callers.EDITOR, { args: [{ doc: edited, baseVersion: 1 }] })).toMatchObject({ ok: true, version: 2 });
    Object.assign(ctx, { target: { id: doc.id, version: 2, doc: { ...edited, version: 2 } }, lenovoTitle: (await db.prisma.case.findUniqueOrThrow({ where: { id: LENOVO_ID } })).title });
    formCtx.targetCase = { id: doc.id, title: edited.title };
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('valid calls do write, revalidate and count as writes (the controls)', async () => {
    const before = await snapshot(query, tables, [ctx.target.id]);
    effects = [];
    const archive = definitions.get('archiveCaseDefinition')!;
    const restore = definitions.get('restoreCaseDefinition')!;
    expect(await perform(archive, callers.EDITOR, { fields: [['caseId', ctx.target.id]] })).toMatchObject({ ok: true });
    expect(await perform(restore, callers.EDITOR, { fields: [['caseId', ctx.target.id]] })).toMatchObject({ ok: true });
    const after = await snapshot(query, tables, [ctx.target.id]);
    expect(after.versions[ctx.target.id]).toBe(4);
    expect(differences(before, after).length).toBeGreaterThan(0);
    expect(effects).toEqual([`revalidated /cases/${ctx.target.id}`, 'counted as a write', `revalidated /cases/${ctx.target.id}`, 'counted as a write']);
    ctx.target.version = 4;
    ctx.target.doc.version = 4;

    // A saved search and a watch, by a viewer: written, revalidated, counted as writes.
    effects = [];
    const saveSearch = definitions.get('saveSearchDefinition')!;
    expect(await perform(saveSearch, callers.VIEWER, { fields: [['name', 'Control search'], ['query', 'jurisdiction=cn']] })).toMatchObject({ ok: true });
    expect(await db.prisma.savedSearch.findFirst({ where: { userId: callers.VIEWER.user!.id }, select: { name: true, query: true } })).toEqual({ name: 'Control search', query: 'jurisdiction=CN' });
    expect(await perform(definitions.get('watchCaseDefinition')!, callers.VIEWER, { fields: [['caseId', LENOVO_ID], ['watch', 'on']] })).toMatchObject({ ok: true });
    expect(await perform(definitions.get('watchCaseDefinition')!, callers.VIEWER, { fields: [['caseId', LENOVO_ID], ['watch', 'off']] })).toMatchObject({ ok: true });
    expect(effects).toEqual(['revalidated /searches', 'counted as a write', ...Array(2).fill([`revalidated /cases/${LENOVO_ID}`, 'revalidated /searches', 'counted as a write']).flat()]);
    await db.prisma.savedSearch.deleteMany({});

    // A hint answers with a list and is not a write.
    effects = [];
    const hints = (await perform(definitions.get('findDuplicatesDefinition')!, callers.EDITOR, { args: [{ title: 'Lenovo v Chang', names: [], excludeId: null }] })) as { id: string }[];
    expect(hints.map((h) => h.id)).toContain(LENOVO_ID);
    expect(effects).toEqual([]);
  });

  for (const action of discovered) {
    it(`${action.name} refuses ${RUNS} generated bad inputs: nothing written, nothing revalidated`, { timeout: 600_000 }, async () => {
      const definition = definitions.get(action.definition ?? '');
      const inputs = badInputsFor(action.name, ctx, formCtx);
      expect(definition && inputs, `${action.name} has a definition and bad inputs`).toBeTruthy();
      const caller = callers[action.needs === 'SIGNED_IN' || action.needs === 'UNKNOWN' ? 'VIEWER' : action.needs];
      const caseIds = [ctx.target.id, LENOVO_ID];
      const outcome = await fuzz(action.name, inputs!, RUNS, async (input) => {
        const before = await snapshot(query, tables, caseIds);
        effects = [];
        const result = await perform(definition!, caller, input);
        return judge({ result }, differences(before, await snapshot(query, tables, caseIds)), input.isRefusal, effects);
      });
      console.log(`[${engine}] ${outcome.summary}`);
      expect(outcome.runs).toBe(RUNS);
      expect(outcome.failures, outcome.report).toBe(0);
    });
  }
});
