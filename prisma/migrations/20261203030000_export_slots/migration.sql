-- CreateTable
CREATE TABLE "ExportSlot" (
    "userId" UUID NOT NULL,
    "slot" INTEGER NOT NULL,
    "leaseId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExportSlot_pkey" PRIMARY KEY ("userId","slot")
);
