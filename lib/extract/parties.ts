// Parties: people and organisations named as actors of the dispute. Latin names are runs of
// capitalised words seen at least twice, at least once next to a dispute or employment verb;
// Chinese names come from role labels (原告：…) and company suffixes; "Chang Cheng (常程)" pairs a
// transliteration with its original script.
import type { PartyKind } from '../generated/prisma/enums';
import type { Span } from './types';

export type PartyCandidate = { name: string; originalName: string | null; aliases: string[]; kind: PartyKind; mentions: Span[] };

const HAN = '\\p{Script=Han}';
const LATIN_NAME = "[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}";
const PAIR_LATIN_FIRST = new RegExp(`(${LATIN_NAME}(?: (?:Group|Inc\\.|Ltd\\.|LLC|Corporation|Company|Technologies|Holdings|Co\\., Ltd\\.))?)\\s*[(（](${HAN}{2,20})[)）]`, 'gu');
const PAIR_HAN_FIRST = new RegExp(`(${HAN}{2,20})\\s*[(（](${LATIN_NAME}(?: (?:Group|Inc\\.|Ltd\\.|LLC|Corporation|Company))?)[)）]`, 'gu');
const ZH_ROLE_LABEL = new RegExp(`(?:原告|被告|申请人|被申请人|上诉人|被上诉人|第三人)(?:[（(][^）)]{1,8}[）)])?[：:]\\s*((?:(?![，,。；;（(\\s])[^\\n]){2,30}?)(?=[，,。；;（(\\s]|$)`, 'gmu');
const ZH_NAME_CHAR = `(?:(?![与和及向对被诉将并在于是的了称从经由给为入职盟])${HAN})`;
/** A person named by a title: 前技术总监赵明, 副总裁常程. */
const ZH_TITLED_PERSON = new RegExp(`(?:总监|经理|总裁|工程师|员工|高管|董事|主管|负责人|创始人|研究员|设计师)(${HAN}{2,3}?)(?=[的，。、于在因称否表与向是已])`, 'gu');
const ZH_ORG = new RegExp(`${ZH_NAME_CHAR}{2,18}?(?:有限责任公司|股份有限公司|有限公司|集团|公司)`, 'gu');
/** Legal-form words: "Lenovo" and "Lenovo Group" name one party. */
const EN_SUFFIX = /\s(?:Group|Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Company|Holdings|GmbH|AG|Limited|PLC|LLP)$/;
/** Forms that are a company's legal name: used as the party's name even when written once. */
const LEGAL_FORM = /\s(?:Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|GmbH|AG|Limited|PLC|LLP)$/;
/** Last words that make a name an organisation's. */
const ORG_WORD = /\s(?:Group|Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Company|Holdings|GmbH|AG|Limited|PLC|LLP|Technologies|Technology|Systems|Analytics|Robotics|Logistics|Freight|Software|Labs|Networks|Partners|Capital|Media|Motion|Motors|Electronics|Solutions|Industries|Bank|University|Finance|Pharmaceuticals|Biotech|Energy|Foods|Airlines)$/;
const CAPITALISED_RUN = /\b[A-Z][a-zA-Z]+(?:[ -](?:[A-Z][a-zA-Z]+|&)){0,5}/g;

/** Words that open a run without being part of a name ("After Chang Cheng joined"). */
const LEADING_WORDS = new Set('The A An After Before Later First Then However But And Or In On At Of For From To By With According It This That These He She His Her They Their We Our Its Since When While Although Thanks Reporter Mr Mrs Ms Dr Judge Justice Former Vice President Chairman CEO Plaintiff Defendant Claimant Respondent Appellant Appellee Both Neither Among Under As Once If Meanwhile Also Yet So Last Next'.split(' '));
/** Last words of runs that name a thing, not a party: the agreement, the court, the program. */
const THING_WORDS = /\b(?:Agreement|Contract|Court|Tribunal|Commission|Committee|Program|Programme|Plan|Edition|Act|Law|Code|Post|Street|Road|Day|Award|Order|Judgment|Clause|Policy|Week|Month|Year|Province|City|District|County|State|States|Circuit|Division|Office|Department)$/;
const NOT_NAMES = new Set('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday China Chinese Beijing Shanghai Shenzhen English Weibo WeChat Twitter Internet'.split(' '));

const ACTOR_AFTER = /^(?:'s)?,?\s(?:\w+ly\s|also\s|then\s|had\s|has\s|have\s|was\s|were\s)?(?:sued|sues|filed|files|initiated|took|taken|requested|requests|denied|denies|joined|hired|hires|confirmed|confirms|said|says|paid|pays|claimed|claims|alleged|alleges|sought|seeks|asked|asks|resigned|left|appealed|argued|argues|responded|announced|announces|agreed|signed|brought|won|lost|countersued|settled|employed|applied|v\.|and\s[A-Z]|nor\s)/;
/** Contexts that make a single mention enough: "joined Corvane Systems", "sued Okafor". */
const STRONG_BEFORE = /(?:sued|against|joined|hired by|v\.|versus)\s(?:the\s)?(?:rival\s|competitor\s)?$/;
const ACTOR_BEFORE = /(?:sued|against|challenging|joined|join|rival|competitor|from|hired|employed by|v\.|versus|nor|neither|left|leave|president of|executive of|employee of|engineer at|director of|officer of|founder of|manager at|worked for|working for|at|to)\s(?:the\s)?$/;

export function findParties(text: string): PartyCandidate[] {
  const candidates = new Map<string, PartyCandidate>();
  const add = (name: string, originalName: string | null, kind: PartyKind) => {
    const key = name.toLowerCase();
    const existing = candidates.get(key);
    if (existing) existing.originalName ??= originalName;
    else candidates.set(key, { name, originalName, aliases: [], kind, mentions: [] });
  };

  for (const m of text.matchAll(PAIR_LATIN_FIRST)) add(trimLeading(m[1]!), m[2]!, kindOf(m[1]!, m[2]!));
  for (const m of text.matchAll(PAIR_HAN_FIRST)) add(trimLeading(m[2]!), m[1]!, kindOf(m[2]!, m[1]!));
  const paired = new Set([...candidates.values()].map((c) => c.originalName));
  for (const m of text.matchAll(ZH_ROLE_LABEL)) if (!paired.has(m[1]!)) add(m[1]!, null, kindOf(null, m[1]!));
  for (const m of text.matchAll(ZH_TITLED_PERSON)) if (!paired.has(m[1]!)) add(m[1]!, null, 'PERSON');
  for (const m of text.matchAll(ZH_ORG)) if (!paired.has(m[0]) && !/^(?:该|本|其|此|这家|一家|某)/u.test(m[0]) && m[0] !== '公司') add(m[0], null, 'ORGANIZATION');

  // Latin runs: counted, then kept when seen twice and once as an actor.
  const runs = new Map<string, { actor: boolean; count: number }>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const legalDot = /\b(?:Inc|Ltd|Corp|Co)$/.test(m[0]) && text[m.index + m[0].length] === '.';
    const name = trimLeading(m[0]).replace(/'s$/, '') + (legalDot ? '.' : '');
    if (name.length < 3 || NOT_NAMES.has(name) || THING_WORDS.test(name) || LEADING_WORDS.has(name)) continue;
    const end = m.index + m[0].length + (legalDot ? 1 : 0);
    const start = end - name.length - (m[0].endsWith("'s") ? 2 : 0);
    const run = runs.get(name) ?? { actor: false, count: 0 };
    run.count++;
    if (STRONG_BEFORE.test(text.slice(Math.max(0, start - 30), start))) run.count++;
    run.actor ||= ACTOR_AFTER.test(text.slice(end, end + 40)) || ACTOR_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    runs.set(name, run);
  }
  // "Lenovo" and "Lenovo Group" are one party, and "Okafor" is "Daniel Okafor": the longer form
  // names it when it is a legal name or written twice, the shorter becomes an alias.
  const longer = (short: string) => [...runs.keys()].find((other) => other !== short && (other.replace(EN_SUFFIX, '').split(' ')[0] === short || (!ORG_WORD.test(other) && other.split(' ').at(-1) === short)));
  const aliases = new Map<string, string[]>();
  for (const name of [...runs.keys()]) {
    const full = longer(name);
    if (!full || !runs.has(name)) continue;
    const [short, long] = [runs.get(name)!, runs.get(full)!];
    const person = !ORG_WORD.test(full);
    const [keep, drop] = person || LEGAL_FORM.test(full) || long.count >= 2 ? [full, name] : [name, full];
    const merged = { count: short.count + long.count, actor: short.actor || long.actor };
    runs.delete(drop);
    runs.set(keep, merged);
    aliases.set(keep, [...(aliases.get(keep) ?? []), drop, ...(aliases.get(drop) ?? [])]);
  }
  for (const [name, run] of runs) {
    if (!run.actor || (run.count < 2 && !LEGAL_FORM.test(name))) continue;
    const forms = [name, ...(aliases.get(name) ?? [])].map((f) => f.toLowerCase());
    const known = [...candidates.values()].find((c) => forms.includes(c.name.toLowerCase()) || c.aliases.some((a) => forms.includes(a.toLowerCase())));
    if (known) {
      known.aliases.push(...[name, ...(aliases.get(name) ?? [])].filter((f) => f.toLowerCase() !== known.name.toLowerCase() && !known.aliases.includes(f)));
      continue;
    }
    add(name, null, kindOf(name, null));
    candidates.get(name.toLowerCase())!.aliases.push(...(aliases.get(name) ?? []));
  }

  // "人北京云杉科技有限公司" is a match that started too early: the name seen alone is the party.
  const parties = [...candidates.values()].filter((p) => !(p.originalName === null && /^\p{Script=Han}/u.test(p.name) && [...candidates.values()].some((q) => q !== p && p.name.endsWith(q.name) && p.name.length - q.name.length <= 2)));
  for (const party of parties) {
    for (const form of [party.name, ...party.aliases, ...(party.originalName ? [party.originalName] : [])]) party.mentions.push(...mentionsOf(text, form));
    // "Raman" inside "Priya Raman" is the same mention.
    party.mentions = party.mentions.filter((m) => !party.mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)).sort((a, b) => a.start - b.start);
  }
  return parties.filter((p) => p.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function trimLeading(run: string): string {
  const words = run.split(' ');
  while (words.length > 1 && LEADING_WORDS.has(words[0]!)) words.shift();
  return words.join(' ');
}

function kindOf(latin: string | null, han: string | null): PartyKind {
  if (latin && (ORG_WORD.test(` ${latin.split(' ').at(-1)}`) || !latin.includes(' '))) return 'ORGANIZATION';
  if (han && /(?:公司|集团|委员会|银行|大学|研究院|中心|机器人|科技|网络)$/u.test(han)) return 'ORGANIZATION';
  if (latin) return 'PERSON';
  return han && han.length <= 4 ? 'PERSON' : 'ORGANIZATION';
}

function mentionsOf(text: string, form: string): Span[] {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = /^\p{Script=Han}/u.test(form) ? new RegExp(escaped, 'gu') : new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
