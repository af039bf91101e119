// Styled in app/globals.css (.badge): a list page shows one or two per row.
export type BadgeTone = 'neutral' | 'good' | 'info' | 'warn' | 'bad';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`badge badge-${tone}`}>
      {children}
    </span>
  );
}
