'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FieldErrors, FormMessage } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { saveSearchAction } from '@/lib/actions/alerts';
import { SAVED_SEARCH_NAME_MAX } from '@/lib/validations/saved-search';

/** "Save this search": keeps the list's current view (without its page) under a name. */
export function SaveSearchForm({ queryString, suggestedName }: { queryString: string; suggestedName: string }) {
  const [state, action] = useActionState(saveSearchAction, {});
  return (
    <details className="rounded border border-line bg-white px-3 py-2 text-sm" open={Boolean(state.message) || undefined}>
      <summary className="cursor-pointer font-medium">Save this search…</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="query" value={queryString} />
        <Field
          name="name"
          id="saved-search-name"
          label="Name"
          defaultValue={state.values?.name ?? suggestedName}
          maxLength={SAVED_SEARCH_NAME_MAX}
          hint="New matching cases are counted for you, listed in its Atom feed and, if you like, in a daily e-mail."
          errors={state.errors?.name}
          required
        />
        <FieldErrors id="saved-search-query-error" errors={state.errors?.query} />
        <SubmitButton>Save search</SubmitButton>
      </form>
      <div className="mt-2">
        <FormMessage state={state} />
        {state.ok && (
          <Link href="/searches" className="text-brand hover:underline">
            Go to Saved searches
          </Link>
        )}
      </div>
    </details>
  );
}
