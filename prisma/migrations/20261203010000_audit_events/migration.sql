-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('USER_CREATED', 'ROLE_CHANGED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'SIGN_IN_LOCKED');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "AuditAction" NOT NULL,
    "actorId" UUID,
    "actorEmail" TEXT,
    "targetId" UUID,
    "targetEmail" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);
