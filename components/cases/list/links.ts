// URLs of list views: every link of the list page is the current view with one change.
import { caseQueryString, type CaseQuery, type CaseQueryParam } from '@/lib/validations/case-query';

export type ViewChanges = Partial<Record<CaseQueryParam, string | string[] | null>>;

export function viewHref(query: CaseQuery, changes: ViewChanges = {}): string {
  const qs = caseQueryString(query, changes);
  return qs ? `/cases?${qs}` : '/cases';
}

/** The link to a case from the list: with `from` (the list view) unless the view is the default one. */
export function caseHref(id: string, listQueryString: string): string {
  return listQueryString ? `/cases/${id}?from=${encodeURIComponent(listQueryString)}` : `/cases/${id}`;
}

/** A repeatable parameter with `value` added or removed. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
