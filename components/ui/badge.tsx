const TONES = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  good: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  info: 'bg-sky-50 text-sky-900 ring-sky-300',
  warn: 'bg-amber-50 text-amber-900 ring-amber-400',
  bad: 'bg-rose-50 text-rose-900 ring-rose-300',
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
