-- A permanently deleted case takes its history with it: every history entry holds the whole case
-- as it was, so history kept after a delete kept the deleted case readable.

-- The history of cases deleted before this migration, and their DELETE entries, go now.
DELETE FROM "CaseChange" WHERE NOT EXISTS (SELECT 1 FROM "Case" WHERE "Case"."id" = "CaseChange"."caseId");
DELETE FROM "CaseChange" WHERE "action" = 'DELETE';

-- AlterEnum
CREATE TYPE "ChangeAction_new" AS ENUM ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'IMPORT');
ALTER TABLE "CaseChange" ALTER COLUMN "action" TYPE "ChangeAction_new" USING ("action"::text::"ChangeAction_new");
ALTER TYPE "ChangeAction" RENAME TO "ChangeAction_old";
ALTER TYPE "ChangeAction_new" RENAME TO "ChangeAction";
DROP TYPE "ChangeAction_old";

-- AddForeignKey
ALTER TABLE "CaseChange" ADD CONSTRAINT "CaseChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
