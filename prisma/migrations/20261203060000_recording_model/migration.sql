-- Issue #15: the facts real disputes reported that had no field of their own. Existing data moves
-- without loss: a claim's claimant and respondent become the first of its sides, an award takes
-- its outcome's certainty and citations (it was covered by them), notes keep their saved order.

-- CreateEnum
CREATE TYPE "AdjudicatorRole" AS ENUM ('PRESIDING', 'SOLE', 'PANEL_MEMBER', 'SPECIAL_MASTER', 'MAGISTRATE', 'OTHER');

-- CreateEnum
CREATE TYPE "ProceedingRole" AS ENUM ('CLAIMANT', 'RESPONDENT', 'PLAINTIFF', 'DEFENDANT', 'APPLICANT', 'PETITIONER', 'APPELLANT', 'APPELLEE', 'THIRD_PARTY', 'INTERVENOR', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimSide" AS ENUM ('CLAIMANT', 'RESPONDENT');

-- AlterTable
ALTER TABLE "Proceeding" ADD COLUMN "title" TEXT,
ADD COLUMN "forumSeat" TEXT,
ADD COLUMN "otherCaseNumbers" TEXT[],
ADD COLUMN "reportedCitations" TEXT[];

-- AlterTable
ALTER TABLE "Party" ADD COLUMN "originalNameCertainty" "Certainty",
ADD COLUMN "legalRepresentative" TEXT;

-- AlterTable
ALTER TABLE "Covenant" ADD COLUMN "governingLaw" TEXT,
ADD COLUMN "forumSelectionClause" TEXT,
ADD COLUMN "endsOn" DATE,
ADD COLUMN "endsPrecision" "DatePrecision",
ADD COLUMN "endsQualifier" TEXT,
ADD COLUMN "endsAssertedById" UUID;

-- AlterTable
ALTER TABLE "ConsiderationItem" ADD COLUMN "sharesQuantity" DECIMAL(24,4),
ADD COLUMN "sharesClass" TEXT,
ADD COLUMN "sharesAdjustment" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "description" TEXT,
ADD COLUMN "itemNoun" TEXT,
ADD COLUMN "itemsAsserted" INTEGER,
ADD COLUMN "itemsTried" INTEGER;

-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN "settlementShares" DECIMAL(24,4),
ADD COLUMN "settlementSharesDescription" TEXT,
ADD COLUMN "settlementValuationQualifier" "MoneyQualifier",
ADD COLUMN "settlementValuationAmount" DECIMAL(24,4),
ADD COLUMN "settlementValuationCurrency" CHAR(3),
ADD COLUMN "bondQualifier" "MoneyQualifier",
ADD COLUMN "bondAmount" DECIMAL(24,4),
ADD COLUMN "bondCurrency" CHAR(3),
ADD COLUMN "bondPostedById" UUID,
ADD COLUMN "bondPostedOn" DATE,
ADD COLUMN "bondPostedPrecision" "DatePrecision",
ADD COLUMN "bondPostedQualifier" TEXT;

-- AlterTable
ALTER TABLE "OutcomeAward" ADD COLUMN "id" UUID NOT NULL DEFAULT gen_random_uuid(),
ADD COLUMN "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
ADD COLUMN "certaintyNote" TEXT;
ALTER TABLE "OutcomeAward" ALTER COLUMN "id" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "adjudicatorId" UUID,
ADD COLUMN "proceedingPartyId" UUID,
ADD COLUMN "counselId" UUID,
ADD COLUMN "outcomeAwardId" UUID,
ADD COLUMN "outcomeTermId" UUID;

-- CreateTable
CREATE TABLE "Adjudicator" (
    "id" UUID NOT NULL,
    "proceedingId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "originalName" TEXT,
    "role" "AdjudicatorRole" NOT NULL,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Adjudicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProceedingParty" (
    "id" UUID NOT NULL,
    "proceedingId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "role" "ProceedingRole" NOT NULL,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "ProceedingParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counsel" (
    "id" UUID NOT NULL,
    "proceedingPartyId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "firm" TEXT,
    "lawyer" TEXT,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Counsel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimParty" (
    "claimId" UUID NOT NULL,
    "side" "ClaimSide" NOT NULL,
    "partyId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimParty_pkey" PRIMARY KEY ("claimId","side","partyId")
);

-- CreateTable
CREATE TABLE "EvidenceAmount" (
    "id" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL,
    "amountQualifier" "MoneyQualifier" NOT NULL DEFAULT 'UNKNOWN',
    "amount" DECIMAL(24,4),
    "amountCurrency" CHAR(3),

    CONSTRAINT "EvidenceAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeTerm" (
    "id" UUID NOT NULL,
    "outcomeId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL,
    "dueOn" DATE,
    "duePrecision" "DatePrecision",
    "dueQualifier" TEXT,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "OutcomeTerm_pkey" PRIMARY KEY ("id")
);

-- A citation attaches to exactly one fact: the rule is given the new kinds of fact at the end.
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_exactly_one_fact";

-- Data: empty lists, claim sides, award provenance, note order (before the old columns go).
UPDATE "Proceeding" SET "otherCaseNumbers" = '{}', "reportedCitations" = '{}';

INSERT INTO "ClaimParty" ("claimId", "side", "partyId", "position")
SELECT id, 'CLAIMANT'::"ClaimSide", "claimantId", 0 FROM "Claim" WHERE "claimantId" IS NOT NULL
UNION ALL
SELECT id, 'RESPONDENT'::"ClaimSide", "respondentId", 0 FROM "Claim" WHERE "respondentId" IS NOT NULL;

UPDATE "OutcomeAward" a SET "certainty" = o."certainty", "certaintyNote" = o."certaintyNote"
FROM "Outcome" o WHERE o.id = a."outcomeId";

INSERT INTO "Citation" ("id", "caseId", "sourceId", "position", "excerpt", "locator", "attribution", "outcomeAwardId")
SELECT gen_random_uuid(), z."caseId", z."sourceId", z.position, z.excerpt, z.locator, z.attribution, a.id
FROM "OutcomeAward" a JOIN "Citation" z ON z."outcomeId" = a."outcomeId";

UPDATE "Note" n SET "position" = o.position
FROM (SELECT id, (row_number() OVER (PARTITION BY "caseId" ORDER BY "createdAt", id) - 1)::int AS position FROM "Note") o
WHERE o.id = n.id;

-- DropForeignKey
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_claimantId_fkey";

-- DropForeignKey
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_respondentId_fkey";

-- AlterTable
ALTER TABLE "Claim" DROP COLUMN "claimantId",
DROP COLUMN "respondentId";

-- DropIndex
DROP INDEX "Note_caseId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Note_caseId_position_idx" ON "Note"("caseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeAward_id_key" ON "OutcomeAward"("id");

-- CreateIndex
CREATE INDEX "Adjudicator_proceedingId_position_idx" ON "Adjudicator"("proceedingId", "position");

-- CreateIndex
CREATE INDEX "ProceedingParty_partyId_idx" ON "ProceedingParty"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "ProceedingParty_proceedingId_partyId_role_key" ON "ProceedingParty"("proceedingId", "partyId", "role");

-- CreateIndex
CREATE INDEX "Counsel_proceedingPartyId_position_idx" ON "Counsel"("proceedingPartyId", "position");

-- CreateIndex
CREATE INDEX "ClaimParty_partyId_idx" ON "ClaimParty"("partyId");

-- CreateIndex
CREATE INDEX "EvidenceAmount_evidenceId_position_idx" ON "EvidenceAmount"("evidenceId", "position");

-- CreateIndex
CREATE INDEX "OutcomeTerm_outcomeId_position_idx" ON "OutcomeTerm"("outcomeId", "position");

-- CreateIndex
CREATE INDEX "Citation_adjudicatorId_idx" ON "Citation"("adjudicatorId");

-- CreateIndex
CREATE INDEX "Citation_proceedingPartyId_idx" ON "Citation"("proceedingPartyId");

-- CreateIndex
CREATE INDEX "Citation_counselId_idx" ON "Citation"("counselId");

-- CreateIndex
CREATE INDEX "Citation_outcomeAwardId_idx" ON "Citation"("outcomeAwardId");

-- CreateIndex
CREATE INDEX "Citation_outcomeTermId_idx" ON "Citation"("outcomeTermId");

-- AddForeignKey
ALTER TABLE "Adjudicator" ADD CONSTRAINT "Adjudicator_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "Proceeding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProceedingParty" ADD CONSTRAINT "ProceedingParty_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "Proceeding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProceedingParty" ADD CONSTRAINT "ProceedingParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Counsel" ADD CONSTRAINT "Counsel_proceedingPartyId_fkey" FOREIGN KEY ("proceedingPartyId") REFERENCES "ProceedingParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Covenant" ADD CONSTRAINT "Covenant_endsAssertedById_fkey" FOREIGN KEY ("endsAssertedById") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimParty" ADD CONSTRAINT "ClaimParty_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimParty" ADD CONSTRAINT "ClaimParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceAmount" ADD CONSTRAINT "EvidenceAmount_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_bondPostedById_fkey" FOREIGN KEY ("bondPostedById") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTerm" ADD CONSTRAINT "OutcomeTerm_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_adjudicatorId_fkey" FOREIGN KEY ("adjudicatorId") REFERENCES "Adjudicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_proceedingPartyId_fkey" FOREIGN KEY ("proceedingPartyId") REFERENCES "ProceedingParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_counselId_fkey" FOREIGN KEY ("counselId") REFERENCES "Counsel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_outcomeAwardId_fkey" FOREIGN KEY ("outcomeAwardId") REFERENCES "OutcomeAward"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_outcomeTermId_fkey" FOREIGN KEY ("outcomeTermId") REFERENCES "OutcomeTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express (as in the first migration).
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_fact" CHECK (
  num_nonnulls("proceedingId", "casePartyId", "covenantId", "covenantTermId", "considerationItemId",
               "claimId", "evidenceId", "timelineEventId", "outcomeId",
               "adjudicatorId", "proceedingPartyId", "counselId", "outcomeAwardId", "outcomeTermId") = 1
);
ALTER TABLE "Counsel" ADD CONSTRAINT "Counsel_names_someone" CHECK ("firm" IS NOT NULL OR "lawyer" IS NOT NULL);
ALTER TABLE "EvidenceAmount" ADD CONSTRAINT "EvidenceAmount_amount_shape" CHECK (
  ("amountQualifier" IN ('UNKNOWN', 'NOT_MONETARY')) = ("amount" IS NULL AND "amountCurrency" IS NULL) AND ("amount" IS NULL OR "amount" >= 0)
);
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_bond_shape" CHECK (
  ("bondQualifier" IS NOT NULL OR ("bondAmount" IS NULL AND "bondCurrency" IS NULL AND "bondPostedById" IS NULL AND "bondPostedOn" IS NULL))
  AND (coalesce("bondQualifier" IN ('UNKNOWN', 'NOT_MONETARY'), true)) = ("bondAmount" IS NULL AND "bondCurrency" IS NULL)
  AND ("bondAmount" IS NULL OR "bondAmount" >= 0) AND ("bondPostedOn" IS NULL) = ("bondPostedPrecision" IS NULL)
);
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_settlement_equity_shape" CHECK (
  (coalesce("settlementValuationQualifier" IN ('UNKNOWN', 'NOT_MONETARY'), true)) = ("settlementValuationAmount" IS NULL AND "settlementValuationCurrency" IS NULL)
  AND ("settlementShares" IS NULL OR "settlementShares" >= 0)
);
ALTER TABLE "Covenant" ADD CONSTRAINT "Covenant_ends_shape" CHECK (("endsOn" IS NULL) = ("endsPrecision" IS NULL));
ALTER TABLE "OutcomeTerm" ADD CONSTRAINT "OutcomeTerm_due_shape" CHECK (("dueOn" IS NULL) = ("duePrecision" IS NULL));
ALTER TABLE "ConsiderationItem" ADD CONSTRAINT "ConsiderationItem_shares_shape" CHECK ("sharesQuantity" IS NULL OR "sharesQuantity" >= 0);
