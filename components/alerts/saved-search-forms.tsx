'use client';
// The forms of the Saved searches page, in one module: the page always renders some of them, so
// its JavaScript always names every action they call.
import { useActionState, useState } from 'react';
import { Field, FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { deleteSavedSearchAction, renameSavedSearchAction, resetFeedLinksAction, setDigestAction } from '@/lib/actions/alerts';
import { SAVED_SEARCH_NAME_MAX } from '@/lib/validations/saved-search';

export function SavedSearchActions({ id, name }: { id: string; name: string }) {
  const [renamed, rename] = useActionState(renameSavedSearchAction, {});
  const [deleted, remove] = useActionState(deleteSavedSearchAction, {});
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        <details className="text-sm">
          <summary className="cursor-pointer text-brand">Rename…</summary>
          <form action={rename} className="mt-2 flex flex-wrap items-end gap-2">
            <input type="hidden" name="id" value={id} />
            <Field name="name" id={`rename-${id}`} label={`New name for “${name}”`} defaultValue={renamed.values?.name ?? name} maxLength={SAVED_SEARCH_NAME_MAX} errors={renamed.errors?.name} required />
            <SubmitButton tone="secondary">Rename</SubmitButton>
          </form>
        </details>
        <form action={remove}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton tone="secondary">Delete “{name}”</SubmitButton>
        </form>
      </div>
      <FormMessage state={renamed.message ? renamed : deleted} />
    </div>
  );
}

/** A feed address to copy into a feed reader. */
export function FeedAddress({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const id = `feed-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <label htmlFor={id} className="text-muted">
        {label}
      </label>
      <input id={id} readOnly value={url} className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="rounded border border-slate-400 bg-white px-2 py-1 hover:bg-slate-50"
        onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

export function ResetFeedLinksForm() {
  const [state, action] = useActionState(resetFeedLinksAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="confirm" value="reset" />
      <p className="text-sm text-muted">Anyone with a feed address reads what it lists. If one was shared by mistake, reset them all: every old address stops working.</p>
      <SubmitButton tone="secondary">Reset feed links</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function DigestForm({ enabled, mailConfigured }: { enabled: boolean; mailConfigured: boolean }) {
  const [state, action] = useActionState(setDigestAction, {});
  if (!mailConfigured) {
    return <p className="text-sm text-muted">Daily e-mail is not available: this server has no mail server configured (SMTP_URL).</p>;
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="digest" value={enabled ? 'off' : 'on'} />
      <p className="text-sm">{enabled ? 'A daily e-mail tells you what is new in your saved searches and watched cases.' : 'No daily e-mail.'}</p>
      <SubmitButton tone="secondary">{enabled ? 'Turn daily e-mail off' : 'E-mail me daily'}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
