// A field named the way the form shows it ("Covenant 1 — Duration (months)"), never by its path in
// the document ("covenants.0.durationMonths"): read from the form's labels and legends, and made
// up from the path only where the form has no element for it.
import { fieldId } from './editor-state';

/** What one row of each list is called in the form (RowList's noun). */
const ROW_NOUNS: Record<string, string> = {
  relatedCases: 'Related case',
  sources: 'Source',
  parties: 'Party',
  roles: 'Role',
  aliases: 'Other name',
  proceedings: 'Proceeding',
  covenants: 'Covenant',
  considerations: 'Consideration item',
  terms: 'Term',
  claims: 'Claim',
  evidence: 'Evidence',
  events: 'Event',
  outcomes: 'Outcome',
  awards: 'Award',
  citations: 'Citation',
  notes: 'Note',
  tags: 'Tag',
};

/** "producedByPartyId" → "Produced by party", "claimIds" → "Claims". */
function humanize(key: string): string {
  const words = key
    .replace(/Ids$/, 's')
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/** A name from the path alone: "claims.1.amount.value" → "Claim 2 — Amount — Value". */
export function describeFieldPath(path: readonly string[]): string {
  const names: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (isIndex(path[i + 1]) && !key.endsWith('Ids')) {
      names.push(`${ROW_NOUNS[key] ?? humanize(key).replace(/s$/, '')} ${Number(path[i + 1]) + 1}`);
      i++;
    } else if (!isIndex(key)) names.push(humanize(key));
  }
  return names.join(' — ') || 'The case';
}

const legendOf = (fieldset: Element) => fieldset.querySelector(':scope > legend')?.textContent?.trim() || null;

function labelOf(element: HTMLElement): string | null {
  if (element instanceof HTMLFieldSetElement) return legendOf(element);
  const labels = (element as HTMLInputElement).labels;
  return labels?.[0]?.textContent?.trim() || element.getAttribute('aria-label');
}

/** The element's label after the legends of the fieldsets around it ("Claim 2", "Citation 1"). */
function describeElement(element: HTMLElement): string[] {
  const own = labelOf(element);
  const names: string[] = [];
  for (let set = element.parentElement?.closest('fieldset'); set; set = set.parentElement?.closest('fieldset')) {
    const legend = legendOf(set);
    // "Amount claimed: amount" already says it is in "Amount claimed".
    if (legend && !own?.startsWith(legend)) names.unshift(legend);
  }
  return own ? [...names, own] : names;
}

/**
 * The field at `path` as the form names it; a path without an element of its own (a duplicate id,
 * a list) is named by the closest element around it, then by the rest of its path.
 */
export function describeField(path: readonly string[], root: Document = document): string {
  for (let length = path.length; length > 0; length--) {
    const element = root.getElementById(fieldId(path.slice(0, length)));
    if (!element) continue;
    const rest = path.slice(length);
    const names = describeElement(element);
    if (names.length === 0) break;
    return (rest.length > 0 ? [...names, describeFieldPath(rest)] : names).join(' — ');
  }
  return describeFieldPath(path);
}
