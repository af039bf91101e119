// Facets with counts over the current matches; every option is a link to the view with it toggled.
import Link from 'next/link';
import type { CaseFacets, FacetOption } from '@/lib/server/cases/find-cases';
import { caseQueryString, FLAG_PARAMS, type CaseQuery, type FlagParam } from '@/lib/validations/case-query';
import { FACET_TITLES, optionLabel, type FacetKey } from './facet-labels';
import { toggled, viewHref } from './links';

const numberFormat = new Intl.NumberFormat('en');

const isFlag = (facet: FacetKey): facet is FlagParam => (FLAG_PARAMS as readonly string[]).includes(facet);

function selectedValues(query: CaseQuery, facet: FacetKey): string[] {
  if (facet === 'currency') return query.currency ? [query.currency] : [];
  if (isFlag(facet)) return query[facet] === null ? [] : [String(query[facet])];
  return query[facet];
}

function optionHref(query: CaseQuery, facet: FacetKey, value: string, selected: boolean): string {
  if (facet === 'currency') return viewHref(query, selected ? { currency: null, amountMin: null, amountMax: null } : { currency: value });
  if (isFlag(facet)) return viewHref(query, { [facet]: selected ? null : value === 'true' ? '1' : '0' });
  return viewHref(query, { [facet]: toggled(query[facet], value) });
}

function FacetGroup({ facet, options, query, estimated }: { facet: FacetKey; options: FacetOption[]; query: CaseQuery; estimated: boolean }) {
  const selected = selectedValues(query, facet);
  // Selected options stay visible even when nothing matches them any more.
  const shown = [...options, ...selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, count: 0 }))];
  if (shown.length === 0) return null;
  const id = `facet-${facet}`;
  return (
    <section aria-labelledby={id} className="border-t border-line py-3">
      <h2 id={id} className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
        {FACET_TITLES[facet]}
      </h2>
      <ul className="space-y-0.5 text-sm">
        {shown.map((option) => {
          const isSelected = selected.includes(option.value);
          return (
            <li key={option.value}>
              {/* Styled in app/globals.css (.facet-option): the check mark of a selected option too. */}
              <Link href={optionHref(query, facet, option.value, isSelected)} aria-current={isSelected ? 'true' : undefined} className="facet-option">
                <span>
                  {optionLabel(facet, option.value)}
                  {isSelected && <span className="sr-only"> (selected; follow to remove)</span>}
                </span>
                <span data-facet-count>
                  {estimated ? '~' : ''}
                  {numberFormat.format(option.count)}
                  <span className="sr-only"> cases</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Hidden({ query, omit }: { query: CaseQuery; omit: string[] }) {
  const params = new URLSearchParams(caseQueryString(query));
  return (
    <>
      {[...params].filter(([key]) => !omit.includes(key)).map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
    </>
  );
}

const inputClass = 'w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm';

function ApplyButton({ what }: { what: string }) {
  return (
    <button type="submit" className="rounded border border-slate-400 bg-white px-2 py-1 hover:bg-slate-50">
      Apply<span className="sr-only"> {what}</span>
    </button>
  );
}

export function FacetPanel({ facets, query }: { facets: CaseFacets; query: CaseQuery }) {
  const order: FacetKey[] = ['jurisdiction', 'forum', 'claim', 'outcome', 'certainty', 'status', 'tag', 'bond', 'uncited', 'currency'];
  return (
    <div aria-label="Filters" role="region">
      {order.map((facet) => (
        <FacetGroup key={facet} facet={facet} options={facets[facet]} query={query} estimated={facets.estimated} />
      ))}
      <section aria-labelledby="facet-year" className="border-t border-line py-3">
        <h2 id="facet-year" className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
          Year begun
        </h2>
        <form action="/cases" method="get" className="flex items-end gap-2 text-sm">
          <Hidden query={query} omit={['yearFrom', 'yearTo']} />
          <label className="flex-1">
            <span className="block text-xs text-muted">From</span>
            <input name="yearFrom" type="number" min={1800} max={2200} defaultValue={query.yearFrom ?? ''} placeholder={String(facets.years.min ?? '')} className={inputClass} />
          </label>
          <label className="flex-1">
            <span className="block text-xs text-muted">To</span>
            <input name="yearTo" type="number" min={1800} max={2200} defaultValue={query.yearTo ?? ''} placeholder={String(facets.years.max ?? '')} className={inputClass} />
          </label>
          <ApplyButton what="year range" />
        </form>
      </section>
      <section aria-labelledby="facet-amount" className="border-t border-line py-3">
        <h2 id="facet-amount" className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">
          Largest claimed amount
        </h2>
        <form action="/cases" method="get" className="space-y-2 text-sm">
          <Hidden query={query} omit={['amountMin', 'amountMax', 'currency']} />
          <label className="block">
            <span className="block text-xs text-muted">Currency (amounts are never converted)</span>
            <select name="currency" defaultValue={query.currency ?? ''} className={inputClass}>
              <option value="">Any currency</option>
              {[...new Set([...(query.currency ? [query.currency] : []), ...facets.currency.map((c) => c.value)])].sort().map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          <div className="flex items-end gap-2">
            <label className="flex-1">
              <span className="block text-xs text-muted">At least</span>
              <input name="amountMin" inputMode="decimal" defaultValue={query.amountMin ?? ''} className={inputClass} />
            </label>
            <label className="flex-1">
              <span className="block text-xs text-muted">At most</span>
              <input name="amountMax" inputMode="decimal" defaultValue={query.amountMax ?? ''} className={inputClass} />
            </label>
          </div>
          <ApplyButton what="amount range" />
        </form>
      </section>
    </div>
  );
}
