// Word rules per kind of fact, English and Chinese side by side. Each list is tried in order and
// the first match wins, so the more specific wording comes first.
import type { ClaimKind, EventKind, EvidenceKind, ForumKind, OutcomeKind } from '../generated/prisma/enums';

export const FILING = /\b(?:initiat\w*|filed|files|filing|sued|sues|brought (?:a |an )?(?:suit|action|claim|case|arbitration)|commenced|lodged|applied for (?:labou?r )?arbitration|(?:took|taken|taking|takes) (?:[\w',]+ ){1,8}to (?:court|arbitration)|issued (?:a |the )?(?:claim|proceedings|complaint)|claim,? issued|countersued)\b|提起|申请仲裁|提请仲裁|起诉|诉至|立案|上诉至|提出上诉/i;
export const APPEAL = /\bappeal\w*|\bCourt of Appeals?\b|上诉|二审|终审/i;
export const REQUEST = /\b(?:request\w*|sought|seek\w*|asked|asks|ask for|demand\w*|claims? for|moved for|prayed|pray\w* for)\b|请求|要求|诉请|诉讼请求|仲裁请求/i;
export const DECIDED = /\b(?:ruled|awarded|decided|held|ordered|dismissed|granted|entered judgment)\b|判决|裁决|驳回|判令/i;

export const FORUM_KINDS: [RegExp, ForumKind][] = [
  [/劳动(?:人事)?争议仲裁委员会|劳动仲裁|劳动人事仲裁|\blabou?r(?: dispute)? arbitration\b/i, 'LABOR_ARBITRATION'],
  [/\bCourt of International Arbitration\b|\bInternational Arbitration\b|\bCIETAC\b|\bHKIAC\b|\bSIAC\b|\bJAMS\b|American Arbitration Association|International Chamber of Commerce|Arbitration Cent(?:re|er)|commercial arbitration|经济贸易仲裁委员会|仲裁委员会|仲裁院/i, 'COMMERCIAL_ARBITRATION'],
  [/arbitra(?:tion|l|tor)|仲裁/i, 'ARBITRATION'],
  [/\bcourt\b|法院/i, 'COURT'],
];

const HAN_NAME = '(?:(?![与和及向对被诉将并在于是的了称从经由给为至])\\p{Script=Han})';
export const FORUM_NAMES: RegExp[] = [
  new RegExp(`${HAN_NAME}{2,20}?(?:人民法院|劳动人事争议仲裁委员会|劳动争议仲裁委员会|仲裁委员会|仲裁院)`, 'gu'),
  // Bounded repetitions: an unbounded run of capitalised words backtracks quadratically on long lines.
  /\b(?:[A-Z]{2,} ){0,6}(?:SUPERIOR|DISTRICT|SUPREME|CIRCUIT|COUNTY|APPEALS) COURT(?: (?:OF|FOR|IN) [A-Z]+(?: [A-Z]+)*)?/g,
  /\b(?:[A-Z][a-zA-Z.']+ ){1,8}(?:Court|Arbitration Association|Arbitration Cent(?:re|er)|Arbitration Commission)(?: of (?:Appeals?(?: for the [A-Z][a-z]+ Circuit)?|(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*))?(?: for the (?:[A-Z][a-z]+ )+District of (?:[A-Z][a-z]+ ?)+)?/g,
];

/** The rest of a claim's clause: up to a comma, "and", or a full stop that is not a decimal point. */
const REST = "(?:[^,;.]|[.,](?=\\d))*?(?=\\s+and\\s|,(?!\\d)|;|\\.(?!\\d)|$)";
const ZH_REST = '[^，；。、]*';
const claim = (en: string, zh: string) => new RegExp(`(?:${en})${REST}|(?:${zh})${ZH_REST}`, 'i');

export const CLAIM_KINDS: [RegExp, ClaimKind][] = [
  [claim('\\b(?:return|refund|repay|repayment of|disgorge)\\w*\\b[^,;.]{0,40}?\\bequity\\b', '返还[^，；。、]{0,10}股(?:权|票|份)'), 'EQUITY_REFUND'],
  [claim('(?:\\b(?:pay|payment of|award of)\\s)?liquidated damages', '(?:支付|赔偿)?违约金'), 'LIQUIDATED_DAMAGES'],
  [claim('\\bcontinu\\w+ (?:to )?(?:perform|honou?r|comply with)|\\bspecific performance', '继续履行'), 'SPECIFIC_PERFORMANCE'],
  [claim('\\b(?:an? )?(?:preliminary |permanent |temporary )?(?:injunction|restraining order)|\\benjoin\\w*', '禁令|停止(?:在|为|从事)'), 'INJUNCTION'],
  [claim('\\bdeclar(?:atory|ation)\\b', '确认[^，；。、]{0,20}(?:无效|不具有约束力|不存在)'), 'DECLARATORY_RELIEF'],
  [claim('\\b(?:pay |payment of |award of )?(?:compensatory |punitive |exemplary )?damages\\b', '赔偿(?:经济)?损失'), 'DAMAGES'],
];

export const EVIDENCE_KINDS: [RegExp, EvidenceKind][] = [
  [/\bsignature (?:appraisal|examination|analysis|identification)|\bhandwriting (?:analysis|expert|appraisal|examination)|\bappraisal (?:agency|institution|body|of the signature)|笔迹鉴定|签名鉴定|字迹鉴定/i, 'SIGNATURE_APPRAISAL'],
  [/\bdenied that (?:the |his |her )?signature|否认[^，。]{0,10}(?:签名|签字)/i, 'PARTY_STATEMENT'],
  [/\bsocial insurance (?:records?|payments?|contributions?)|社保(?:缴纳)?记录|社会保险(?:缴费)?记录/i, 'SOCIAL_INSURANCE_RECORDS'],
  [/\bbank (?:statements?|records?|transfers?)|\bpayment records?|银行流水|转账记录|支付凭证/i, 'PAYMENT_RECORDS'],
  [/\be-?mails?\b|\b(?:WeChat|text) messages\b|微信聊天记录|聊天记录|电子邮件/i, 'CORRESPONDENCE'],
  [/\bexpert (?:report|opinion|witness)|专家意见/i, 'EXPERT_REPORT'],
  [/\btestif\w+|\bwitness(?:es)?\b|证人证言|出庭作证/i, 'TESTIMONY'],
];

/** Verbs near a date that say what happened on it; `generic` ones lose to a specific one nearby. */
export const EVENT_WORDS: { pattern: RegExp; kind: EventKind; generic?: true }[] = [
  { pattern: /\bsign(?:ed|ing)\b|签订|签署|签约/gi, kind: 'AGREEMENT_SIGNED' },
  { pattern: /\bjoin(?:ed|s|ing)?\b|\bhired\b|\bstarted (?:work|working)\b|入职|加盟|加入/gi, kind: 'EMPLOYMENT_STARTED' },
  { pattern: /\bresign\w*|\bleft\b|\bdepart\w*|\bend of (?:his|her) (?:career|employment)|\bquit\b|离职|辞职/gi, kind: 'EMPLOYMENT_ENDED' },
  { pattern: new RegExp(FILING.source, 'gi'), kind: 'PROCEEDING_FILED' },
  { pattern: new RegExp(REQUEST.source, 'gi'), kind: 'CLAIMS_STATED' },
  { pattern: /\bhearings?\b|开庭|庭审/gi, kind: 'HEARING' },
  { pattern: /\bsettle(?:d|ment)\b|和解/gi, kind: 'SETTLEMENT' },
  { pattern: new RegExp(DECIDED.source, 'gi'), kind: 'DECISION' },
  { pattern: /\bappraisal\b|鉴定/gi, kind: 'EVIDENCE', generic: true },
  { pattern: /\bdenied\b|\bstated\b|否认|声明/gi, kind: 'PARTY_STATEMENT', generic: true },
  { pattern: /\bconfirmed\b|\bannounc\w+|宣布|公告|证实/gi, kind: 'ANNOUNCEMENT', generic: true },
];
export const GENERIC_PENALTY = 40;
/** Words between a date and a verb that tie the verb to another moment ("days after he joined"). */
export const RELATIVE_BETWEEN = /\b(?:after|before|since|until|days|weeks|months later)\b|之后|以后|之前|以前/i;
export const RELATIVE_PENALTY = 80;

export const OUTCOME_KINDS: [RegExp, OutcomeKind][] = [
  [/\bdismiss(?:ed|al)\b|驳回[^，。]{0,8}(?:诉讼|仲裁)?请求/i, 'DISMISSAL'],
  [/\bwithdr(?:ew|awn)\b|撤诉|撤回(?:起诉|仲裁申请)/i, 'WITHDRAWAL'],
  [/\b(?:granted|issued|entered) (?:a |an )?(?:preliminary |temporary |permanent )?(?:injunction|restraining order)|颁发禁令|作出禁令/i, 'INJUNCTION'],
  [/\bsettle(?:d|ment)\b|和解|调解结案|\bhas been paid to\b|\bwas paid to\b|支付给/i, 'SETTLEMENT'],
  [/\b(?:tribunal|arbitrators?|panel|commission) (?:awarded|ordered|ruled)|\bissued (?:an|its) award\b|裁决(?:如下|：|:|被申请人|申请人)/i, 'AWARD'],
  [/\bcourt (?:ruled|ordered|held|found for|entered judgment)|\bjudgment (?:for|in favou?r of|against)\b|判决如下|判令|判决被告/i, 'JUDGMENT'],
];

export const COVENANT = /\bnon-?compet\w*|\brestrictive (?:covenant|agreement)|\bnon-?solicit\w*|竞业(?:限制|禁止)?|保密协议/i;
export const COVENANT_TITLE = /[“"《「]([^”"》」]{2,80}?(?:Agreement|Contract|Covenant|协议|合同|协议书))[”"》」]/i;
export const SIGNED = /\bsign(?:ed|ing)\b|签订|签署/gi;
/** A covenant's length, only in wording that states one ("a 12-month non-compete", "竞业限制期限为两年"). */
export const DURATION = /\b(?:for|period of|term of|lasting)\s(?:a\s)?(\d{1,2})[- ]months?\b|(?:期限|期)为?(\d{1,2})个月|\b(?:for|period of|term of)\s(?:a\s)?(one|two|three|\d)[- ]years?\b|(?:期限|期)为?(一|二|两|三|\d)年|\b(\d{1,2})-month non-?compet/i;
