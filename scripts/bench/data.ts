// Synthetic but realistic cases for `npm run bench`: a spread of jurisdictions, forums, claim kinds,
// amounts and currencies, outcomes and dates; English and Chinese party names (many of two or three
// characters); a few citation excerpts per case. Deterministic (seeded), loaded with large
// multi-row INSERTs (unnest of arrays: one statement per table per chunk).
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items.at(-1)![0];
}
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const JURISDICTIONS: readonly (readonly [readonly [string, readonly (string | null)[]], number])[] = [
  [['CN', ['CN-BJ', 'CN-SH', 'CN-GD', 'CN-ZJ', 'CN-JS', null]], 35],
  [['US', ['US-CA', 'US-NY', 'US-TX', 'US-MA', 'US-IL', 'US-WA']], 25],
  [['DE', ['DE-BY', 'DE-BW', 'DE-BE', 'DE-NW']], 10],
  [['GB', [null]], 8],
  [['FR', [null]], 5],
  [['JP', ['JP-13', null]], 5],
  [['IN', ['IN-KA', 'IN-MH']], 4],
  [['SG', [null]], 3],
  [['AU', ['AU-NSW', 'AU-VIC']], 3],
  [['CA', ['CA-ON', 'CA-BC']], 2],
];
const CURRENCY: Record<string, string> = { CN: 'CNY', US: 'USD', DE: 'EUR', GB: 'GBP', FR: 'EUR', JP: 'JPY', IN: 'INR', SG: 'SGD', AU: 'AUD', CA: 'CAD' };

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣佳怡晨博文轩程然昊天瑞子豪梓涵一诺'];
const PINYIN: Record<string, string> = {};
const WESTERN_FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'Thomas', 'Sarah', 'Daniel', 'Karen', 'Matthew', 'Anna', 'Lukas', 'Sophie', 'Pierre', 'Claire', 'Hiroshi', 'Yuki', 'Arjun', 'Priya', 'Oliver', 'Charlotte', 'Felix', 'Emma', 'Noah', 'Mia'];
const WESTERN_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Garcia', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Dubois', 'Laurent', 'Tanaka', 'Sato', 'Sharma', 'Patel', 'Nguyen', 'Kim', 'Park', 'Okafor'];
const INDUSTRIES = ['battery', 'semiconductor', 'software', 'pharmaceutical', 'automotive', 'e-commerce', 'gaming', 'logistics', 'robotics', 'biotech', 'fintech', 'telecom', 'solar', 'drone', 'cloud', 'medical device', 'insurance', 'cosmetics', 'aerospace', 'agritech'];
const ORG_PREFIX = ['Aurora', 'Blue Ridge', 'Cedar', 'Delta', 'Evergreen', 'Falcon', 'Granite', 'Harbor', 'Ion', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Nova', 'Orion', 'Pioneer', 'Quantum', 'Redwood', 'Summit', 'Titan', 'Unity', 'Vertex', 'Willow', 'Xenon', 'Yellowstone', 'Zenith'];
const ORG_SUFFIX = ['Technologies', 'Systems', 'Holdings', 'Labs', 'Group', 'Industries', 'Networks', 'Dynamics', 'Solutions', 'Corporation'];
const CN_ORG_WORDS = [...'华腾达盛远鑫信恒通创新科智联云海星光瑞金泰安明'];
const CN_ORG_SUFFIX = ['科技有限公司', '集团', '电子有限公司', '网络科技有限公司', '智能科技有限公司'];
const TAGS = ['non-compete', 'non-solicitation', 'trade secrets', 'equity clawback', 'liquidated damages', 'injunction', 'garden leave', 'signature dispute', 'compensation unpaid', 'social insurance', 'appeal', 'settlement', 'executive', 'engineer', 'sales', 'cross-border', 'labor arbitration', 'consideration', 'geographic scope', 'duration', 'competitor list', 'stock options', 'confidentiality', 'poaching', 'startup'];
const CLAIM_KINDS = [
  ['LIQUIDATED_DAMAGES', 30],
  ['INJUNCTION', 18],
  ['DAMAGES', 18],
  ['SPECIFIC_PERFORMANCE', 12],
  ['EQUITY_REFUND', 8],
  ['DECLARATORY_RELIEF', 8],
  ['OTHER', 6],
] as const;
const OUTCOME_KINDS = [['JUDGMENT', 30], ['AWARD', 22], ['SETTLEMENT', 18], ['DISMISSAL', 10], ['PENDING', 10], ['INJUNCTION', 6], ['WITHDRAWAL', 4]] as const;
const CERTAINTIES = [['CONFIRMED', 50], ['REPORTED', 30], ['ALLEGED', 8], ['DISPUTED', 5], ['DENIED', 2], ['UNCONFIRMED', 5]] as const;
const STATUSES = [['DECIDED', 45], ['OPEN', 20], ['SETTLED', 15], ['WITHDRAWN', 5], ['UNKNOWN', 15]] as const;
const EXCERPTS = [
  'According to people familiar with the matter, the company asked the tribunal to order the return of the equity incentive.',
  'The court found that the restricted period of 24 months exceeded what was reasonable for the position.',
  'The former employee said he had never received the non-compete compensation promised in the agreement.',
  'Neither company responded to requests for comment.',
  'The arbitration commission held that the liquidated damages clause was enforceable but reduced the amount.',
  'The new employer denied that any confidential information had been used.',
  'A spokesperson confirmed that the parties had reached a confidential settlement.',
  'The judgment notes that social insurance records showed the employee working for a competitor.',
];

function personName(rng: Rng, chinese: boolean) {
  if (chinese) {
    const surname = pick(rng, SURNAMES);
    const given = rng() < 0.55 ? pick(rng, GIVEN) : pick(rng, GIVEN) + pick(rng, GIVEN);
    const original = surname + given;
    const latin = `${PINYIN[surname] ?? 'Wang'} ${[...given].map((c) => PINYIN[c] ?? 'Wei').join('')}`;
    return { name: latin, originalName: original, aliases: rng() < 0.3 ? [latin.replace(' ', '')] : [] };
  }
  return { name: `${pick(rng, WESTERN_FIRST)} ${pick(rng, WESTERN_LAST)}`, originalName: null, aliases: [] };
}

// Rough pinyin so English names exist for Chinese ones (not linguistically exact; good enough for load).
const SYLLABLES = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'yu', 'jiang', 'cai', 'du', 'ye', 'cheng', 'su', 'wei', 'lu', 'ding', 'ren', 'shen', 'yao', 'cui', 'zhong', 'tan', 'fan', 'jin', 'shi', 'liao', 'jia', 'xia', 'fu', 'fang', 'bai', 'zou', 'meng', 'xiong', 'qin', 'qiu', 'yin', 'xue', 'yan', 'duan', 'lei', 'hou', 'long', 'tao', 'li', 'mao', 'hao', 'gong', 'shao', 'wan', 'qian', 'qiang', 'jun', 'jie', 'tao', 'ming', 'chao', 'xiu', 'xia', 'ping', 'gang', 'gui', 'ying', 'hua', 'fen', 'yan', 'bin', 'hui', 'hao', 'kai', 'ning', 'xin', 'jia', 'yi', 'wen', 'xuan', 'ran', 'rui', 'zi', 'han', 'nuo'];
[...SURNAMES, ...GIVEN].forEach((c, i) => {
  const s = SYLLABLES[i % SYLLABLES.length]!;
  PINYIN[c] ??= s.charAt(0).toUpperCase() + s.slice(1);
});

type Row = unknown[];
export type Tables = Record<string, Row[]>;

/** Columns of each table as inserted: name and PostgreSQL type (arrays of these are unnested). */
export const COLUMNS: Record<string, [string, string][]> = {
  Party: [['id', 'uuid'], ['name', 'text'], ['originalName', 'text'], ['aliases', 'text'], ['kind', '"PartyKind"']],
  Source: [['id', 'uuid'], ['title', 'text'], ['publisher', 'text'], ['language', 'text']],
  Case: [['id', 'uuid'], ['title', 'text'], ['summary', 'text'], ['jurisdictionCountry', 'bpchar'], ['jurisdictionSubdivision', 'text'], ['status', '"CaseStatus"'], ['fictional', 'boolean'], ['updatedAt', 'timestamptz'], ['createdAt', 'timestamptz']],
  CaseParty: [['id', 'uuid'], ['caseId', 'uuid'], ['partyId', 'uuid'], ['role', '"PartyRoleKind"'], ['position', 'int'], ['certainty', '"Certainty"']],
  CaseSource: [['caseId', 'uuid'], ['sourceId', 'uuid'], ['position', 'int']],
  CaseTag: [['caseId', 'uuid'], ['tagId', 'uuid']],
  Proceeding: [['id', 'uuid'], ['caseId', 'uuid'], ['position', 'int'], ['stage', '"ProceedingStage"'], ['forumKind', '"ForumKind"'], ['forumName', 'text'], ['caseNumber', 'text'], ['filedOn', 'date'], ['filedPrecision', '"DatePrecision"'], ['certainty', '"Certainty"']],
  Claim: [['id', 'uuid'], ['caseId', 'uuid'], ['proceedingId', 'uuid'], ['position', 'int'], ['kind', '"ClaimKind"'], ['title', 'text'], ['amountQualifier', '"MoneyQualifier"'], ['amount', 'numeric'], ['amountCurrency', 'bpchar'], ['status', '"ClaimStatus"'], ['certainty', '"Certainty"']],
  Evidence: [['id', 'uuid'], ['caseId', 'uuid'], ['position', 'int'], ['kind', '"EvidenceKind"'], ['description', 'text'], ['finding', 'text'], ['certainty', '"Certainty"']],
  TimelineEvent: [['id', 'uuid'], ['caseId', 'uuid'], ['position', 'int'], ['kind', '"EventKind"'], ['occurredOn', 'date'], ['occurredPrecision', '"DatePrecision"'], ['description', 'text'], ['certainty', '"Certainty"']],
  Outcome: [['id', 'uuid'], ['caseId', 'uuid'], ['proceedingId', 'uuid'], ['position', 'int'], ['kind', '"OutcomeKind"'], ['decidedOn', 'date'], ['decidedPrecision', '"DatePrecision"'], ['summary', 'text'], ['certainty', '"Certainty"']],
  Citation: [['id', 'uuid'], ['caseId', 'uuid'], ['sourceId', 'uuid'], ['position', 'int'], ['excerpt', 'text'], ['attribution', 'text'], ['proceedingId', 'uuid'], ['casePartyId', 'uuid'], ['claimId', 'uuid'], ['timelineEventId', 'uuid']],
};
/** Insert order: referenced tables first. */
export const TABLE_ORDER = ['Party', 'Source', 'Case', 'CaseParty', 'CaseSource', 'CaseTag', 'Proceeding', 'Claim', 'Evidence', 'TimelineEvent', 'Outcome', 'Citation'];

const date = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export type Generator = { tagIds: Map<string, string>; chunk: (count: number) => Tables };

/** Shared organisations (one party serves many cases) and tags, then cases chunk by chunk. */
export function createGenerator(seed = 20261125): Generator & { organisations: Tables } {
  const rng = mulberry32(seed);
  const organisations: Tables = { Party: [] };
  const orgs: { id: string; chinese: boolean }[] = [];
  for (let i = 0; i < 3000; i++) {
    const chinese = i % 3 === 0;
    const industry = pick(rng, INDUSTRIES);
    const name = `${pick(rng, ORG_PREFIX)} ${industry.replace(/(^|\s)\w/g, (c) => c.toUpperCase())} ${pick(rng, ORG_SUFFIX)}`;
    const original = chinese ? pick(rng, CN_ORG_WORDS) + pick(rng, CN_ORG_WORDS) + pick(rng, CN_ORG_SUFFIX) : null;
    const id = randomUUID();
    organisations.Party!.push([id, `${name} ${i}`, original, `{}`, 'ORGANIZATION']);
    orgs.push({ id, chinese });
  }
  const tagIds = new Map(TAGS.map((t) => [t, randomUUID()]));
  const cnOrgs = orgs.filter((o) => o.chinese);
  const otherOrgs = orgs.filter((o) => !o.chinese);

  const chunk = (count: number): Tables => {
    const t: Tables = Object.fromEntries(TABLE_ORDER.map((name) => [name, []]));
    for (let n = 0; n < count; n++) {
      const caseId = randomUUID();
      const [country, subdivisions] = weighted(rng, JURISDICTIONS);
      const subdivision = pick(rng, subdivisions);
      const chinese = country === 'CN';
      const currency = CURRENCY[country]!;
      const industry = pick(rng, INDUSTRIES);
      const employer = pick(rng, chinese ? cnOrgs : otherOrgs);
      let newEmployer = pick(rng, chinese ? cnOrgs : otherOrgs);
      if (newEmployer === employer) newEmployer = pick(rng, orgs);
      const person = personName(rng, chinese);
      const personId = randomUUID();
      t.Party!.push([personId, person.name, person.originalName, `{${person.aliases.join(',')}}`, 'PERSON']);

      const startYear = weighted(rng, Array.from({ length: 20 }, (_, i) => [2005 + i, 1 + i] as const));
      const title = `${ORG_PREFIX[Math.floor(rng() * ORG_PREFIX.length)]} ${industry} dispute: employer v. ${person.name}`;
      const summary =
        `A ${industry} company sued its former ${pick(rng, ['engineer', 'sales director', 'vice president', 'product manager', 'researcher'])} ${person.name}` +
        `${person.originalName ? ` (${person.originalName})` : ''} for joining a competitor within the ${pick(rng, [6, 12, 18, 24])}-month restricted period. ` +
        `${pick(rng, EXCERPTS)} ${rng() < 0.5 ? pick(rng, EXCERPTS) : ''}`.trimEnd(); // as the app stores text: trimmed
      const status = weighted(rng, STATUSES);
      const updated = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng() * 600 * 86400000)).toISOString();
      t.Case!.push([caseId, title, summary, country, subdivision, status, true, updated, updated]);

      const roles: [string, string, string][] = [
        [randomUUID(), employer.id, 'CLAIMANT'],
        [randomUUID(), employer.id, 'FORMER_EMPLOYER'],
        [randomUUID(), personId, 'RESPONDENT'],
        [randomUUID(), newEmployer.id, 'NEW_EMPLOYER'],
      ];
      roles.forEach(([id, partyId, role], i) => t.CaseParty!.push([id, caseId, partyId, role, i, weighted(rng, CERTAINTIES)]));

      const sourceIds = Array.from({ length: between(rng, 1, 2) }, () => randomUUID());
      sourceIds.forEach((id, i) => {
        t.Source!.push([id, `${pick(rng, ['Caixin', 'Reuters', 'Law360', 'Handelsblatt', 'Nikkei', 'Le Monde', 'Sina Finance', 'Bloomberg Law'])} report on ${person.name} (${startYear + 1})`, pick(rng, ['Caixin', 'Reuters', 'Law360', 'Handelsblatt']), chinese ? 'zh' : 'en']);
        t.CaseSource!.push([caseId, id, i]);
      });
      const tags = new Set(Array.from({ length: between(rng, 1, 4) }, () => pick(rng, TAGS)));
      tags.add('non-compete');
      for (const tag of tags) t.CaseTag!.push([caseId, tagIds.get(tag)!]);

      const proceedingCount = weighted(rng, [[1, 50], [2, 35], [3, 15]] as const);
      const proceedings: string[] = [];
      for (let p = 0; p < proceedingCount; p++) {
        const id = randomUUID();
        proceedings.push(id);
        const forum =
          p === 0 && chinese && rng() < 0.8
            ? 'LABOR_ARBITRATION'
            : weighted(rng, [['COURT', 75], ['COMMERCIAL_ARBITRATION', 12], ['ARBITRATION', 8], ['OTHER', 5]] as const);
        const stage = forum === 'COURT' ? (p === 0 ? 'FIRST_INSTANCE' : p === 1 ? 'APPEAL' : 'RETRIAL') : 'ARBITRATION';
        const year = startYear + p;
        const num = between(rng, 100, 9999);
        const caseNumber = chinese
          ? forum === 'LABOR_ARBITRATION'
            ? `深劳人仲案〔${year}〕${num}号`
            : `(${year})粤03${p === 0 ? '05民初' : '民终'}${num}号`
          : country === 'US'
            ? `${between(rng, 1, 9)}:${String(year).slice(2)}-cv-${String(num).padStart(5, '0')}`
            : `${between(rng, 1, 40)} ${pick(rng, ['Ga', 'O', 'HC', 'RG'])} ${num}/${String(year).slice(2)}`;
        t.Proceeding!.push([id, caseId, p, stage, forum, `${pick(rng, ['Shenzhen', 'Beijing', 'Shanghai', 'Northern District', 'Munich', 'London', 'Paris', 'Tokyo'])} ${forum === 'COURT' ? 'Court' : 'Tribunal'}`, rng() < 0.85 ? caseNumber : null, date(year, between(rng, 1, 12), between(rng, 1, 28)), 'DAY', weighted(rng, CERTAINTIES)]);
      }

      const claimCount = between(rng, 1, 3);
      const claims: string[] = [];
      for (let c = 0; c < claimCount; c++) {
        const id = randomUUID();
        claims.push(id);
        const kind = weighted(rng, CLAIM_KINDS);
        const monetary = kind !== 'INJUNCTION' && kind !== 'SPECIFIC_PERFORMANCE' && kind !== 'DECLARATORY_RELIEF';
        const qualifier = monetary ? weighted(rng, [['EXACT', 70], ['MORE_THAN', 10], ['APPROXIMATELY', 8], ['UNKNOWN', 12]] as const) : 'NOT_MONETARY';
        const hasAmount = qualifier !== 'UNKNOWN' && qualifier !== 'NOT_MONETARY';
        const amount = hasAmount ? String(Math.round(10 ** (4 + rng() * 3.7)) * (currency === 'JPY' ? 100 : 1)) : null;
        t.Claim!.push([id, caseId, proceedings[0], c, kind, `${kind.toLowerCase().replace(/_/g, ' ')} for breach of the non-compete obligation`, qualifier, amount, hasAmount ? currency : null, weighted(rng, [['GRANTED', 30], ['PARTLY_GRANTED', 25], ['DENIED', 20], ['PENDING', 15], ['UNKNOWN', 10]] as const), weighted(rng, CERTAINTIES)]);
      }

      for (let e = 0; e < between(rng, 0, 2); e++) {
        t.Evidence!.push([randomUUID(), caseId, e, pick(rng, ['AGREEMENT', 'PAYMENT_RECORDS', 'SOCIAL_INSURANCE_RECORDS', 'TESTIMONY', 'SIGNATURE_APPRAISAL']), `Evidence about the ${industry} role`, pick(rng, EXCERPTS), weighted(rng, CERTAINTIES)]);
      }

      const events: string[] = [];
      const eventCount = between(rng, 2, 5);
      for (let e = 0; e < eventCount; e++) {
        const id = randomUUID();
        events.push(id);
        const year = Math.min(2025, startYear - 1 + e);
        t.TimelineEvent!.push([id, caseId, e, pick(rng, ['AGREEMENT_SIGNED', 'EMPLOYMENT_ENDED', 'PROCEEDING_FILED', 'HEARING', 'DECISION', 'ANNOUNCEMENT']), date(year, between(rng, 1, 12), 1), 'MONTH', `${person.name} ${pick(rng, ['leaves', 'joins a rival', 'is sued', 'testifies', 'appeals'])}`, weighted(rng, CERTAINTIES)]);
      }

      const outcomeCount = status === 'OPEN' ? between(rng, 0, 1) : between(rng, 1, 2);
      for (let o = 0; o < outcomeCount; o++) {
        const year = Math.min(2025, startYear + 1 + o);
        t.Outcome!.push([randomUUID(), caseId, proceedings[Math.min(o, proceedings.length - 1)], o, weighted(rng, OUTCOME_KINDS), date(year, between(rng, 1, 12), 1), 'MONTH', pick(rng, EXCERPTS), weighted(rng, CERTAINTIES)]);
      }

      // A few citations: proceedings, one party role, claims, half the events.
      let position = 0;
      const cite = (fact: { proceedingId?: string; casePartyId?: string; claimId?: string; timelineEventId?: string }) =>
        t.Citation!.push([randomUUID(), caseId, pick(rng, sourceIds), position++, pick(rng, EXCERPTS), rng() < 0.2 ? 'unnamed sources' : null, fact.proceedingId ?? null, fact.casePartyId ?? null, fact.claimId ?? null, fact.timelineEventId ?? null]);
      proceedings.forEach((id) => cite({ proceedingId: id }));
      cite({ casePartyId: roles[2]![0] });
      claims.forEach((id) => cite({ claimId: id }));
      events.forEach((id) => rng() < 0.5 && cite({ timelineEventId: id }));
    }
    return t;
  };
  return { tagIds, chunk, organisations };
}

/** One INSERT … SELECT FROM unnest(…) per table: thousands of rows per statement. */
export async function insertTables(client: pg.ClientBase, tables: Tables): Promise<number> {
  let rows = 0;
  for (const table of TABLE_ORDER) {
    const data = tables[table];
    if (!data?.length) continue;
    const columns = COLUMNS[table]!;
    const arrays = columns.map((_, i) => data.map((row) => row[i]));
    // Identifiers and types are this file's constants; every value is a bind parameter.
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const select = columns.map(([name, type]) => (name === 'aliases' ? `"${name}"::text[]` : type.startsWith('"') ? `"${name}"::text::${type}` : `"${name}"`)).join(', ');
    const enumsAsText = columns.map(([name, type], i) => (type.startsWith('"') ? `$${i + 1}::text[]` : name === 'aliases' ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`)).join(', ');
    await client.query(`INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${enumsAsText}) AS t(${names})`, arrays);
    rows += data.length;
  }
  return rows;
}
