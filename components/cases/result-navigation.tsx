// Previous / next case within the result list the case was opened from.
import Link from 'next/link';
import type { ResultListPosition } from '@/app/(app)/cases/[id]/result-list';

export function ResultNavigation({ position }: { position: ResultListPosition | null }) {
  if (!position) return null;
  const { from, ...neighbours } = position;
  const href = (id: string) => `/cases/${id}?from=${encodeURIComponent(from)}`;
  return (
    <nav aria-label="Result list" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded border border-line bg-white px-3 py-2 text-sm">
      <Link href={from ? `/cases?${from}` : '/cases'} className="text-brand hover:underline">
        ↑ Back to the results
      </Link>
      <span className="flex gap-4">
        {neighbours.previous ? (
          <Link href={href(neighbours.previous.id)} rel="prev" aria-label={`Previous case: ${neighbours.previous.title}`} className="text-brand hover:underline">
            ← Previous: {neighbours.previous.title}
          </Link>
        ) : (
          <span className="text-muted">First result</span>
        )}
        {neighbours.next ? (
          <Link href={href(neighbours.next.id)} rel="next" aria-label={`Next case: ${neighbours.next.title}`} className="text-brand hover:underline">
            Next: {neighbours.next.title} →
          </Link>
        ) : (
          <span className="text-muted">Last result</span>
        )}
      </span>
    </nav>
  );
}
