// Assembles suggestions from the rule families, sentence by sentence. Pure and synchronous.
import type { Certainty, ClaimKind, EventKind, PartyRoleKind } from '../generated/prisma/enums';
import { formatMoney, type Money } from '../money';
import { findCaseNumbers } from './case-numbers';
import { noResponseNote, readCertainty } from './certainty';
import { findDates, type DateMention } from './dates';
import { findMoney, type MoneyMention } from './money';
import { findParties, type PartyCandidate } from './parties';
import * as rules from './rules';
import { splitSentences } from './sentences';
import type { ExtractedDate, Extraction, ExtractionContext, FactOf, Sentence, Span, Suggestion, SuggestionGroup } from './types';

type Read = {
  sentence: Sentence;
  dates: DateMention[];
  money: MoneyMention[];
  certainty: Certainty;
  certaintyNote: string | null;
};

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
const slug = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40);
const shift = <T extends Span>(items: T[], by: number): T[] => items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
const capitalise = (value: string) => value.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

export function extractSuggestions(text: string, context: ExtractionContext): Extraction {
  const sentences = splitSentences(text);
  const reads: Read[] = sentences.map((sentence, i) => {
    const { certainty, note } = readCertainty(sentence.text);
    const next = sentences[i + 1];
    const unanswered = next ? noResponseNote(next.text) : null;
    return {
      sentence,
      dates: shift(findDates(sentence.text, context.published), sentence.start),
      money: shift(findMoney(sentence.text), sentence.start),
      certainty,
      certaintyNote: [note, unanswered].filter(Boolean).join('; ') || null,
    };
  });
  const suggestions: Suggestion[] = [];
  const suggest = <G extends SuggestionGroup>(group: G, read: Read, key: string, summary: string, spans: Span[], fact: FactOf[G]) => {
    suggestions.push({ id: `${group}:${read.sentence.index}:${slug(key)}`, group, summary, sentenceIndex: read.sentence.index, spans, certainty: read.certainty, certaintyNote: read.certaintyNote, fact } as Suggestion);
  };

  const parties = findParties(text);
  const roles = partyRoles(parties, reads, text);
  for (const party of parties) {
    const role = roles.get(party);
    const read = role ? reads[role.sentenceIndex]! : readAt(reads, party.mentions[0]!.start);
    const spans = party.mentions.filter((m) => m.start >= read.sentence.start && m.end <= read.sentence.end);
    const name = party.originalName ? `${party.name} (${party.originalName})` : party.name;
    suggest('parties', read, party.name, ['Party', name, words(party.kind), role ? words(role.role) : null].filter(Boolean).join(' · '), spans, {
      name: party.name,
      originalName: party.originalName,
      kind: party.kind,
      role: role?.role ?? null,
    });
  }
  const claimants = parties.filter((p) => roles.get(p)?.role === 'CLAIMANT').map((p) => p.name);
  const respondents = parties.filter((p) => roles.get(p)?.role === 'RESPONDENT').map((p) => p.name);

  proceedings(reads, suggest);
  covenants(reads, suggest);
  claims(reads, claimants, respondents, suggest);
  evidence(reads, parties, suggest);
  events(reads, suggest);
  outcomes(reads, suggest);
  return { sentences, suggestions };
}

type Suggest = <G extends SuggestionGroup>(group: G, read: Read, key: string, summary: string, spans: Span[], fact: FactOf[G]) => void;

function readAt(reads: Read[], offset: number): Read {
  return reads.find((r) => offset >= r.sentence.start && offset < r.sentence.end) ?? reads[0]!;
}

const matchSpan = (read: Read, m: RegExpExecArray | RegExpMatchArray): Span => ({ start: read.sentence.start + m.index!, end: read.sentence.start + m.index! + m[0].length });

/** The date in the sentence nearest to a word matching `pattern` (the filing, the signing). */
function dateNear(read: Read, pattern: RegExp): DateMention | null {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const hits = [...read.sentence.text.matchAll(global)].map((m) => read.sentence.start + m.index);
  if (hits.length === 0 || read.dates.length === 0) return null;
  const distance = (d: DateMention) => Math.min(...hits.map((h) => Math.min(Math.abs(h - d.start), Math.abs(h - d.end))));
  return [...read.dates].sort((a, b) => distance(a) - distance(b))[0]!;
}

function partyRoles(parties: PartyCandidate[], reads: Read[], text: string): Map<PartyCandidate, { role: PartyRoleKind; sentenceIndex: number }> {
  const roles = new Map<PartyCandidate, { role: PartyRoleKind; sentenceIndex: number }>();
  const set = (party: PartyCandidate, role: PartyRoleKind, sentenceIndex: number) => {
    if (!roles.has(party)) roles.set(party, { role, sentenceIndex });
  };
  for (const read of reads) {
    const { start, end } = read.sentence;
    for (const party of parties) {
      const at = party.mentions.find((m) => m.start >= start && m.end <= end)?.start;
      if (at !== undefined && /\b(?:joined|join|hired by|joining)\s(?:the\s)?(?:rival\s|competitor\s)?$|(?:加盟|入职|加入)(?:竞争对手|竞品公司|对手)?$/u.test(text.slice(Math.max(start, at - 24), at))) set(party, 'NEW_EMPLOYER', read.sentence.index);
    }
  }
  for (const party of parties) {
    for (const mention of party.mentions) {
      const before = text.slice(Math.max(0, mention.start - 14), mention.start);
      // 上诉人（原审被告）: the first-instance role says who brought the dispute.
      const label = /(被上诉人|被申请人|被告|上诉人|申请人|原告)(?:[（(](?:原审|一审)?(原告|被告|申请人|被申请人)?[^）)]{0,6}[）)])?[：:]?\s*$/u.exec(before);
      const role = label?.[2] ?? label?.[1];
      if (role) set(party, role.startsWith('被') ? 'RESPONDENT' : 'CLAIMANT', readAt(reads, mention.start).sentence.index);
    }
  }
  for (const read of reads) {
    const { start, end } = read.sentence;
    const inSentence = (p: PartyCandidate) => p.mentions.find((m) => m.start >= start && m.end <= end);
    const named = parties.filter(inSentence).sort((a, b) => inSentence(a)!.start - inSentence(b)!.start);
    if (rules.FILING.test(read.sentence.text) && named.length >= 2) {
      const filing = read.sentence.text.search(rules.FILING) + start;
      const sued = /\b(?:sued|against|challenging)\s/.exec(read.sentence.text);
      named.forEach((party, i) => set(party, i === 0 && inSentence(party)!.start < Math.max(filing, sued ? start + sued.index : 0) ? 'CLAIMANT' : 'RESPONDENT', read.sentence.index));
    }
  }
  return roles;
}

const titleCase = (name: string) => (/[a-z]/.test(name) ? name : name.toLowerCase().replace(/\b(?!(?:of|for|in|the)\b)\w/g, (c) => c.toUpperCase()));

function forumOf(text: string) {
  const kind = rules.FORUM_KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  const m = rules.FORUM_NAMES.flatMap((p) => [...text.matchAll(p)]).sort((x, y) => x.index - y.index)[0];
  if (!m) return { kind, name: null, at: -1, lowerCourt: false };
  const name = titleCase(m[0].replace(/^(?:The |不服|因|经|由)/, '').trim());
  // "不服北京市海淀区人民法院一审判决": the court named is the one appealed from.
  const lowerCourt = /^不服/.test(m[0]) || /^(?:一审|原审|作出的一审)/.test(text.slice(m.index + m[0].length));
  return { kind, name, at: m.index + m[0].indexOf(name.slice(0, 2)), lowerCourt };
}

function proceedings(reads: Read[], suggest: Suggest) {
  type Found = { read: Read; spans: Span[]; stageKnown: boolean; fact: FactOf['proceedings'] };
  const found: Found[] = [];
  for (const read of reads) {
    const text = read.sentence.text;
    const numbers = shift(findCaseNumbers(text), read.sentence.start);
    const forum = forumOf(text);
    const filing = rules.FILING.test(text);
    const filed = filing ? dateNear(read, rules.FILING) : null;
    const decided = rules.DECIDED.test(text) ? dateNear(read, rules.DECIDED) : null;
    if (!forum.kind && numbers.length === 0) {
      // "filed this action on February 8, 2006": the case's only proceeding.
      if (filing && found.length === 1 && /\b(?:action|suit|lawsuit|complaint|case)\b|起诉|诉讼/i.test(text)) found[0]!.fact.filed ??= filed?.date ?? null;
      continue;
    }
    const arbitral = forum.kind !== null && forum.kind !== 'COURT';
    const appeal = !forum.lowerCourt && (numbers.some((n) => n.appeal) || (forum.kind === 'COURT' && rules.APPEAL.test(text)));
    const stageKnown = arbitral || appeal || forum.lowerCourt || numbers.length > 0;
    const stage = appeal ? 'APPEAL' : arbitral ? 'ARBITRATION' : 'FIRST_INSTANCE';
    const caseNumber = forum.lowerCourt ? null : (numbers[0]?.caseNumber ?? null);
    const compatible = (f: Found) =>
      (f.fact.forum.kind !== 'COURT') === arbitral && (f.fact.stage === stage || !f.stageKnown || !stageKnown) && (f.fact.caseNumber === null || caseNumber === null) && (f.fact.forum.name === null || forum.name === null);
    const existing =
      found.find((f) => caseNumber !== null && f.fact.caseNumber === caseNumber) ??
      found.find((f) => forum.name !== null && f.fact.forum.name === forum.name) ??
      found.find(compatible);
    const spans = [...numbers, ...(forum.name && forum.at >= 0 ? [{ start: read.sentence.start + forum.at, end: read.sentence.start + forum.at + forum.name.length }] : [])].map(({ start, end }) => ({ start, end }));
    if (existing) {
      existing.fact.caseNumber ??= caseNumber;
      existing.fact.forum.name ??= forum.name;
      if (forum.kind && existing.fact.forum.kind === 'ARBITRATION') existing.fact.forum.kind = forum.kind;
      if (!existing.stageKnown && stageKnown) Object.assign(existing, { stageKnown, fact: { ...existing.fact, stage } });
      existing.fact.filed ??= filed?.date ?? null;
      existing.fact.decided ??= decided?.date ?? null;
      continue;
    }
    if (!filing && numbers.length === 0 && !forum.name) continue;
    found.push({
      read,
      spans,
      stageKnown,
      fact: { stage, forum: { kind: forum.kind ?? 'COURT', name: forum.name }, caseNumber, filed: filed?.date ?? null, decided: decided?.date ?? null },
    });
  }
  for (const { read, spans, fact } of found) {
    const summary = ['Proceeding', words(fact.stage), words(fact.forum.kind), fact.forum.name, fact.caseNumber, fact.filed ? `filed ${fact.filed.value}` : null].filter(Boolean).join(' · ');
    suggest('proceedings', read, fact.caseNumber ?? fact.forum.name ?? fact.forum.kind, summary, spans, fact);
  }
}

function covenants(reads: Read[], suggest: Suggest) {
  let found: { read: Read; spans: Span[]; fact: FactOf['covenants'] } | null = null;
  for (const read of reads) {
    const text = read.sentence.text;
    const title = rules.COVENANT_TITLE.exec(text);
    if (!title && !rules.COVENANT.test(text)) continue;
    const signed = dateNear(read, rules.SIGNED);
    const duration = rules.DURATION.exec(text);
    const months = duration ? monthsOf(duration) : null;
    if (found) {
      if (signed && (!found.fact.signed || (signed.date.value.startsWith(found.fact.signed.value) && signed.date.value.length > found.fact.signed.value.length))) found.fact.signed = signed.date;
      found.fact.title ??= title?.[1] ?? null;
      found.fact.durationMonths ??= months;
      continue;
    }
    if (!title && !signed && !months) continue;
    const spans = [title ? matchSpan(read, title) : null, signed].filter((s): s is Span => s !== null).map(({ start, end }) => ({ start, end }));
    found = { read, spans, fact: { title: title?.[1] ?? null, signed: signed?.date ?? null, durationMonths: months } };
  }
  if (found) {
    const { fact } = found;
    suggest('covenants', found.read, fact.title ?? 'covenant', ['Covenant', fact.title ?? 'non-compete', fact.signed ? `signed ${fact.signed.value}` : null, fact.durationMonths ? `${fact.durationMonths} months` : null].filter(Boolean).join(' · '), found.spans, fact);
  }
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, 一: 1, 二: 2, 两: 2, 三: 3 };
function monthsOf(m: RegExpExecArray): number {
  if (m[1] || m[2] || m[5]) return Number(m[1] ?? m[2] ?? m[5]);
  const years = m[3] ?? m[4]!;
  return (NUMBER_WORDS[years.toLowerCase()] ?? Number(years)) * 12;
}

const NOT_MONETARY_CLAIMS = new Set<ClaimKind>(['SPECIFIC_PERFORMANCE', 'INJUNCTION', 'DECLARATORY_RELIEF']);

function claims(reads: Read[], claimantNames: string[], respondentNames: string[], suggest: Suggest) {
  const seen = new Set<string>();
  for (const read of reads) {
    const text = read.sentence.text;
    if (!rules.REQUEST.test(text)) continue;
    const taken: Span[] = [];
    for (const [pattern, kind] of rules.CLAIM_KINDS) {
      const m = pattern.exec(text);
      if (!m || seen.has(kind)) continue;
      const span = matchSpan(read, m);
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      seen.add(kind);
      // "sought $2.5M in liquidated damages": the amount may stand just before the words.
      const own = read.money.find((money) => (money.start >= span.start && money.start < span.end) || (money.end <= span.start && money.end >= span.start - 15 && !/[,;，；、]/.test(text.slice(money.end - read.sentence.start, span.start - read.sentence.start))));
      const amount: Money = NOT_MONETARY_CLAIMS.has(kind)
        ? { qualifier: 'NOT_MONETARY', value: null, currency: null }
        : (own?.money ?? (kind === 'EQUITY_REFUND' ? equityPaid(reads) : null) ?? { qualifier: 'UNKNOWN', value: null, currency: null });
      const title = capitalise(m[0].trim());
      suggest('claims', read, kind, ['Claim', words(kind), title, amount.value ? formatMoney(amount) : null].filter(Boolean).join(' · '), [span], {
        kind,
        title,
        amount,
        claimantNames,
        respondentNames,
      });
    }
  }
}

/** A refund of equity claims back what was paid: the amount of equity consideration the text reports paid. */
function equityPaid(reads: Read[]): Money | null {
  for (const read of reads) {
    if (!/\bequity\b|股权|股票/i.test(read.sentence.text) || !/\bpaid\b|支付|发放/.test(read.sentence.text)) continue;
    if (read.money[0]) return read.money[0].money;
  }
  return null;
}

function evidence(reads: Read[], parties: PartyCandidate[], suggest: Suggest) {
  const seen = new Set<string>();
  for (const read of reads) {
    for (const [pattern, kind] of rules.EVIDENCE_KINDS) {
      const m = pattern.exec(read.sentence.text);
      if (!m || seen.has(kind)) continue;
      seen.add(kind);
      const producer = kind === 'PARTY_STATEMENT' ? parties.find((p) => p.mentions.some((x) => x.start >= read.sentence.start && x.start < read.sentence.start + m.index)) : undefined;
      const description = clauseAround(read.sentence.text, m.index);
      // A denial is the evidence here: that it was made is reported, not denied.
      const own = kind === 'PARTY_STATEMENT' && read.certainty === 'DENIED' ? { ...read, certainty: 'REPORTED' as const, certaintyNote: 'The party’s own denial' } : read;
      suggest('evidence', own, kind, ['Evidence', words(kind), description].join(' · '), [matchSpan(read, m)], {
        kind,
        description,
        producedByName: producer?.name ?? null,
        produced: null,
      });
    }
  }
}

/** The clause (between commas) holding offset `at`, as a description a researcher can trim. */
function clauseAround(text: string, at: number): string {
  const before = Math.max(text.lastIndexOf(',', at), text.lastIndexOf('，', at), text.lastIndexOf('；', at));
  const afterCandidates = [text.indexOf(',', at), text.indexOf('，', at), text.indexOf('；', at)].filter((i) => i >= 0);
  const after = afterCandidates.length ? Math.min(...afterCandidates) : text.length;
  return capitalise(text.slice(before + 1, after).trim().replace(/[.。]$/, ''));
}

/** The sentence with the commas inside dates and numbers hidden: "July 24, 2017", "750,000" stay in one clause. */
function maskDates(read: Read): string {
  let text = read.sentence.text;
  for (const d of read.dates) {
    const [from, to] = [d.start - read.sentence.start, d.end - read.sentence.start];
    text = text.slice(0, from) + text.slice(from, to).replace(/,/g, '\u2063') + text.slice(to);
  }
  return text.replace(/(?<=\d),(?=\d{3})/g, '\u2063');
}

function events(reads: Read[], suggest: Suggest) {
  const kept: { read: Read; date: DateMention; kind: EventKind; span: Span }[] = [];
  for (const read of reads) {
    for (const date of read.dates) {
      let best: { kind: EventKind; score: number; span: Span } | null = null;
      for (const word of rules.EVENT_WORDS) {
        for (const m of read.sentence.text.matchAll(word.pattern)) {
          const at = read.sentence.start + m.index;
          const between = read.sentence.text.slice(Math.min(at, date.end) - read.sentence.start, Math.max(at, date.start) - read.sentence.start);
          const distance = Math.min(Math.abs(at - date.end), Math.abs(at + m[0].length - date.start)) + (word.generic ? rules.GENERIC_PENALTY : 0) + (rules.RELATIVE_BETWEEN.test(between) ? rules.RELATIVE_PENALTY : 0);
          if (!best || distance < best.score) best = { kind: word.kind, score: distance, span: { start: at, end: at + m[0].length } };
        }
      }
      if (!best) continue;
      const same = kept.find((k) => k.kind === best.kind && (k.date.date.value.startsWith(date.date.value) || date.date.value.startsWith(k.date.date.value)));
      if (same) {
        if (date.date.value.length > same.date.date.value.length) Object.assign(same, { read, date, span: best.span });
        continue;
      }
      kept.push({ read, date, kind: best.kind, span: best.span });
    }
  }
  for (const { read, date, kind, span } of kept) {
    const description = clauseAround(maskDates(read), span.start - read.sentence.start).replace(/\u2063/g, ',');
    suggest('events', read, `${kind}-${date.date.value}`, ['Event', date.date.value, words(kind), description].join(' · '), [{ start: date.start, end: date.end }, span], {
      kind,
      occurred: date.date,
      description,
    });
  }
}

function outcomes(reads: Read[], suggest: Suggest) {
  const seen = new Set<string>();
  for (const read of reads) {
    const text = read.sentence.text;
    if (rules.REQUEST.test(text) && !rules.DECIDED.test(text)) continue;
    const hit = rules.OUTCOME_KINDS.find(([pattern]) => pattern.test(text));
    if (!hit || seen.has(hit[1])) continue;
    const [pattern, kind] = hit;
    if (kind === 'SETTLEMENT' && /\bpaid to\b|支付给/.test(text) && read.money.length === 0) continue;
    seen.add(kind);
    const settlement = kind === 'SETTLEMENT' ? (read.money[0]?.money ?? null) : null;
    const decided: ExtractedDate | null = read.dates[0]?.date ?? null;
    const summary = text.length > 200 ? `${text.slice(0, 197)}…` : text;
    suggest('outcomes', read, kind, ['Outcome', words(kind), settlement ? formatMoney(settlement) : null, decided?.value].filter(Boolean).join(' · '), [matchSpan(read, pattern.exec(text)!)], {
      kind,
      decided,
      summary,
      settlement,
    });
  }
}
