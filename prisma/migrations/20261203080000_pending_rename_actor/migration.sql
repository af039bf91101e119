-- Issue #14: the other cases naming a party or source a save renamed get a history entry of their
-- own when their rows are refreshed after the commit, attributed to whoever saved.

-- AlterTable
ALTER TABLE "PendingRenameRefresh" ADD COLUMN     "actorId" UUID;
