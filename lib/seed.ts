// Demo data: the Lenovo v. Chang Cheng reference case and a few fictional cases. Idempotent:
// a case whose id is already stored is left alone, so seeding twice equals seeding once.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db/client';
import { caseDocumentSchema } from './case-document/schema';
import { finishRefresh } from './server/cases/refresh-case-rows';
import { commitCaseVersion } from './server/cases/commit-case-version';

export const SEED_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'prisma', 'seed-data');

export function readSeedDocuments() {
  return fs
    .readdirSync(SEED_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = caseDocumentSchema.safeParse(JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8')));
      if (!parsed.success) throw new Error(`Seed file ${file} is invalid: ${parsed.error.message}`);
      return parsed.data;
    });
}

export async function seedDemoData(prisma: Db): Promise<{ created: string[]; skipped: string[] }> {
  const created: string[] = [];
  const skipped: string[] = [];
  for (const doc of readSeedDocuments()) {
    const committed = await prisma.$transaction(async (tx) => {
      if (await tx.case.findUnique({ where: { id: doc.id }, select: { id: true } })) return null;
      return commitCaseVersion(tx, { document: doc, action: 'CREATE', actorId: null, before: null, isNew: true });
    });
    if (committed) await finishRefresh(prisma, committed.pending);
    (committed ? created : skipped).push(doc.title);
  }
  return { created, skipped };
}
