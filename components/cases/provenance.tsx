// How sure a fact is, and where it came from: shown beside every fact on the case page.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Citation } from '@/lib/case-document/schema';
import type { Certainty } from '@/lib/generated/prisma/enums';
import { CERTAINTY_LABELS } from '@/lib/labels';

const CERTAINTY_TONES: Record<Certainty, BadgeTone> = {
  CONFIRMED: 'good',
  REPORTED: 'info',
  ALLEGED: 'warn',
  DISPUTED: 'warn',
  DENIED: 'bad',
  UNCONFIRMED: 'warn',
};

export type SourceNumbers = Map<string, number>;

type Fact = { certainty: Certainty; certaintyNote: string | null; citations: Citation[] };

/** How sure a fact is, as a badge; `children` replaces the label where the context needs other words. */
export function CertaintyBadge({ certainty, children }: { certainty: Certainty; children?: React.ReactNode }) {
  return <Badge tone={CERTAINTY_TONES[certainty]}>{children ?? CERTAINTY_LABELS[certainty]}</Badge>;
}

export function Provenance({ fact, sourceNumbers }: { fact: Fact; sourceNumbers: SourceNumbers }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-xs">
      <CertaintyBadge certainty={fact.certainty} />
      {fact.certaintyNote && <span className="text-muted">({fact.certaintyNote})</span>}
      {fact.citations.length === 0 ? (
        <Badge tone="bad">uncited</Badge>
      ) : (
        <span className="text-muted">
          {[...new Set(fact.citations.map((c) => sourceNumbers.get(c.sourceId)))].map((n) => (
            <a key={n} href={`#source-${n}`} className="mr-0.5 text-brand hover:underline" aria-label={`source ${n}`}>
              [{n}]
            </a>
          ))}
        </span>
      )}
    </span>
  );
}

/** The excerpts a fact cites, quoted with their attribution. */
export function Excerpts({ citations, sourceNumbers }: { citations: Citation[]; sourceNumbers: SourceNumbers }) {
  const quoted = citations.filter((c) => c.excerpt || c.locator || c.attribution);
  if (quoted.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1">
      {quoted.map((c) => (
        <li key={c.id} className="border-l-2 border-line pl-2 text-xs text-muted">
          {c.attribution && <span className="font-medium text-ink">{c.attribution}: </span>}
          {c.excerpt && <q className="italic">{c.excerpt}</q>}
          {c.locator && <span> ({c.locator})</span>} <span>[{sourceNumbers.get(c.sourceId)}]</span>
        </li>
      ))}
    </ul>
  );
}
