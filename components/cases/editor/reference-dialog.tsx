'use client';
// Removing a row that others still point at (a source cited, a party named in a claim) asks first,
// naming the rows that point at it: their references go too, point at another row, or nothing
// happens. Without it they would be left pointing at nothing.
import { useEffect, useRef, useState } from 'react';
import { control } from './inputs';

type Props = {
  /** "Source 2". */
  rowName: string;
  /** "source". */
  noun: string;
  /** Where it is referenced, as the form names it: "Claim 1 — Claimant". */
  referencedBy: string[];
  /** The other rows of its list, to point the references at. */
  choices: (readonly [id: string, label: string])[];
  onRemoveReferences: () => void;
  onRepoint: (to: string) => void;
  onCancel: () => void;
};

export function ReferenceDialog({ rowName, noun, referencedBy, choices, onRemoveReferences, onRepoint, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Nothing chosen at first: the list never shows a row that was not picked.
  const [to, setTo] = useState('');
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    cancel.current?.focus(); // the choice that changes nothing
    return () => element?.close();
  }, []);
  const count = referencedBy.length;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="reference-dialog-title"
      aria-describedby="reference-dialog-list"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-lg rounded border border-line bg-white p-4 text-sm shadow-lg backdrop:bg-slate-900/40"
    >
      <h2 id="reference-dialog-title" className="text-base font-semibold">
        Remove {rowName}? {count === 1 ? 'One row refers' : `${count} rows refer`} to it
      </h2>
      <ul id="reference-dialog-list" aria-label={`Referring to ${rowName}`} className="my-2 ml-4 max-h-48 list-disc overflow-y-auto">
        {referencedBy.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
      </ul>
      <div className="space-y-3">
        <p>
          <button type="button" onClick={onRemoveReferences} className="rounded border border-rose-300 bg-rose-50 px-3 py-1 font-medium text-rose-900">
            Remove {rowName} and these references
          </button>
          <span className="mt-1 block text-xs text-muted">Citations of it are removed; fields naming it are left empty.</span>
        </p>
        {choices.length > 0 && (
          <p className="flex flex-wrap items-end gap-2">
            <span className="space-y-0.5">
              <label htmlFor="reference-dialog-to" className="block text-xs font-medium">
                Point them to
              </label>
              <select id="reference-dialog-to" className={control} value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="">Choose a {noun}</option>
                {choices.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </span>
            <button type="button" disabled={!to} onClick={() => onRepoint(to)} className="rounded bg-brand px-3 py-1 font-medium text-white disabled:opacity-50">
              Point them there and remove {rowName}
            </button>
          </p>
        )}
        <p>
          <button ref={cancel} type="button" onClick={onCancel} className="rounded border border-line px-3 py-1">
            Cancel
          </button>
        </p>
      </div>
    </dialog>
  );
}
