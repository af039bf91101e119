// A test database with one editor account, for suites that save cases as the editor would.
import { afterAll, beforeAll } from 'vitest';
import type { CaseDocument } from '../case-document/schema';
import { seedDemoData } from '../seed';
import { saveCase, type SaveCaseResult } from '../server/cases/save-case';
import { createUser } from '../server/users';
import { openTestDatabase, type Engine, type OpenTestDatabase } from './databases';

export type EditorDatabase = {
  /** Open from the suite's beforeAll to its afterAll. */
  db: OpenTestDatabase;
  actor: { id: string; email: string };
  /** saveCase as the editor: `baseVersion` null creates the case. */
  save: (doc: CaseDocument, baseVersion: number | null) => Promise<SaveCaseResult>;
};

/** Registers the suite's hooks: a fresh database on `engine` (with the demo cases when `seed`) and an editor. */
export function useEditorDatabase(engine: Engine, { seed = false }: { seed?: boolean } = {}): EditorDatabase {
  const suite = {
    save: (doc, baseVersion) => saveCase(suite.db.prisma, { doc, baseVersion, actorId: suite.actor.id, actorEmail: suite.actor.email }),
  } as EditorDatabase;
  beforeAll(async () => {
    suite.db = await openTestDatabase(engine);
    if (seed) await seedDemoData(suite.db.prisma);
    ({ user: suite.actor } = await createUser(suite.db.prisma, { email: `editor-${engine}@example.com`, role: 'EDITOR', password: 'a long enough password' }));
  });
  afterAll(async () => {
    await (suite.db as OpenTestDatabase | undefined)?.drop();
  });
  return suite;
}
