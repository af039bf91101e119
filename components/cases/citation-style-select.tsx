// The choice of citation style, for one case's citation and for a cited list.
import { CITATION_STYLE_LABELS, CITATION_STYLES, type CitationStyle } from '@/lib/citations/options';

export function CitationStyleSelect({ value, onChange, label }: { value: CitationStyle; onChange: (style: CitationStyle) => void; label?: string }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as CitationStyle)} className="rounded border border-line bg-white px-1 py-1">
      {CITATION_STYLES.map((style) => (
        <option key={style} value={style}>
          {CITATION_STYLE_LABELS[style]}
        </option>
      ))}
    </select>
  );
}
