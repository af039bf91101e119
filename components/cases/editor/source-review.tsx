'use client';
// The suggestions drawn from a source's text, beside that text: the matched words highlighted,
// each suggestion with its sentence and proposed certainty. Accepted ones go into the draft
// (applySuggestions) with a citation of their sentence; nothing is saved until the case is.
import { Fragment, useId, useState } from 'react';
import type { Certainty } from '@/lib/generated/prisma/enums';
import { applySuggestions, matchExisting, withNamedParties, type Extraction, type Span, type Suggestion, type SuggestionGroup } from '@/lib/extract';
import { CERTAINTY_LABELS } from '@/lib/labels';
import { EDITOR_SECTIONS } from './editor-section';
import { useEditor } from './editor-state';
import { control } from './inputs';

/** The groups in the order of the form's sections, under the form's titles. */
const GROUPS = EDITOR_SECTIONS.filter((s): s is typeof s & { list: SuggestionGroup } =>
  (['parties', 'proceedings', 'covenants', 'claims', 'evidence', 'events', 'outcomes'] as const).some((g) => g === s.list),
);

type Decision = 'accepted' | 'rejected';

/** The text cut into plain and highlighted runs; overlapping spans are merged. */
function runs(text: string, start: number, end: number, spans: Span[]): { text: string; marked: boolean }[] {
  const inside = spans.filter((s) => s.end > start && s.start < end).sort((a, b) => a.start - b.start);
  const out: { text: string; marked: boolean }[] = [];
  let at = start;
  for (const span of inside) {
    const from = Math.max(span.start, at);
    const to = Math.min(span.end, end);
    if (to <= from) continue;
    if (from > at) out.push({ text: text.slice(at, from), marked: false });
    out.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < end) out.push({ text: text.slice(at, end), marked: false });
  return out;
}

export function SourceReview({ sourceId, text, extraction, onClose }: { sourceId: string; text: string; extraction: Extraction; onClose: () => void }) {
  const { doc, change } = useEditor();
  const id = useId();
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [edits, setEdits] = useState<Record<string, { certainty: Certainty; certaintyNote: string | null }>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const { sentences, suggestions } = extraction;
  // Matched against the draft as it is now: what an earlier acceptance added counts as already there.
  const known = matchExisting(doc, suggestions.filter((s) => !decisions[s.id]));
  const sentenceId = (index: number) => `${id}-sentence-${index}`;
  const allSpans = suggestions.flatMap((s) => s.spans);

  const edited = (s: Suggestion): Suggestion => (edits[s.id] ? { ...s, ...edits[s.id] } : s);
  function accept(chosen: Suggestion[]) {
    if (chosen.length === 0) return;
    // A claim or evidence brings the parties it names, so its claimants are never left empty.
    const list = withNamedParties(doc, chosen, suggestions.filter((s) => !decisions[s.id]));
    change((current) => applySuggestions(current, list.map(edited), { id: sourceId }, sentences));
    setDecisions((d) => ({ ...d, ...Object.fromEntries(list.map((s) => [s.id, 'accepted' as const])) }));
    setEditing(null);
  }
  const reject = (list: Suggestion[]) => setDecisions((d) => ({ ...d, ...Object.fromEntries(list.map((s) => [s.id, 'rejected' as const])) }));
  const open = (s: Suggestion) => !decisions[s.id] && !known.has(s.id);

  function show(s: Suggestion) {
    setActive(s.sentenceIndex);
    document.getElementById(sentenceId(s.sentenceIndex))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  const count = (d: Decision) => suggestions.filter((s) => decisions[s.id] === d).length;
  const pending = suggestions.filter(open).length;
  const summary = `${suggestions.length} suggestions: ${count('accepted')} accepted, ${count('rejected')} rejected, ${known.size} already in the case, ${pending} to review.`;

  return (
    <section aria-labelledby={`${id}-title`} className="mt-2 rounded border border-brand/40 bg-white p-3 sm:col-span-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold">
          Suggestions from this source
        </h3>
        <p aria-live="polite" className="text-xs text-muted">
          {summary} Nothing is saved until you save the case.
        </p>
        <button type="button" onClick={onClose} className="text-xs text-brand underline">
          Close the suggestions
        </button>
      </div>
      <div className="mt-2 grid gap-3 lg:grid-cols-2">
        <div tabIndex={0} role="region" aria-label="Text of the source, matched words highlighted" className="max-h-[36rem] overflow-auto whitespace-pre-wrap rounded border border-line bg-slate-50 p-2 text-sm leading-relaxed">
          {sentences.map((sentence, index) => (
            <Fragment key={sentence.index}>
              {text.slice(index === 0 ? 0 : sentences[index - 1]!.end, sentence.start)}
              <span id={sentenceId(sentence.index)} className={active === sentence.index ? 'rounded bg-amber-100 ring-2 ring-amber-400' : undefined}>
                {runs(text, sentence.start, sentence.end, allSpans).map((run, i) =>
                  run.marked ? (
                    <mark key={i} className="rounded bg-sky-100 px-0.5 text-ink">
                      {run.text}
                    </mark>
                  ) : (
                    <Fragment key={i}>{run.text}</Fragment>
                  ),
                )}
              </span>
            </Fragment>
          ))}
          {text.slice(sentences.at(-1)?.end ?? 0)}
        </div>
        <div className="max-h-[36rem] space-y-3 overflow-auto">
          {suggestions.length === 0 && <p className="text-sm text-muted">Nothing to suggest was found in this text. Enter the facts in the form.</p>}
          {GROUPS.map((group) => {
            const list = suggestions.filter((s) => s.group === group.list);
            if (list.length === 0) return null;
            const openOnes = list.filter(open);
            return (
              <section key={group.id} aria-label={`Suggested ${group.title}`} className="rounded border border-line p-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h4 className="text-sm font-medium">
                    {group.title} <span className="text-xs text-muted">({list.length})</span>
                  </h4>
                  <span className="flex gap-2 text-xs">
                    <button type="button" disabled={openOnes.length === 0} onClick={() => accept(openOnes)} className="rounded border border-brand px-2 py-0.5 font-medium text-brand disabled:opacity-50">
                      Accept all {group.title.toLowerCase()}
                    </button>
                    <button type="button" disabled={openOnes.length === 0} onClick={() => reject(openOnes)} className="rounded border border-line px-2 py-0.5 disabled:opacity-50">
                      Reject all {group.title.toLowerCase()}
                    </button>
                  </span>
                </div>
                <ul className="mt-1 space-y-2">
                  {list.map((s) => {
                    const decision = decisions[s.id];
                    const already = known.get(s.id);
                    const current = edited(s);
                    const sentence = sentences[s.sentenceIndex];
                    return (
                      <li key={s.id} aria-label={s.summary} className={`rounded p-2 text-xs ${decision === 'rejected' ? 'bg-slate-100 text-muted line-through' : decision === 'accepted' ? 'bg-emerald-50' : 'bg-white ring-1 ring-line'}`}>
                        <p className="text-sm font-medium no-underline">{s.summary}</p>
                        <p>
                          Proposed certainty: <strong>{CERTAINTY_LABELS[current.certainty]}</strong>
                          {current.certaintyNote && <> ({current.certaintyNote})</>}
                        </p>
                        {sentence && (
                          <blockquote className="mt-1 border-l-2 border-line pl-2 italic">
                            {sentence.text}{' '}
                            <button type="button" onClick={() => show(s)} className="not-italic text-brand underline">
                              Show in the text
                            </button>
                          </blockquote>
                        )}
                        {editing === s.id && (
                          <div className="mt-1 grid gap-1 sm:grid-cols-2">
                            <label className="block">
                              <span className="font-medium">Certainty</span>
                              <select
                                className={control}
                                value={current.certainty}
                                onChange={(e) => setEdits((m) => ({ ...m, [s.id]: { certainty: e.target.value as Certainty, certaintyNote: current.certaintyNote } }))}
                              >
                                {Object.entries(CERTAINTY_LABELS).map(([value, label]) => (
                                  <option key={value} value={value}>
                                    {label}
                                  </option>
                                ))}
                              </select>
                            </label>
                            <label className="block">
                              <span className="font-medium">Certainty note</span>
                              <input
                                className={control}
                                value={current.certaintyNote ?? ''}
                                onChange={(e) => setEdits((m) => ({ ...m, [s.id]: { certainty: current.certainty, certaintyNote: e.target.value || null } }))}
                              />
                            </label>
                          </div>
                        )}
                        <p className="mt-1 flex flex-wrap gap-2">
                          {decision === 'accepted' && <span className="font-medium text-emerald-800">Accepted: in the form below</span>}
                          {decision === 'rejected' && (
                            <button type="button" className="text-brand underline" onClick={() => setDecisions((d) => Object.fromEntries(Object.entries(d).filter(([key]) => key !== s.id)))}>
                              Undo rejection
                            </button>
                          )}
                          {!decision && already && <span className="font-medium text-muted">Already in the case: {already}</span>}
                          {!decision && !already && (
                            <>
                              <button type="button" onClick={() => accept([s])} className="rounded bg-brand px-2 py-0.5 font-medium text-white">
                                Accept
                              </button>
                              <button type="button" aria-expanded={editing === s.id} onClick={() => setEditing(editing === s.id ? null : s.id)} className="rounded border border-line px-2 py-0.5">
                                Edit
                              </button>
                              <button type="button" onClick={() => reject([s])} className="rounded border border-line px-2 py-0.5">
                                Reject
                              </button>
                            </>
                          )}
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </section>
  );
}
