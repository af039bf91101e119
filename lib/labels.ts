// Words for the enum codes, in one place: pages, exports and history all say the same thing.
import type {
  AdjudicatorRole,
  AuditAction,
  CaseRelationKind,
  CaseStatus,
  Certainty,
  ChangeAction,
  ClaimKind,
  ClaimStatus,
  CovenantTermKind,
  EventKind,
  EvidenceKind,
  EvidenceTreatment,
  ForumKind,
  OutcomeKind,
  PartyKind,
  PartyRoleKind,
  ProceedingRole,
  ProceedingStage,
  Role,
  TermFinding,
} from './generated/prisma/enums';

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  OPEN: 'Open',
  DECIDED: 'Decided',
  SETTLED: 'Settled',
  WITHDRAWN: 'Withdrawn',
  UNKNOWN: 'Unknown',
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  CONFIRMED: 'Confirmed',
  REPORTED: 'Reported',
  ALLEGED: 'Alleged',
  DISPUTED: 'Disputed',
  DENIED: 'Denied',
  UNCONFIRMED: 'Unconfirmed',
};

export const FORUM_KIND_LABELS: Record<ForumKind, string> = {
  ARBITRATION: 'Arbitration (institution not known)',
  LABOR_ARBITRATION: 'Labor arbitration commission',
  COMMERCIAL_ARBITRATION: 'Commercial arbitration',
  COURT: 'Court',
  OTHER: 'Other forum',
};

/** The kind of forum in a citation, where the forum's own name is not recorded ("Arbitration, filed June 2020"). */
export const FORUM_KIND_CITATION_LABELS: Record<ForumKind, string> = {
  ARBITRATION: 'Arbitration',
  LABOR_ARBITRATION: 'Labor arbitration',
  COMMERCIAL_ARBITRATION: 'Commercial arbitration',
  COURT: 'Court',
  OTHER: 'Other forum',
};

export const PROCEEDING_STAGE_LABELS: Record<ProceedingStage, string> = {
  ARBITRATION: 'Arbitration',
  FIRST_INSTANCE: 'First instance',
  APPEAL: 'Appeal',
  RETRIAL: 'Retrial',
  OTHER: 'Other',
};

export const ADJUDICATOR_ROLE_LABELS: Record<AdjudicatorRole, string> = {
  PRESIDING: 'Presiding',
  SOLE: 'Sole',
  PANEL_MEMBER: 'Panel member',
  SPECIAL_MASTER: 'Special master',
  MAGISTRATE: 'Magistrate',
  OTHER: 'Other',
};

/** A party's role in one proceeding; it may be reversed in another. */
export const PROCEEDING_ROLE_LABELS: Record<ProceedingRole, string> = {
  CLAIMANT: 'Claimant',
  RESPONDENT: 'Respondent',
  PLAINTIFF: 'Plaintiff',
  DEFENDANT: 'Defendant',
  APPLICANT: 'Applicant',
  PETITIONER: 'Petitioner',
  APPELLANT: 'Appellant',
  APPELLEE: 'Appellee',
  THIRD_PARTY: 'Third party',
  INTERVENOR: 'Intervenor',
  OTHER: 'Other',
};

export const PARTY_KIND_LABELS: Record<PartyKind, string> = { PERSON: 'Person', ORGANIZATION: 'Organization' };

export const PARTY_ROLE_LABELS: Record<PartyRoleKind, string> = {
  CLAIMANT: 'Claimant',
  RESPONDENT: 'Respondent',
  FORMER_EMPLOYER: 'Former employer',
  FORMER_EMPLOYEE: 'Former employee',
  NEW_EMPLOYER: 'New employer',
  THIRD_PARTY: 'Third party',
  NON_PARTY: 'Not a party to the proceedings',
};

export const COVENANT_TERM_LABELS: Record<CovenantTermKind, string> = {
  DURATION: 'Duration',
  GEOGRAPHIC_SCOPE: 'Geographic scope',
  RESTRICTED_ACTIVITIES: 'Restricted activities',
  NON_SOLICITATION: 'Non-solicitation',
  LIQUIDATED_DAMAGES: 'Liquidated damages',
  CONFIDENTIALITY: 'Confidentiality',
  OTHER: 'Other term',
};

export const TERM_FINDING_LABELS: Record<TermFinding, string> = {
  ENFORCED: 'Enforced',
  NARROWED: 'Narrowed',
  STRUCK_DOWN: 'Struck down',
  NOT_DECIDED: 'Not decided',
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  EQUITY_REFUND: 'Equity refund / clawback',
  LIQUIDATED_DAMAGES: 'Liquidated damages',
  SPECIFIC_PERFORMANCE: 'Specific performance',
  INJUNCTION: 'Injunction',
  DAMAGES: 'Damages',
  DECLARATORY_RELIEF: 'Declaratory relief',
  OTHER: 'Other',
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  PENDING: 'Pending',
  GRANTED: 'Granted',
  PARTLY_GRANTED: 'Partly granted',
  DENIED: 'Denied',
  WITHDRAWN: 'Withdrawn',
  SETTLED: 'Settled',
  UNKNOWN: 'Outcome unknown',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  SIGNATURE_APPRAISAL: 'Signature appraisal / forensic examination',
  AGREEMENT: 'The agreement',
  PAYMENT_RECORDS: 'Payment records',
  SOCIAL_INSURANCE_RECORDS: 'Social-insurance or payroll records',
  TESTIMONY: 'Testimony',
  PARTY_STATEMENT: 'Party statement',
  EXPERT_REPORT: 'Expert report',
  CORRESPONDENCE: 'Correspondence',
  OTHER: 'Other',
};

export const EVIDENCE_TREATMENT_LABELS: Record<EvidenceTreatment, string> = {
  ADMITTED: 'Admitted',
  REJECTED: 'Rejected',
  DECISIVE: 'Decisive',
  NOT_RULED_ON: 'Not ruled on',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  AGREEMENT_SIGNED: 'Agreement signed',
  EMPLOYMENT_STARTED: 'Employment started',
  EMPLOYMENT_ENDED: 'Employment ended',
  PROCEEDING_FILED: 'Proceeding filed',
  CLAIMS_STATED: 'Claims stated',
  HEARING: 'Hearing',
  EVIDENCE: 'Evidence',
  PARTY_STATEMENT: 'Party statement',
  DECISION: 'Decision',
  SETTLEMENT: 'Settlement',
  ANNOUNCEMENT: 'Announcement',
  OTHER: 'Other',
};

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  AWARD: 'Award',
  JUDGMENT: 'Judgment',
  INJUNCTION: 'Injunction',
  SETTLEMENT: 'Settlement',
  DISMISSAL: 'Dismissal',
  WITHDRAWAL: 'Withdrawal',
  PENDING: 'Pending',
};

export const RELATION_KIND_LABELS: Record<CaseRelationKind, string> = {
  RELATED: 'Related',
  COUNTER_SUIT: 'Counter-suit',
  PARALLEL: 'Parallel proceedings',
  APPEAL_OF: 'Appeal of',
};

/** The same relations seen from the case named: "B is an appeal of A" shows on A as "Appealed in: B". */
export const RELATION_KIND_INVERSE_LABELS: Record<CaseRelationKind, string> = {
  RELATED: 'Related',
  COUNTER_SUIT: 'Counter-suit',
  PARALLEL: 'Parallel proceedings',
  APPEAL_OF: 'Appealed in',
};

/** What a history entry did, as a past participle: "Version 3 — changed by …". */
export const CHANGE_ACTION_WORDS: Record<ChangeAction, string> = { CREATE: 'created', UPDATE: 'changed', ARCHIVE: 'archived', RESTORE: 'restored', IMPORT: 'imported' };

export const ROLE_LABELS: Record<Role, string> = { ADMIN: 'Admin', EDITOR: 'Editor', VIEWER: 'Viewer' };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "China (CN)", "United States (US-CA)". */
export function jurisdictionLabel(country: string, subdivision: string | null): string {
  let name = country;
  try {
    name = regionNames.of(country) ?? country;
  } catch {
    // not a region code Intl knows: show the code
  }
  return `${name} (${subdivision ?? country})`;
}

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  USER_CREATED: 'Account created',
  ROLE_CHANGED: 'Role changed',
  USER_DEACTIVATED: 'Deactivated',
  USER_REACTIVATED: 'Reactivated',
  PASSWORD_RESET: 'Password reset by an admin',
  PASSWORD_CHANGED: 'Password changed by the user',
  SIGN_IN_LOCKED: 'Sign-in locked',
};
