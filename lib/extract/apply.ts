// Turns accepted suggestions into rows of the editor's draft. Each new row cites the source with
// the exact sentence as excerpt and its position as locator; a fact the draft already has is not
// added again, and names in claims and evidence resolve to the party rows they mean.
import { blank, type Draft } from '../case-document/draft';
import type { Sentence, Suggestion } from './types';

type Of<K extends keyof Draft> = Draft[K] extends (infer T)[] ? T : never;
type Existing = { id: string; label: string };

/** "sentence 12, chars 1234–1302": the sentence's number (from 1) and its UTF-16 range, end exclusive. */
export function locatorOf(sentence: Sentence): string {
  return `sentence ${sentence.index + 1}, chars ${sentence.start}–${sentence.end}`;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

function partyNamed(draft: Draft, name: string): Of<'parties'> | undefined {
  return draft.parties.find((p) => same(p.name, name) || same(p.originalName, name) || p.aliases.some((a) => same(a, name)));
}

/** The row of `draft` that records the same fact, if any. One predicate per group, used by both exports. */
function existing(draft: Draft, s: Suggestion): Existing | null {
  const found = (label: string, row: { id: string } | undefined) => (row ? { id: row.id, label } : null);
  switch (s.group) {
    case 'parties': {
      const party = partyNamed(draft, s.fact.name) ?? (s.fact.originalName ? partyNamed(draft, s.fact.originalName) : undefined);
      return found(`Party · ${party?.name}`, party);
    }
    case 'proceedings': {
      const { caseNumber, forum, filed } = s.fact;
      const row = draft.proceedings.find((p) => (caseNumber && (same(p.caseNumber, caseNumber) || p.otherCaseNumbers.some((n) => same(n, caseNumber)))) || (!caseNumber && p.forum.kind === forum.kind && (same(p.forum.name, forum.name) || (filed !== null && p.filed === filed.value))));
      return found(`Proceeding · ${row?.title ?? row?.caseNumber ?? row?.forum.name ?? row?.forum.kind.toLowerCase().replace(/_/g, ' ')}`, row);
    }
    case 'covenants': {
      const row = draft.covenants.find((c) => same(c.title, s.fact.title) || (s.fact.signed !== null && c.signed === s.fact.signed.value));
      return found(`Covenant · ${row?.title ?? row?.signed}`, row);
    }
    case 'claims': {
      const row = draft.claims.find((c) => c.kind === s.fact.kind);
      return found(`Claim · ${row?.title}`, row);
    }
    case 'evidence': {
      const row = draft.evidence.find((e) => e.kind === s.fact.kind);
      return found(`Evidence · ${row?.description}`, row);
    }
    case 'events': {
      const row = draft.events.find((e) => e.kind === s.fact.kind && e.occurred === s.fact.occurred.value);
      return found(`Event · ${row?.occurred} · ${row?.description}`, row);
    }
    case 'outcomes': {
      const row = draft.outcomes.find((o) => o.kind === s.fact.kind);
      return found(`Outcome · ${row?.summary}`, row);
    }
  }
}

/** The party names a claim or a piece of evidence refers to. */
function partyNamesIn(s: Suggestion): string[] {
  if (s.group === 'claims') return [...s.fact.claimantNames, ...s.fact.respondentNames];
  if (s.group === 'evidence') return s.fact.producedByName ? [s.fact.producedByName] : [];
  return [];
}

/**
 * `accepted` with the party suggestions (from `suggestions`) that its claims and evidence name and
 * the draft does not have yet: a claim accepted on its own keeps its claimants and respondents,
 * instead of losing them because their parties were accepted later or not at all.
 */
export function withNamedParties(draft: Draft, accepted: Suggestion[], suggestions: Suggestion[]): Suggestion[] {
  const chosen = new Set(accepted.map((s) => s.id));
  const added: Suggestion[] = [];
  for (const name of accepted.flatMap(partyNamesIn)) {
    if (partyNamed(draft, name)) continue;
    const party = suggestions.find((s) => s.group === 'parties' && !chosen.has(s.id) && (same(s.fact.name, name) || same(s.fact.originalName, name)));
    if (!party) continue;
    chosen.add(party.id);
    added.push(party);
  }
  return [...added, ...accepted];
}

/** Suggestions that match a row the draft already has, with that row's label. */
export function matchExisting(draft: Draft, suggestions: Suggestion[]): Map<string, string> {
  const matches = new Map<string, string>();
  for (const s of suggestions) {
    const row = existing(draft, s);
    if (row) matches.set(s.id, row.label);
  }
  return matches;
}

/** A copy of `draft` with the accepted suggestions added; `source` must be one of the draft's sources. */
export function applySuggestions(draft: Draft, accepted: Suggestion[], source: { id: string }, sentences: Sentence[]): Draft {
  if (!draft.sources.some((s) => s.id === source.id)) throw new Error('Add the source to the case before accepting its suggestions.');
  const next = structuredClone(draft);
  const cite = (s: Suggestion) => {
    const sentence = sentences[s.sentenceIndex];
    if (!sentence) throw new Error(`Suggestion ${s.id} points at sentence ${s.sentenceIndex}, which the source does not have.`);
    return { certainty: s.certainty, certaintyNote: s.certaintyNote, citations: [{ ...blank.citation(source.id), excerpt: sentence.text, locator: locatorOf(sentence) }] };
  };
  const partyIds = (names: string[]) => names.map((name) => partyNamed(next, name)?.id).filter((id): id is string => id !== undefined);
  // Parties first, so claims and evidence accepted together can point at them.
  const ordered = [...accepted].sort((a, b) => Number(b.group === 'parties') - Number(a.group === 'parties'));
  for (const s of ordered) {
    if (existing(next, s)) continue;
    switch (s.group) {
      case 'parties':
        next.parties.push({
          ...blank.party(),
          name: s.fact.name,
          originalName: s.fact.originalName,
          kind: s.fact.kind,
          roles: [{ ...blank.role(), role: s.fact.role ?? 'THIRD_PARTY', ...cite(s) }],
        });
        break;
      case 'proceedings':
        next.proceedings.push({
          ...blank.proceeding(),
          stage: s.fact.stage,
          forum: { kind: s.fact.forum.kind, name: s.fact.forum.name, level: null, seat: null },
          caseNumber: s.fact.caseNumber,
          filed: s.fact.filed?.value ?? null,
          filedQualifier: s.fact.filed?.qualifier ?? null,
          decided: s.fact.decided?.value ?? null,
          decidedQualifier: s.fact.decided?.qualifier ?? null,
          ...cite(s),
        });
        break;
      case 'covenants':
        next.covenants.push({ ...blank.covenant(), title: s.fact.title, signed: s.fact.signed?.value ?? null, signedQualifier: s.fact.signed?.qualifier ?? null, durationMonths: s.fact.durationMonths, ...cite(s) });
        break;
      case 'claims':
        next.claims.push({
          ...blank.claim(),
          proceedingId: onlyProceeding(next),
          kind: s.fact.kind,
          title: s.fact.title,
          claimantIds: partyIds(s.fact.claimantNames),
          respondentIds: partyIds(s.fact.respondentNames),
          amount: s.fact.amount,
          ...cite(s),
        });
        break;
      case 'evidence':
        next.evidence.push({
          ...blank.evidence(),
          proceedingId: onlyProceeding(next),
          kind: s.fact.kind,
          description: s.fact.description,
          producedByPartyId: s.fact.producedByName ? (partyIds([s.fact.producedByName])[0] ?? null) : null,
          producedBy: s.fact.producedByName && partyIds([s.fact.producedByName]).length === 0 ? s.fact.producedByName : null,
          produced: s.fact.produced?.value ?? null,
          producedQualifier: s.fact.produced?.qualifier ?? null,
          ...cite(s),
        });
        break;
      case 'events':
        next.events.push({ ...blank.event(), kind: s.fact.kind, occurred: s.fact.occurred.value, occurredQualifier: s.fact.occurred.qualifier, description: s.fact.description, ...cite(s) });
        break;
      case 'outcomes':
        next.outcomes.push({
          ...blank.outcome(),
          proceedingId: onlyProceeding(next),
          kind: s.fact.kind,
          decided: s.fact.decided?.value ?? null,
          decidedQualifier: s.fact.decided?.qualifier ?? null,
          summary: s.fact.summary,
          settlement: s.fact.settlement ?? { qualifier: 'NOT_MONETARY', value: null, currency: null },
          ...cite(s),
        });
        break;
    }
  }
  return next;
}

/** Claims, evidence and outcomes belong to the proceeding when the case has just one. */
function onlyProceeding(draft: Draft): string | null {
  return draft.proceedings.length === 1 ? draft.proceedings[0]!.id : null;
}

