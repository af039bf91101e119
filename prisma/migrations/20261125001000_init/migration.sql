-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'DECIDED', 'SETTLED', 'WITHDRAWN', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('CONFIRMED', 'REPORTED', 'ALLEGED', 'DISPUTED', 'DENIED', 'UNCONFIRMED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "MoneyQualifier" AS ENUM ('EXACT', 'MORE_THAN', 'AT_LEAST', 'AT_MOST', 'APPROXIMATELY', 'UNKNOWN', 'NOT_MONETARY');

-- CreateEnum
CREATE TYPE "ForumKind" AS ENUM ('ARBITRATION', 'LABOR_ARBITRATION', 'COMMERCIAL_ARBITRATION', 'COURT', 'OTHER');

-- CreateEnum
CREATE TYPE "ProceedingStage" AS ENUM ('ARBITRATION', 'FIRST_INSTANCE', 'APPEAL', 'RETRIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('PERSON', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "PartyRoleKind" AS ENUM ('CLAIMANT', 'RESPONDENT', 'FORMER_EMPLOYER', 'FORMER_EMPLOYEE', 'NEW_EMPLOYER', 'THIRD_PARTY', 'NON_PARTY');

-- CreateEnum
CREATE TYPE "CovenantTermKind" AS ENUM ('DURATION', 'GEOGRAPHIC_SCOPE', 'RESTRICTED_ACTIVITIES', 'NON_SOLICITATION', 'LIQUIDATED_DAMAGES', 'CONFIDENTIALITY', 'OTHER');

-- CreateEnum
CREATE TYPE "TermFinding" AS ENUM ('ENFORCED', 'NARROWED', 'STRUCK_DOWN', 'NOT_DECIDED');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('EQUITY_REFUND', 'LIQUIDATED_DAMAGES', 'SPECIFIC_PERFORMANCE', 'INJUNCTION', 'DAMAGES', 'DECLARATORY_RELIEF', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('PENDING', 'GRANTED', 'PARTLY_GRANTED', 'DENIED', 'WITHDRAWN', 'SETTLED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('SIGNATURE_APPRAISAL', 'AGREEMENT', 'PAYMENT_RECORDS', 'SOCIAL_INSURANCE_RECORDS', 'TESTIMONY', 'PARTY_STATEMENT', 'EXPERT_REPORT', 'CORRESPONDENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceTreatment" AS ENUM ('ADMITTED', 'REJECTED', 'DECISIVE', 'NOT_RULED_ON');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('AGREEMENT_SIGNED', 'EMPLOYMENT_STARTED', 'EMPLOYMENT_ENDED', 'PROCEEDING_FILED', 'CLAIMS_STATED', 'HEARING', 'EVIDENCE', 'PARTY_STATEMENT', 'DECISION', 'SETTLEMENT', 'ANNOUNCEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('AWARD', 'JUDGMENT', 'INJUNCTION', 'SETTLEMENT', 'DISMISSAL', 'WITHDRAWAL', 'PENDING');

-- CreateEnum
CREATE TYPE "CaseRelationKind" AS ENUM ('RELATED', 'COUNTER_SUIT', 'PARALLEL', 'APPEAL_OF');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'DELETE', 'IMPORT');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "jurisdictionCountry" CHAR(2) NOT NULL,
    "jurisdictionSubdivision" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'UNKNOWN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseRelation" (
    "fromCaseId" UUID NOT NULL,
    "toCaseId" UUID NOT NULL,
    "kind" "CaseRelationKind" NOT NULL DEFAULT 'RELATED',
    "note" TEXT,

    CONSTRAINT "CaseRelation_pkey" PRIMARY KEY ("fromCaseId","toCaseId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTag" (
    "caseId" UUID NOT NULL,
    "tagId" UUID NOT NULL,

    CONSTRAINT "CaseTag_pkey" PRIMARY KEY ("caseId","tagId")
);

-- CreateTable
CREATE TABLE "Proceeding" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "stage" "ProceedingStage" NOT NULL,
    "forumKind" "ForumKind" NOT NULL,
    "forumName" TEXT,
    "forumLevel" TEXT,
    "caseNumber" TEXT,
    "filedOn" DATE,
    "filedPrecision" "DatePrecision",
    "filedQualifier" TEXT,
    "decidedOn" DATE,
    "decidedPrecision" "DatePrecision",
    "decidedQualifier" TEXT,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Proceeding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "originalName" TEXT,
    "aliases" TEXT[],
    "kind" "PartyKind" NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseParty" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "role" "PartyRoleKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "CaseParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Covenant" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT,
    "signedOn" DATE,
    "signedPrecision" "DatePrecision",
    "signedQualifier" TEXT,
    "durationMonths" INTEGER,
    "geographicScope" TEXT,
    "restrictedActivities" TEXT,
    "nonSolicitationScope" TEXT,
    "liquidatedDamagesClause" TEXT,
    "signatureDisputed" BOOLEAN NOT NULL DEFAULT false,
    "validityDisputed" BOOLEAN NOT NULL DEFAULT false,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Covenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CovenantTerm" (
    "id" UUID NOT NULL,
    "covenantId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "CovenantTermKind" NOT NULL,
    "description" TEXT NOT NULL,
    "finding" "TermFinding" NOT NULL DEFAULT 'NOT_DECIDED',
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "CovenantTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsiderationItem" (
    "id" UUID NOT NULL,
    "covenantId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL,
    "amountQualifier" "MoneyQualifier" NOT NULL DEFAULT 'UNKNOWN',
    "amount" DECIMAL(24,4),
    "amountCurrency" CHAR(3),
    "paymentNote" TEXT,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "ConsiderationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "proceedingId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "ClaimKind" NOT NULL,
    "title" TEXT NOT NULL,
    "claimantId" UUID,
    "respondentId" UUID,
    "amountQualifier" "MoneyQualifier" NOT NULL DEFAULT 'UNKNOWN',
    "amount" DECIMAL(24,4),
    "amountCurrency" CHAR(3),
    "amountNote" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'PENDING',
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "proceedingId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "EvidenceKind" NOT NULL,
    "description" TEXT NOT NULL,
    "producedByPartyId" UUID,
    "producedBy" TEXT,
    "producedOn" DATE,
    "producedPrecision" "DatePrecision",
    "producedQualifier" TEXT,
    "finding" TEXT,
    "treatment" "EvidenceTreatment",
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceClaim" (
    "evidenceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,

    CONSTRAINT "EvidenceClaim_pkey" PRIMARY KEY ("evidenceId","claimId")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "EventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "occurredPrecision" "DatePrecision" NOT NULL,
    "occurredQualifier" TEXT,
    "description" TEXT NOT NULL,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "proceedingId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "OutcomeKind" NOT NULL,
    "decidedOn" DATE,
    "decidedPrecision" "DatePrecision",
    "decidedQualifier" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "settlementQualifier" "MoneyQualifier" NOT NULL DEFAULT 'NOT_MONETARY',
    "settlementAmount" DECIMAL(24,4),
    "settlementCurrency" CHAR(3),
    "settlementConfidential" BOOLEAN NOT NULL DEFAULT false,
    "certainty" "Certainty" NOT NULL DEFAULT 'REPORTED',
    "certaintyNote" TEXT,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeAward" (
    "outcomeId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "amountQualifier" "MoneyQualifier" NOT NULL DEFAULT 'UNKNOWN',
    "amount" DECIMAL(24,4),
    "amountCurrency" CHAR(3),

    CONSTRAINT "OutcomeAward_pkey" PRIMARY KEY ("outcomeId","claimId")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision",
    "publishedQualifier" TEXT,
    "language" TEXT,
    "languageNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSource" (
    "caseId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseSource_pkey" PRIMARY KEY ("caseId","sourceId")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "excerpt" TEXT,
    "locator" TEXT,
    "attribution" TEXT,
    "proceedingId" UUID,
    "casePartyId" UUID,
    "covenantId" UUID,
    "covenantTermId" UUID,
    "considerationItemId" UUID,
    "claimId" UUID,
    "evidenceId" UUID,
    "timelineEventId" UUID,
    "outcomeId" UUID,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseChange" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "userId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB,

    CONSTRAINT "CaseChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Case_status_idx" ON "Case"("status");

-- CreateIndex
CREATE INDEX "Case_jurisdictionCountry_idx" ON "Case"("jurisdictionCountry");

-- CreateIndex
CREATE INDEX "Case_updatedAt_idx" ON "Case"("updatedAt");

-- CreateIndex
CREATE INDEX "Case_title_idx" ON "Case"("title");

-- CreateIndex
CREATE INDEX "Case_archivedAt_idx" ON "Case"("archivedAt");

-- CreateIndex
CREATE INDEX "CaseRelation_toCaseId_idx" ON "CaseRelation"("toCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "CaseTag_tagId_idx" ON "CaseTag"("tagId");

-- CreateIndex
CREATE INDEX "Proceeding_caseId_position_idx" ON "Proceeding"("caseId", "position");

-- CreateIndex
CREATE INDEX "Proceeding_forumKind_idx" ON "Proceeding"("forumKind");

-- CreateIndex
CREATE INDEX "Proceeding_caseNumber_idx" ON "Proceeding"("caseNumber");

-- CreateIndex
CREATE INDEX "Party_name_idx" ON "Party"("name");

-- CreateIndex
CREATE INDEX "CaseParty_partyId_idx" ON "CaseParty"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseParty_caseId_partyId_role_key" ON "CaseParty"("caseId", "partyId", "role");

-- CreateIndex
CREATE INDEX "Covenant_caseId_position_idx" ON "Covenant"("caseId", "position");

-- CreateIndex
CREATE INDEX "CovenantTerm_covenantId_position_idx" ON "CovenantTerm"("covenantId", "position");

-- CreateIndex
CREATE INDEX "ConsiderationItem_covenantId_position_idx" ON "ConsiderationItem"("covenantId", "position");

-- CreateIndex
CREATE INDEX "Claim_caseId_position_idx" ON "Claim"("caseId", "position");

-- CreateIndex
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");

-- CreateIndex
CREATE INDEX "Claim_amountCurrency_amount_idx" ON "Claim"("amountCurrency", "amount");

-- CreateIndex
CREATE INDEX "Evidence_caseId_position_idx" ON "Evidence"("caseId", "position");

-- CreateIndex
CREATE INDEX "EvidenceClaim_claimId_idx" ON "EvidenceClaim"("claimId");

-- CreateIndex
CREATE INDEX "TimelineEvent_caseId_position_idx" ON "TimelineEvent"("caseId", "position");

-- CreateIndex
CREATE INDEX "TimelineEvent_caseId_occurredOn_idx" ON "TimelineEvent"("caseId", "occurredOn");

-- CreateIndex
CREATE INDEX "Outcome_caseId_position_idx" ON "Outcome"("caseId", "position");

-- CreateIndex
CREATE INDEX "Outcome_kind_idx" ON "Outcome"("kind");

-- CreateIndex
CREATE INDEX "OutcomeAward_claimId_idx" ON "OutcomeAward"("claimId");

-- CreateIndex
CREATE INDEX "Note_caseId_createdAt_idx" ON "Note"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Source_title_idx" ON "Source"("title");

-- CreateIndex
CREATE INDEX "CaseSource_sourceId_idx" ON "CaseSource"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_caseId_idx" ON "Citation"("caseId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_proceedingId_idx" ON "Citation"("proceedingId");

-- CreateIndex
CREATE INDEX "Citation_casePartyId_idx" ON "Citation"("casePartyId");

-- CreateIndex
CREATE INDEX "Citation_covenantId_idx" ON "Citation"("covenantId");

-- CreateIndex
CREATE INDEX "Citation_covenantTermId_idx" ON "Citation"("covenantTermId");

-- CreateIndex
CREATE INDEX "Citation_considerationItemId_idx" ON "Citation"("considerationItemId");

-- CreateIndex
CREATE INDEX "Citation_claimId_idx" ON "Citation"("claimId");

-- CreateIndex
CREATE INDEX "Citation_evidenceId_idx" ON "Citation"("evidenceId");

-- CreateIndex
CREATE INDEX "Citation_timelineEventId_idx" ON "Citation"("timelineEventId");

-- CreateIndex
CREATE INDEX "Citation_outcomeId_idx" ON "Citation"("outcomeId");

-- CreateIndex
CREATE INDEX "CaseChange_userId_idx" ON "CaseChange"("userId");

-- CreateIndex
CREATE INDEX "CaseChange_at_idx" ON "CaseChange"("at");

-- CreateIndex
CREATE UNIQUE INDEX "CaseChange_caseId_version_key" ON "CaseChange"("caseId", "version");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRelation" ADD CONSTRAINT "CaseRelation_fromCaseId_fkey" FOREIGN KEY ("fromCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRelation" ADD CONSTRAINT "CaseRelation_toCaseId_fkey" FOREIGN KEY ("toCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTag" ADD CONSTRAINT "CaseTag_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTag" ADD CONSTRAINT "CaseTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proceeding" ADD CONSTRAINT "Proceeding_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParty" ADD CONSTRAINT "CaseParty_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParty" ADD CONSTRAINT "CaseParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Covenant" ADD CONSTRAINT "Covenant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CovenantTerm" ADD CONSTRAINT "CovenantTerm_covenantId_fkey" FOREIGN KEY ("covenantId") REFERENCES "Covenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsiderationItem" ADD CONSTRAINT "ConsiderationItem_covenantId_fkey" FOREIGN KEY ("covenantId") REFERENCES "Covenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "Proceeding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "Proceeding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_producedByPartyId_fkey" FOREIGN KEY ("producedByPartyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceClaim" ADD CONSTRAINT "EvidenceClaim_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceClaim" ADD CONSTRAINT "EvidenceClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "Proceeding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeAward" ADD CONSTRAINT "OutcomeAward_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeAward" ADD CONSTRAINT "OutcomeAward_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSource" ADD CONSTRAINT "CaseSource_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSource" ADD CONSTRAINT "CaseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "Proceeding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_casePartyId_fkey" FOREIGN KEY ("casePartyId") REFERENCES "CaseParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_covenantId_fkey" FOREIGN KEY ("covenantId") REFERENCES "Covenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_covenantTermId_fkey" FOREIGN KEY ("covenantTermId") REFERENCES "CovenantTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_considerationItemId_fkey" FOREIGN KEY ("considerationItemId") REFERENCES "ConsiderationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_timelineEventId_fkey" FOREIGN KEY ("timelineEventId") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseChange" ADD CONSTRAINT "CaseChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: rules Prisma's schema language cannot express.
-- A citation attaches to exactly one fact.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_fact" CHECK (
  num_nonnulls("proceedingId", "casePartyId", "covenantId", "covenantTermId", "considerationItemId",
               "claimId", "evidenceId", "timelineEventId", "outcomeId") = 1
);

-- Money: an amount and a currency exactly when the qualifier names a quantity; never negative.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_amount_shape" CHECK (
  ("amountQualifier" IN ('UNKNOWN', 'NOT_MONETARY')) = ("amount" IS NULL AND "amountCurrency" IS NULL) AND ("amount" IS NULL OR "amount" >= 0)
);
ALTER TABLE "ConsiderationItem" ADD CONSTRAINT "ConsiderationItem_amount_shape" CHECK (
  ("amountQualifier" IN ('UNKNOWN', 'NOT_MONETARY')) = ("amount" IS NULL AND "amountCurrency" IS NULL) AND ("amount" IS NULL OR "amount" >= 0)
);
ALTER TABLE "OutcomeAward" ADD CONSTRAINT "OutcomeAward_amount_shape" CHECK (
  ("amountQualifier" IN ('UNKNOWN', 'NOT_MONETARY')) = ("amount" IS NULL AND "amountCurrency" IS NULL) AND ("amount" IS NULL OR "amount" >= 0)
);
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_settlement_shape" CHECK (
  ("settlementQualifier" IN ('UNKNOWN', 'NOT_MONETARY')) = ("settlementAmount" IS NULL AND "settlementCurrency" IS NULL) AND ("settlementAmount" IS NULL OR "settlementAmount" >= 0)
);

-- A date has a precision exactly when it is known.
ALTER TABLE "Proceeding" ADD CONSTRAINT "Proceeding_dates_shape" CHECK (
  ("filedOn" IS NULL) = ("filedPrecision" IS NULL) AND ("decidedOn" IS NULL) = ("decidedPrecision" IS NULL)
);
