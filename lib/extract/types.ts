// The extractor's contract: what `extractSuggestions` proposes from a source's text, and what
// `applySuggestions` turns into rows of the editor's draft. Pure data, no page knowledge.
import type { Certainty, ClaimKind, EventKind, EvidenceKind, ForumKind, OutcomeKind, PartyKind, PartyRoleKind, ProceedingStage } from '../generated/prisma/enums';
import type { Money } from '../money';

/** A span of the snapshot in UTF-16 code units, `end` exclusive (what `text.slice(start, end)` takes). */
export type Span = { start: number; end: number };

/** One sentence of the snapshot; `text === snapshot.slice(start, end)`. */
export type Sentence = Span & { index: number; text: string };

export type ExtractionContext = {
  /** The article's own date, a partial date ("2020-09-29", "2020-09"): resolves "On September 17", 去年9月. */
  published: string | null;
  /** The source's BCP 47 tag ("en", "zh-Hans"). The rules read English and Chinese wording everywhere, so a
   *  mixed text needs nothing here; kept so callers pass what they know. */
  language: string | null;
};

/** A partial date as the draft stores it ("2020-06") with a qualifier for what the precision cannot say. */
export type ExtractedDate = { value: string; qualifier: string | null };

/** The draft lists a suggestion fills; the same keys as the editor's sections (EDITOR_SECTIONS `list`). */
export type SuggestionGroup = 'parties' | 'proceedings' | 'covenants' | 'claims' | 'evidence' | 'events' | 'outcomes';

export type PartyFact = {
  /** Latin-script name (transliteration for a Chinese person: "Chang Cheng"). */
  name: string;
  /** Name in its original script (常程), null when only one script appears or the name is Latin. */
  originalName: string | null;
  kind: PartyKind;
  role: PartyRoleKind | null;
};

export type ProceedingFact = {
  stage: ProceedingStage;
  forum: { kind: ForumKind; name: string | null };
  caseNumber: string | null;
  filed: ExtractedDate | null;
  decided: ExtractedDate | null;
};

export type CovenantFact = { title: string | null; signed: ExtractedDate | null; durationMonths: number | null };

/** Parties are named, not referenced: `applySuggestions` resolves names to party ids. */
export type ClaimFact = { kind: ClaimKind; title: string; amount: Money; claimantNames: string[]; respondentNames: string[] };

export type EvidenceFact = { kind: EvidenceKind; description: string; producedByName: string | null; produced: ExtractedDate | null };

export type EventFact = { kind: EventKind; occurred: ExtractedDate; description: string };

export type OutcomeFact = { kind: OutcomeKind; decided: ExtractedDate | null; summary: string; settlement: Money | null };

export type FactOf = {
  parties: PartyFact;
  proceedings: ProceedingFact;
  covenants: CovenantFact;
  claims: ClaimFact;
  evidence: EvidenceFact;
  events: EventFact;
  outcomes: OutcomeFact;
};

type SuggestionOf<G extends SuggestionGroup> = {
  /** Stable for the same text and context: "claims:3:equity-refund". */
  id: string;
  group: G;
  /** What a reviewer reads: "Party · Chang Cheng (常程) · person". */
  summary: string;
  /** The sentence it came from (Extraction.sentences[sentenceIndex]); a party takes its first mention. */
  sentenceIndex: number;
  /** The matched words, for highlighting. */
  spans: Span[];
  certainty: Certainty;
  /** Why that certainty: "Attributed to unnamed sources". */
  certaintyNote: string | null;
  fact: FactOf[G];
};

/** A discriminated union on `group`: `if (s.group === 'claims') s.fact.kind`. */
export type Suggestion = { [G in SuggestionGroup]: SuggestionOf<G> }[SuggestionGroup];

export type Extraction = { sentences: Sentence[]; suggestions: Suggestion[] };
