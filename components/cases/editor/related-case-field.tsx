'use client';
// The case a related-case row links to: found by words of its title or parties, or by its
// address pasted from the browser, and shown by its title once chosen.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { FieldErrors } from '@/components/forms/field';
import { findCaseChoicesAction } from '@/lib/actions/cases';
import type { CaseChoice } from '@/lib/server/cases/related-cases';
import { useEditor, useField, type Path } from './editor-state';
import { control, described, Hint, Label } from './inputs';

const SEARCH_DELAY_MS = 300;

export function RelatedCaseField({ path }: { path: Path }) {
  const { doc, caseTitles } = useEditor();
  const field = useField<string>(path);
  const [chosen, setChosen] = useState<{ id: string; title: string } | null>(() =>
    field.value && caseTitles[field.value] !== undefined ? { id: field.value, title: caseTitles[field.value]! } : null,
  );
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ text: string; choices: CaseChoice[] } | null>(null);
  // Only the answer to what the field says now: an answer to earlier typing is never shown.
  const choices = found?.text === text && text.trim().length >= 2 ? found.choices : null;

  // A row whose title the page did not bring (a case deleted meanwhile) is looked up once.
  useEffect(() => {
    if (!field.value || chosen?.id === field.value) return;
    let current = true;
    void findCaseChoicesAction({ text: field.value, excludeId: doc.id }).then(([found]) => {
      if (current) setChosen({ id: field.value, title: found?.title ?? 'A case that cannot be found' });
    });
    return () => {
      current = false;
    };
  }, [field.value, chosen?.id, doc.id]);

  useEffect(() => {
    if (text.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(async () => {
      const choices = await findCaseChoicesAction({ text, excludeId: doc.id });
      if (current) setFound({ text, choices });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, doc.id]);

  const choose = (choice: CaseChoice) => {
    setChosen({ id: choice.id, title: choice.title });
    field.set(choice.id);
    setText('');
  };

  if (field.value) {
    return (
      <div className="space-y-0.5">
        <p className="text-xs font-medium text-ink">Case</p>
        <p id={field.id} className="text-sm">
          {chosen?.id === field.value ? (
            <Link href={`/cases/${field.value}`} target="_blank" className="text-brand underline">
              {chosen.title}
            </Link>
          ) : (
            <span className="text-muted">Looking up the case…</span>
          )}{' '}
          <button type="button" className="ml-2 text-xs text-brand underline" onClick={() => field.set('')}>
            Choose another case
          </button>
        </p>
        <FieldErrors id={`${field.id}-error`} errors={field.errors} />
      </div>
    );
  }
  const hint = 'Words of its title or of a party’s name, or its address (/cases/…)';
  return (
    <div className="space-y-0.5">
      <Label id={field.id} label="Find the case" />
      <input id={field.id} type="search" className={control} value={text} onChange={(e) => setText(e.target.value)} {...described(field.id, field.errors, hint)} />
      <Hint id={field.id} hint={hint} />
      <div aria-live="polite">
        {choices?.length === 0 && <p className="text-xs text-muted">No case matches “{text.trim()}”.</p>}
        {choices && choices.length > 0 && (
          <ul aria-label="Matching cases" className="mt-1 divide-y divide-line rounded border border-line bg-white text-sm">
            {choices.map((choice) => (
              <li key={choice.id}>
                <button type="button" className="w-full px-2 py-1 text-left hover:bg-sky-50" onClick={() => choose(choice)}>
                  {choice.title}{' '}
                  <span className="text-xs text-muted">
                    ({[choice.jurisdictionCountry, choice.yearBegun].filter(Boolean).join(', ')})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </div>
  );
}
