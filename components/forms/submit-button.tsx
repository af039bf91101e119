'use client';
import { useFormStatus } from 'react-dom';

export function SubmitButton({ children, tone = 'primary' }: { children: React.ReactNode; tone?: 'primary' | 'secondary' }) {
  const { pending } = useFormStatus();
  const look = tone === 'primary' ? 'bg-brand text-white hover:bg-brand-dark' : 'border border-slate-400 bg-white text-ink hover:bg-slate-50';
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${look}`}>
      {pending ? 'Working…' : children}
    </button>
  );
}
