// The search box: a plain GET form (works without JavaScript; the URL stays the view), with the
// query syntax explained in a disclosure next to it.
import { SEARCH_FIELD_HELP, SEARCH_FIELDS } from '@/lib/search/parse-query';
import { caseQueryString, type CaseQuery } from '@/lib/validations/case-query';

/** The current view's other parameters, so a new search keeps the filters (and starts at page one). */
function HiddenParams({ query, omit }: { query: CaseQuery; omit: string[] }) {
  const params = new URLSearchParams(caseQueryString(query));
  return (
    <>
      {[...params].filter(([key]) => !omit.includes(key)).map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
    </>
  );
}

export function SearchForm({ query }: { query: CaseQuery }) {
  return (
    <form action="/cases" method="get" role="search" className="flex flex-wrap items-start gap-2">
      <HiddenParams query={query} omit={['q', 'sort']} />
      <div className="min-w-64 flex-1">
        <label htmlFor="case-search" className="sr-only">
          Search cases
        </label>
        <input
          id="case-search"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={500}
          placeholder="Search: party, case number, claim, finding… e.g. 常程 or lenovo"
          aria-describedby="search-help-summary"
          className="block w-full rounded border border-slate-400 bg-white px-3 py-1.5 text-sm"
        />
      </div>
      <button type="submit" className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark">
        Search
      </button>
      <SearchHelp />
    </form>
  );
}

export function SearchHelp() {
  return (
    <details className="relative text-sm">
      <summary id="search-help-summary" className="cursor-pointer rounded px-2 py-1.5 text-brand underline-offset-2 hover:underline">
        Search syntax
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-80 rounded border border-line bg-white p-3 shadow-lg sm:w-96">
        <p className="mb-2 text-muted">Searches titles, summaries, parties (English and original names, aliases), case numbers, judges, counsel, claims, evidence, outcomes, covenants, notes and citation excerpts.</p>
        <dl className="space-y-1.5">
          {[
            ['lenovo arbitration', 'cases with both words'],
            ['"exact phrase"', 'the words in this order'],
            ['lenovo OR xiaomi', 'either word'],
            ['-xiaomi', 'leave out cases with this word'],
            ...SEARCH_FIELDS.map((field) => [SEARCH_FIELD_HELP[field].example, SEARCH_FIELD_HELP[field].meaning]),
          ].map(([example, meaning]) => (
            <div key={example} className="flex gap-2">
              <dt>
                <code className="rounded bg-slate-100 px-1">{example}</code>
              </dt>
              <dd className="text-muted">{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-muted">Chinese works with any part of a name (常, 常程). Misspelt words fall back to the closest words recorded.</p>
      </div>
    </details>
  );
}
