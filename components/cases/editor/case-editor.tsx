'use client';
// One form for a whole case: validated in the browser with the same zod schema the server uses,
// saved in one transaction under the version it was opened at. On any refusal the input stays.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Fragment, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { findDuplicatesAction, saveCaseAction, type SaveCaseState } from '@/lib/actions/cases';
import type { Draft } from '@/lib/case-document/draft';
import { caseDocumentSchema } from '@/lib/case-document/schema';
import { FoldsProvider, SectionMenu, useShowField } from './editor-section';
import { EditorContext, fieldId, setAt, type EditorContextValue, type Path, type UndoOffer } from './editor-state';
import { describeField, describeFieldPath } from './field-names';
import { remapErrors } from './row-changes';
import {
  BasicsSection,
  ClaimsSection,
  CovenantsSection,
  EventsSection,
  EvidenceSection,
  NotesSection,
  OutcomesSection,
  PartiesSection,
  ProceedingsSection,
  SourcesSection,
} from './sections';
import { useUnsavedDraft, type StoredDraft } from './use-unsaved-draft';

type Props = {
  initial: Draft;
  baseVersion: number | null;
  caseTitles?: Readonly<Record<string, string>>;
  /** The server's ISO 4217 list: the browser's ICU data differs (Chromium has 159 codes, Node 162), and rendering its own would not hydrate. */
  currencyCodes: readonly string[];
  /** The signed-in editor: notes by others are read-only to them. */
  userEmail: string;
};

type Issue = { path: PropertyKey[]; message: string; code?: string; expected?: unknown; minimum?: unknown; maximum?: unknown; origin?: unknown };

/** Zod's own words for a number ("Invalid input: expected int, received number") put as advice. */
function advice(issue: Issue): string {
  if (issue.code === 'invalid_type' && (issue.expected === 'int' || issue.expected === 'number')) return 'Write a whole number, e.g. 12.';
  if (issue.origin === 'number' && issue.code === 'too_small') return `Write ${String(issue.minimum)} or more.`;
  if (issue.origin === 'number' && issue.code === 'too_big') return `Write ${String(issue.maximum)} or less.`;
  return issue.message;
}

function errorsByPath(issues: Issue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[issue.path.map(String).join('.')] ??= []).push(advice(issue));
  return errors;
}

/** How long "Removed Claim 2 — Undo" stays (longer while the keyboard is on it). */
const UNDO_MS = 12_000;

const noSubscription = () => () => {};

export function CaseEditor({ initial, baseVersion: openedAt, caseTitles = {}, currencyCodes, userEmail }: Props) {
  const router = useRouter();
  const [doc, setDoc] = useState<Draft>(initial);
  // The version a save is checked against: the one opened, or the one the editor's changes were applied to.
  const [baseVersion, setBaseVersion] = useState(openedAt);
  // Fields keep what is typed in them (an amount being written); a new document mounts them afresh.
  const [documentGeneration, setDocumentGeneration] = useState(0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<EditorResult | null>(null);
  const [saving, startSaving] = useTransition();
  // Set by a refused save: the panel saying why is brought into view once rendered.
  const revealResult = useRef(false);
  // False in the server's HTML and until React has hydrated the form: what is typed before then
  // would be overwritten by the form's state, so the fields stay disabled until it can be kept.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const set = (path: Path, value: unknown) => setDoc((current) => setAt(current, path, value));
  const change: EditorContextValue['change'] = (next, rows) => {
    setDoc(next);
    if (rows) setErrors((current) => remapErrors(current, rows.path, rows.origins));
  };
  const [announcement, announce] = useState('');
  // Numbered: a second removal shows a notice of its own, with its own time.
  const [undo, setUndo] = useState<{ offer: UndoOffer; serial: number } | null>(null);
  const offerUndo = (offer: UndoOffer) => setUndo((current) => ({ offer, serial: (current?.serial ?? 0) + 1 }));
  const draft = useUnsavedDraft({ caseId: openedAt === null ? null : initial.id, initial, doc, baseVersion });

  /** An earlier visit's unsaved draft back in the form, checked against the version it was begun on. */
  function restore(stored: StoredDraft) {
    setDoc(stored.doc);
    setDocumentGeneration((n) => n + 1);
    setUndo(null); // an undo would put a row of the other document back
    if (openedAt !== null) setBaseVersion(stored.baseVersion);
    setErrors({});
    draft.answered(true);
    setResult({ ok: true, message: 'Your unsaved changes are back in the form. Nothing is saved until you save.' });
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    const parsed = caseDocumentSchema.safeParse(doc);
    if (!parsed.success) {
      setErrors(errorsByPath(parsed.error.issues));
      setResult({ message: `${parsed.error.issues.length} field(s) need attention; nothing was saved yet.` });
      revealResult.current = true;
      return;
    }
    setErrors({});
    startSaving(async () => {
      const outcome = await saveCaseAction({ doc, baseVersion });
      setResult(outcome);
      revealResult.current = !outcome.ok;
      if (outcome.errors) setErrors(outcome.errors);
      if (outcome.ok && outcome.id) {
        draft.markSaved();
        router.push(`/cases/${outcome.id}`);
      }
    });
  }

  /** After a refused save: the editor's changes onto the current version, in the form, for review. */
  function applyToCurrent(rebased: Rebased, version: number) {
    setDoc(rebased.doc);
    setDocumentGeneration((n) => n + 1);
    setUndo(null);
    setBaseVersion(version);
    setErrors({});
    setResult({
      message: `Your changes are now applied to version ${version}, with what was saved meanwhile. Review them, then save.`,
      review: rebased.conflicts,
    });
  }

  // A refusal is brought into view where it is, after the form: it never lies over the fields.
  const resultPanel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!revealResult.current) return;
    revealResult.current = false;
    resultPanel.current?.focus({ preventScroll: true });
    resultPanel.current?.scrollIntoView({ block: 'nearest' });
  });

  // Fields reached with the keyboard scroll clear of the bar with the save button.
  useEffect(() => {
    document.documentElement.classList.add('scroll-pb-32');
    return () => document.documentElement.classList.remove('scroll-pb-32');
  }, []);

  const problems = Object.entries(errors);
  return (
    <EditorContext.Provider value={{ doc, set, errors, caseTitles, userEmail, change, announce, offerUndo }}>
      <FoldsProvider>
        <div className="lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:gap-8">
          <SectionMenu />
          <form onSubmit={save} noValidate aria-label={baseVersion === null ? 'New case' : 'Edit case'} aria-busy={!hydrated} className="min-w-0">
            <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
              {draft.offer && <RestoreOffer offer={draft.offer} onRestore={restore} onDiscard={() => draft.answered(false)} />}
              {draft.keepFailed && (
                <p role="alert" className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
                  This browser refused to keep a copy of your unsaved changes (its storage is full or disabled): save soon.
                </p>
              )}
              {baseVersion === null && <PossibleDuplicates doc={doc} />}
              <Fragment key={documentGeneration}>
                <BasicsSection />
                <SourcesSection />
                <PartiesSection />
                <ProceedingsSection />
                <CovenantsSection />
                <ClaimsSection />
                <EvidenceSection />
                <EventsSection />
                <OutcomesSection />
                <NotesSection />
              </Fragment>
              <datalist id="iso-4217">
                {currencyCodes.map((code) => (
                  <option key={code} value={code} />
                ))}
              </datalist>

              <SaveResult ref={resultPanel} caseId={doc.id} result={result} problems={problems} onApply={applyToCurrent} />
              <p aria-live="polite" className="sr-only">
                {announcement}
              </p>

              <div className="sticky bottom-0 mt-6 border-t border-line bg-white/95 py-3">
                <div aria-live="polite">{undo && <UndoNotice key={undo.serial} offer={undo.offer} onDone={() => setUndo(null)} />}</div>
                <div className="flex items-center gap-3">
                  <button type="submit" disabled={saving} className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
                    {saving ? 'Saving…' : baseVersion === null ? 'Create case' : 'Save changes'}
                  </button>
                  <Link href={baseVersion === null ? '/cases' : `/cases/${doc.id}`} className="text-sm text-muted underline">
                    Cancel
                  </Link>
                  {baseVersion !== null && <span className="text-xs text-muted">Editing version {baseVersion}</span>}
                  {problems.length > 0 && (
                    <a href="#save-result" className="text-sm text-rose-700 underline">
                      {problems.length === 1 ? 'See the field to correct' : `See the ${problems.length} fields to correct`}
                    </a>
                  )}
                </div>
              </div>
            </fieldset>
          </form>
        </div>
      </FoldsProvider>
    </EditorContext.Provider>
  );
}

/** "Removed Claim 2 — Undo": the Undo button takes the keyboard, and the notice stays while it has it. */
function UndoNotice({ offer, onDone }: { offer: UndoOffer; onDone: () => void }) {
  const notice = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const dismiss = useEffectEvent(onDone);
  useEffect(() => {
    button.current?.focus();
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      timer = setTimeout(() => (notice.current?.contains(document.activeElement) ? wait() : dismiss()), UNDO_MS);
    };
    wait();
    return () => clearTimeout(timer);
  }, []);
  return (
    <p ref={notice} className="mb-2 text-sm">
      {offer.message} —{' '}
      <button
        ref={button}
        type="button"
        className="font-medium text-brand underline"
        onClick={() => {
          onDone();
          offer.undo();
        }}
      >
        Undo
      </button>
    </p>
  );
}

// In the reader's own time zone: they are told when they last typed.
const draftTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function RestoreOffer({ offer, onRestore, onDiscard }: { offer: StoredDraft; onRestore: (offer: StoredDraft) => void; onDiscard: () => void }) {
  return (
    <div role="region" aria-label="Unsaved changes" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-medium">Restore your unsaved changes from {draftTime.format(new Date(offer.savedAt))}?</p>
      <p className="text-muted">They were kept in this browser when you left the editor without saving.</p>
      <p className="mt-2 flex gap-2">
        <button type="button" onClick={() => onRestore(offer)} className="rounded bg-brand px-3 py-1 font-medium text-white hover:bg-brand-dark">
          Restore them
        </button>
        <button type="button" onClick={onDiscard} className="rounded border border-line bg-white px-3 py-1">
          Discard them
        </button>
      </p>
    </div>
  );
}

type Rebased = NonNullable<NonNullable<SaveCaseState['conflict']>['rebased']>;
type EditorResult = SaveCaseState & { review?: Rebased['conflicts'] };

/** Goes to the field (unfolding its section) and focuses it. */
function FieldLink({ path, name }: { path: string; name: string }) {
  const showField = useShowField();
  return (
    <a
      href={`#${fieldId(path.split('.'))}`}
      onClick={(event) => {
        event.preventDefault();
        showField(path.split('.'));
      }}
      className="underline"
    >
      {name}
    </a>
  );
}

const SHOWN_PROBLEMS = 10;

function SaveResult({
  ref,
  caseId,
  result,
  problems,
  onApply,
}: {
  ref: React.Ref<HTMLDivElement>;
  caseId: string;
  result: EditorResult | null;
  problems: [string, string[]][];
  onApply: (rebased: Rebased, version: number) => void;
}) {
  // Each field named as the form shows it (its label within "Claim 2", "Citation 1"), read from the
  // form once it is rendered: rows move, and their legends with them.
  const [names, setNames] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    const next = Object.fromEntries(problems.slice(0, SHOWN_PROBLEMS).map(([path]) => [path, describeField(path.split('.'))]));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the names come from the DOM just rendered
    setNames((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
  }, [problems]);
  if (!result?.message) return <div aria-live="polite" />;
  const settled = result.ok || result.review;
  const { conflict } = result;
  return (
    <div
      ref={ref}
      id="save-result"
      tabIndex={-1}
      role={settled ? 'status' : 'alert'}
      className={`mt-6 scroll-mb-32 rounded p-2 text-sm ${settled ? 'bg-emerald-50 text-emerald-900' : 'bg-rose-50 text-rose-900'}`}
    >
      <p>{result.message}</p>
      {conflict && (
        <div className="mt-1">
          <p>Changed meanwhile (version {conflict.version}):</p>
          <ul className="ml-4 list-disc">
            {conflict.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          {conflict.rebased ? (
            <p className="mt-1">
              <button type="button" onClick={() => onApply(conflict.rebased!, conflict.version)} className="rounded border border-rose-300 bg-white px-2 py-1 font-medium">
                Apply my changes to version {conflict.version}
              </button>{' '}
              keeps both: what was saved meanwhile and what you changed (nothing is saved until you save).
            </p>
          ) : (
            <p className="mt-1">
              Your input is still here.{' '}
              <a href={`/cases/${caseId}`} target="_blank" rel="noreferrer" className="underline">
                Open the current version in a new tab
              </a>
              , then edit it again and re-apply what is still missing.
            </p>
          )}
        </div>
      )}
      {result.review && result.review.length > 0 && (
        <div className="mt-1">
          <p>Changed by both; check these:</p>
          <ul aria-label="Changed by both" className="ml-4 list-disc">
            {result.review.map(({ path, field, text }) => (
              <li key={path}>
                <FieldLink path={path} name={field} />: {text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <ul className="ml-4 mt-1 list-disc">
          {problems.slice(0, SHOWN_PROBLEMS).map(([path, messages]) => (
            <li key={path}>
              <FieldLink path={path} name={names[path] ?? describeFieldPath(path.split('.'))} />: {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** While a new case is typed, cases that look like the same dispute. */
function PossibleDuplicates({ doc }: { doc: Draft }) {
  const [matches, setMatches] = useState<{ id: string; title: string }[]>([]);
  const names = doc.parties.flatMap((p) => [p.name, p.originalName ?? '', ...(p.aliases ?? [])]).filter(Boolean);
  const key = JSON.stringify([doc.title, names]);
  useEffect(() => {
    const timer = setTimeout(async () => {
      const [title, partyNames] = JSON.parse(key) as [string, string[]];
      if (!title.trim() && partyNames.length === 0) return setMatches([]);
      setMatches(await findDuplicatesAction({ title, names: partyNames, excludeId: null }));
    }, 400);
    return () => clearTimeout(timer);
  }, [key]);
  return (
    <div aria-live="polite">
      {matches.length > 0 && (
        <div role="region" aria-label="Possible duplicates" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <p className="font-medium">This may be recorded already:</p>
          <ul className="ml-4 list-disc">
            {matches.map((m) => (
              <li key={m.id}>
                <Link href={`/cases/${m.id}`} target="_blank" className="text-brand underline">
                  {m.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
