'use client';
// Page size: a GET form that submits itself when the choice changes (the button is there without JavaScript).
import { useRef } from 'react';

export function PageSizeForm({ limit, sizes, hidden }: { limit: number; sizes: readonly number[]; hidden: [string, string][] }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action="/cases" method="get" className="flex items-center gap-2 text-sm">
      {hidden.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
      <label htmlFor="page-size" className="text-muted">
        Cases per page
      </label>
      <select id="page-size" name="limit" defaultValue={String(limit)} onChange={() => form.current?.requestSubmit()} className="rounded border border-slate-400 bg-white px-2 py-1">
        {sizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded border border-slate-400 bg-white px-2 py-1">
          Show
        </button>
      </noscript>
    </form>
  );
}
