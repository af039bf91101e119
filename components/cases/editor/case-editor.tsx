'use client';
// One form for a whole case: validated in the browser with the same zod schema the server uses,
// saved in one transaction under the version it was opened at. On any refusal the input stays.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Fragment, useEffect, useState, useSyncExternalStore, useTransition } from 'react';
import { findDuplicatesAction, saveCaseAction, type SaveCaseState } from '@/lib/actions/cases';
import type { Draft } from '@/lib/case-document/draft';
import { caseDocumentSchema } from '@/lib/case-document/schema';
import { EditorContext, fieldId, setAt, type Path } from './editor-state';
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

function errorsByPath(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return errors;
}

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
  // False in the server's HTML and until React has hydrated the form: what is typed before then
  // would be overwritten by the form's state, so the fields stay disabled until it can be kept.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const set = (path: Path, value: unknown) => setDoc((current) => setAt(current, path, value));
  const draft = useUnsavedDraft({ caseId: openedAt === null ? null : initial.id, initial, doc, baseVersion });

  /** An earlier visit's unsaved draft back in the form, checked against the version it was begun on. */
  function restore(stored: StoredDraft) {
    setDoc(stored.doc);
    setDocumentGeneration((n) => n + 1);
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
      return;
    }
    setErrors({});
    startSaving(async () => {
      const outcome = await saveCaseAction({ doc, baseVersion });
      setResult(outcome);
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
    setBaseVersion(version);
    setErrors({});
    setResult({
      message: `Your changes are now applied to version ${version}, with what was saved meanwhile. Review them, then save.`,
      review: rebased.conflicts,
    });
  }

  const problems = Object.entries(errors);
  return (
    <EditorContext.Provider value={{ doc, set, errors, caseTitles, userEmail }}>
      <form onSubmit={save} noValidate aria-label={baseVersion === null ? 'New case' : 'Edit case'} aria-busy={!hydrated}>
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

          <div className="sticky bottom-0 mt-6 border-t border-line bg-white/95 py-3">
            <SaveResult caseId={doc.id} result={result} problems={problems} onApply={applyToCurrent} />
            <div className="flex items-center gap-3">
              <button type="submit" disabled={saving} className="rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
                {saving ? 'Saving…' : baseVersion === null ? 'Create case' : 'Save changes'}
              </button>
              <Link href={baseVersion === null ? '/cases' : `/cases/${doc.id}`} className="text-sm text-muted underline">
                Cancel
              </Link>
              {baseVersion !== null && <span className="text-xs text-muted">Editing version {baseVersion}</span>}
            </div>
          </div>
        </fieldset>
      </form>
    </EditorContext.Provider>
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

function FieldLink({ path, name = path || 'case' }: { path: string; name?: string }) {
  return (
    <a href={`#${fieldId(path.split('.'))}`} className="underline">
      {name}
    </a>
  );
}

function SaveResult({
  caseId,
  result,
  problems,
  onApply,
}: {
  caseId: string;
  result: EditorResult | null;
  problems: [string, string[]][];
  onApply: (rebased: Rebased, version: number) => void;
}) {
  if (!result?.message) return <div aria-live="polite" />;
  const settled = result.ok || result.review;
  const { conflict } = result;
  return (
    <div role={settled ? 'status' : 'alert'} className={`mb-2 rounded p-2 text-sm ${settled ? 'bg-emerald-50 text-emerald-900' : 'bg-rose-50 text-rose-900'}`}>
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
          {problems.slice(0, 10).map(([path, messages]) => (
            <li key={path}>
              <FieldLink path={path} />: {messages.join(' ')}
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
