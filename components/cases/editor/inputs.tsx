'use client';
// Form controls bound to a path in the document; each shows its own errors next to it.
import { useState } from 'react';
import { FieldErrors } from '@/components/forms/field';
import { MONEY_QUALIFIERS, type MoneyQualifier } from '@/lib/money';
import { fieldId, pathKey, useEditor, useField, type Path } from './editor-state';

export const control = 'block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm aria-[invalid]:border-rose-600';

type Common = { path: Path; label: string; hint?: string; className?: string };

export function Label({ id, label }: { id: string; label: string }) {
  return (
    <label htmlFor={id} className="block text-xs font-medium text-ink">
      {label}
    </label>
  );
}

export function described(id: string, errors?: string[], hint?: string) {
  return {
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' '),
  } as const;
}

export function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-xs text-muted">
      {hint}
    </p>
  ) : null;
}

/**
 * Text; `optional` stores an empty field as null. `clears` are fields that only mean something
 * beside this one (how sure an original-script name is): emptied with it.
 */
export function TextField({
  path,
  label,
  hint,
  className,
  optional = true,
  multiline = false,
  readOnly = false,
  clears = [],
}: Common & { optional?: boolean; multiline?: boolean; readOnly?: boolean; clears?: Path[] }) {
  const field = useField<string | null>(path);
  const { set } = useEditor();
  const onChange = (value: string) => {
    field.set(optional && value === '' ? null : value);
    if (value === '') for (const dependent of clears) set(dependent, null);
  };
  const props = { id: field.id, className: control, value: field.value ?? '', readOnly, onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value) };
  return (
    <div className={`space-y-0.5 ${className ?? ''}`}>
      <Label id={field.id} label={label} />
      {multiline ? <textarea rows={3} {...props} {...described(field.id, field.errors, hint)} /> : <input {...props} {...described(field.id, field.errors, hint)} />}
      <Hint id={field.id} hint={hint} />
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </div>
  );
}

export function SelectField<V extends string>({
  path,
  label,
  options,
  nullable = false,
  hint,
  className,
}: Common & { options: readonly (readonly [V, string])[]; nullable?: boolean | string }) {
  const field = useField<V | null>(path);
  // A value with no option (a source or party removed above) would show as the first option, i.e.
  // as another row than the one referenced: it gets an option of its own that says so.
  const missing = field.value !== null && field.value !== '' && !options.some(([value]) => value === field.value);
  return (
    <div className={`space-y-0.5 ${className ?? ''}`}>
      <Label id={field.id} label={label} />
      <select id={field.id} className={control} value={field.value ?? ''} onChange={(e) => field.set((e.target.value || null) as V | null)} {...described(field.id, field.errors, hint)}>
        {missing && <option value={field.value!}>Removed from this case — choose another</option>}
        {nullable !== false && <option value="">{typeof nullable === 'string' ? nullable : '—'}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Hint id={field.id} hint={hint} />
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </div>
  );
}

export function CheckboxField({ path, label, className }: Common) {
  const field = useField<boolean>(path);
  return (
    <div className={`flex items-center gap-2 ${className ?? ''}`}>
      <input id={field.id} type="checkbox" checked={field.value} onChange={(e) => field.set(e.target.checked)} className="h-4 w-4" />
      <label htmlFor={field.id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

/** A list of short texts typed one per line (aliases, tags). */
export function ListField({ path, label, hint, className, separator = '\n' }: Common & { separator?: '\n' | ',' }) {
  const field = useField<string[]>(path);
  const [raw, setRaw] = useState(() => field.value.join(separator === ',' ? ', ' : '\n'));
  const onChange = (text: string) => {
    setRaw(text);
    field.set(text.split(separator).map((item) => item.trim()).filter(Boolean));
  };
  return (
    <div className={`space-y-0.5 ${className ?? ''}`}>
      <Label id={field.id} label={label} />
      {separator === '\n' ? (
        <textarea id={field.id} rows={2} className={control} value={raw} onChange={(e) => onChange(e.target.value)} {...described(field.id, field.errors, hint)} />
      ) : (
        <input id={field.id} className={control} value={raw} onChange={(e) => onChange(e.target.value)} {...described(field.id, field.errors, hint)} />
      )}
      <Hint id={field.id} hint={hint} />
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </div>
  );
}

export function IntegerField({ path, label, hint, className }: Common) {
  const field = useField<number | null>(path);
  const [raw, setRaw] = useState(field.value === null ? '' : String(field.value));
  return (
    <div className={`space-y-0.5 ${className ?? ''}`}>
      <Label id={field.id} label={label} />
      <input
        id={field.id}
        inputMode="numeric"
        className={control}
        value={raw}
        onChange={(e) => {
          setRaw(e.target.value);
          const n = e.target.value.trim() === '' ? null : Number(e.target.value);
          field.set(n === null || Number.isInteger(n) ? n : (e.target.value as unknown as number));
        }}
        {...described(field.id, field.errors, hint)}
      />
      <Hint id={field.id} hint={hint} />
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </div>
  );
}

/** A date in its precision ("2020-06-15", "2020-06", "2020") plus a free qualifier ("after June"). */
export function DateField({ path, qualifierPath, label, required = false, className }: Common & { qualifierPath: Path; required?: boolean }) {
  const field = useField<string | null>(path);
  const qualifier = useField<string | null>(qualifierPath);
  const hint = 'YYYY-MM-DD, YYYY-MM or YYYY';
  return (
    <div className={`grid grid-cols-2 gap-2 ${className ?? ''}`}>
      <div className="space-y-0.5">
        <Label id={field.id} label={label} />
        <input
          id={field.id}
          className={control}
          placeholder="2020-06"
          value={field.value ?? ''}
          onChange={(e) => field.set(e.target.value === '' && !required ? null : e.target.value)}
          {...described(field.id, field.errors, hint)}
        />
        <Hint id={field.id} hint={hint} />
        <FieldErrors id={`${field.id}-error`} errors={field.errors} />
      </div>
      <div className="space-y-0.5">
        <Label id={qualifier.id} label={`${label}: qualifier`} />
        <input id={qualifier.id} className={control} placeholder="e.g. after June" value={qualifier.value ?? ''} onChange={(e) => qualifier.set(e.target.value || null)} />
        <FieldErrors id={`${qualifier.id}-error`} errors={qualifier.errors} />
      </div>
    </div>
  );
}

const QUALIFIER_TEXT: Record<MoneyQualifier, string> = {
  EXACT: 'exactly',
  MORE_THAN: 'more than',
  AT_LEAST: 'at least',
  AT_MOST: 'at most',
  APPROXIMATELY: 'approximately',
  UNKNOWN: 'unknown',
  NOT_MONETARY: 'not monetary',
};

const LAST_CURRENCY_KEY = 'covenant.lastCurrency';

/** Qualifier, amount typed as text (parsed exactly on the server and in the schema), currency. */
export function MoneyField({ path, label, className }: Common) {
  const qualifier = useField<MoneyQualifier>([...path, 'qualifier']);
  const value = useField<string | null>([...path, 'value']);
  const currency = useField<string | null>([...path, 'currency']);
  const amountless = qualifier.value === 'UNKNOWN' || qualifier.value === 'NOT_MONETARY';
  const whole = useField<unknown>(path);

  function chooseQualifier(next: MoneyQualifier) {
    if (next === 'UNKNOWN' || next === 'NOT_MONETARY') {
      whole.set({ qualifier: next, value: null, currency: null });
    } else {
      const remembered = typeof window === 'undefined' ? null : window.localStorage.getItem(LAST_CURRENCY_KEY);
      whole.set({ qualifier: next, value: value.value ?? '', currency: currency.value ?? remembered ?? '' });
    }
  }

  return (
    <fieldset className={`grid grid-cols-3 gap-2 ${className ?? ''}`}>
      <legend className="col-span-3 text-xs font-medium">{label}</legend>
      <div className="space-y-0.5">
        <Label id={qualifier.id} label={`${label}: qualifier`} />
        <select id={qualifier.id} className={control} value={qualifier.value} onChange={(e) => chooseQualifier(e.target.value as MoneyQualifier)}>
          {MONEY_QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {QUALIFIER_TEXT[q]}
            </option>
          ))}
        </select>
      </div>
      {!amountless && (
        <>
          <div className="space-y-0.5">
            <Label id={value.id} label={`${label}: amount`} />
            <input id={value.id} inputMode="decimal" placeholder="5,000,000" className={control} value={value.value ?? ''} onChange={(e) => value.set(e.target.value)} {...described(value.id, value.errors)} />
            <FieldErrors id={`${value.id}-error`} errors={value.errors} />
          </div>
          <div className="space-y-0.5">
            <Label id={currency.id} label={`${label}: currency`} />
            <input
              id={currency.id}
              list="iso-4217"
              placeholder="CNY"
              maxLength={3}
              className={`${control} uppercase`}
              value={currency.value ?? ''}
              onChange={(e) => {
                const code = e.target.value.toUpperCase();
                currency.set(code);
                if (/^[A-Z]{3}$/.test(code)) window.localStorage.setItem(LAST_CURRENCY_KEY, code);
              }}
              {...described(currency.id, currency.errors)}
            />
            <FieldErrors id={`${currency.id}-error`} errors={currency.errors} />
          </div>
        </>
      )}
    </fieldset>
  );
}

const addButton = 'rounded border border-brand px-2 py-1 text-sm text-brand hover:bg-sky-50';

/**
 * A part of a row that is absent (null) until it is added: a bond, a settlement in shares. Removing
 * it makes it absent again, not blank.
 */
export function OptionalBlock<T>({
  path,
  title,
  addLabel,
  removeLabel,
  make,
  children,
}: {
  path: Path;
  title: string;
  addLabel: string;
  removeLabel: string;
  make: () => T;
  children: React.ReactNode;
}) {
  const field = useField<T | null | undefined>(path);
  if (field.value == null) {
    return (
      <p>
        <button type="button" className={addButton} onClick={() => field.set(make())}>
          {addLabel}
        </button>
      </p>
    );
  }
  return (
    <fieldset id={field.id} className="rounded border border-line p-2">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <div className="space-y-2">{children}</div>
      <button type="button" className="mt-2 text-xs text-rose-700 underline" onClick={() => field.set(null)}>
        {removeLabel}
      </button>
    </fieldset>
  );
}

/**
 * Several parties in the order given (a claim's claimants): listed with a button each to take one
 * out, and a choice of the parties not listed yet to add.
 */
export function PartyListField({
  path,
  label,
  noun,
  options,
  hint,
  className,
}: Common & { noun: string; options: readonly (readonly [string, string])[] }) {
  const field = useField<string[] | undefined>(path);
  const { errors } = useEditor();
  const listed = field.value ?? [];
  const remaining = options.filter(([id]) => !listed.includes(id));
  const [choice, setChoice] = useState('');
  // The choice made, while it can still be added; else the first party that can.
  const chosen = remaining.some(([id]) => id === choice) ? choice : (remaining[0]?.[0] ?? '');
  const nameOf = (id: string) => options.find(([value]) => value === id)?.[1] ?? 'A party removed from this case';
  const addId = `${field.id}-add`;
  return (
    <fieldset id={field.id} className={`space-y-1 ${className ?? ''}`} aria-describedby={[hint && `${field.id}-hint`, `${field.id}-error`].filter(Boolean).join(' ')}>
      <legend className="text-xs font-medium">{label}</legend>
      {listed.length === 0 ? (
        <p className="text-xs text-muted">None listed yet.</p>
      ) : (
        <ol aria-label={label} className="ml-5 list-decimal text-sm">
          {listed.map((id, index) => (
            <li key={id} id={fieldId([...path, index])}>
              {nameOf(id)}{' '}
              <button type="button" className="text-xs text-rose-700 underline" onClick={() => field.set(listed.filter((_, i) => i !== index))}>
                Remove {nameOf(id)} from {label.toLowerCase()}
              </button>
              <FieldErrors id={`${fieldId([...path, index])}-error`} errors={errors[pathKey([...path, index])]} />
            </li>
          ))}
        </ol>
      )}
      {options.length === 0 ? (
        <p className="text-xs text-muted">Add parties under “Parties” to choose them here.</p>
      ) : (
        remaining.length > 0 && (
          <div className="flex items-end gap-2">
            <div className="min-w-0 flex-1 space-y-0.5">
              <Label id={addId} label={`${noun} to add`} />
              <select id={addId} className={control} value={chosen} onChange={(e) => setChoice(e.target.value)}>
                {remaining.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className={addButton} onClick={() => field.set([...listed, chosen])}>
              Add {noun.toLowerCase()}
            </button>
          </div>
        )
      )}
      <Hint id={field.id} hint={hint} />
      <FieldErrors id={`${field.id}-error`} errors={field.errors} />
    </fieldset>
  );
}
