-- CreateTable
CREATE TABLE "PendingRenameRefresh" (
    "id" UUID NOT NULL,
    "partyIds" UUID[],
    "sourceIds" UUID[],
    "exceptIds" UUID[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingRenameRefresh_pkey" PRIMARY KEY ("id")
);
