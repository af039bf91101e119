// A labelled input whose errors are announced and linked with aria-describedby.
type FieldProps = React.InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[]; hint?: string };

export function Field({ name, label, errors, hint, id = name, ...input }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint && hintId, errors?.length && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm aria-[invalid]:border-rose-600"
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-xs text-rose-700">
      {errors?.map((error) => <p key={error}>{error}</p>)}
    </div>
  );
}

export function FormMessage({ state }: { state: { ok?: boolean; message?: string; secret?: string } }) {
  if (!state.message) return <div aria-live="polite" />;
  return (
    <div aria-live="polite" role={state.ok ? 'status' : 'alert'} className={`rounded p-2 text-sm ${state.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-rose-50 text-rose-900'}`}>
      {state.message}
      {state.secret && (
        <p className="mt-1">
          <code className="select-all rounded bg-white px-1 font-mono" data-testid="one-time-password">
            {state.secret}
          </code>
        </p>
      )}
    </div>
  );
}
