import type { Metadata } from 'next';
import Link from 'next/link';
import { DigestForm, FeedAddress, ResetFeedLinksForm, SavedSearchActions } from '@/components/alerts/saved-search-forms';
import { activeFilters } from '@/components/cases/list/filter-chips';
import { Badge } from '@/components/ui/badge';
import { requireUser } from '@/lib/auth/guards';
import { getPrisma } from '@/lib/db';
import { getReadPrisma } from '@/lib/db/replicas';
import { readEnv } from '@/lib/env';
import { feedToken } from '@/lib/server/alerts/feed-token';
import { mailConfigured } from '@/lib/server/alerts/mailer';
import { listSavedSearches, NEW_MATCHES_CAP, SAVED_SEARCHES_PER_USER, savedQuery } from '@/lib/server/alerts/saved-searches';
import { listWatchedCases, WATCHES_PER_USER } from '@/lib/server/alerts/watches';

export const metadata: Metadata = { title: 'Saved searches' };

export default async function SavedSearchesPage() {
  const user = await requireUser();
  const db = await getPrisma();
  const [account, searches, watched] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { feedTokenVersion: true, digestEnabled: true } }),
    listSavedSearches(db, user.id, await getReadPrisma()),
    listWatchedCases(db, user.id),
  ]);
  const baseUrl = (readEnv().NEXTAUTH_URL ?? '').replace(/\/+$/, '');
  const token = feedToken({ id: user.id, feedTokenVersion: account.feedTokenVersion });
  const feedUrl = (path: string) => `${baseUrl}${path}?token=${encodeURIComponent(token)}`;

  return (
    <>
      <h1 className="text-2xl font-semibold">Saved searches</h1>
      <p className="mt-1 text-sm text-muted">
        Views of the case list you keep by name ({searches.length} of at most {SAVED_SEARCHES_PER_USER}). “New” counts the matching cases recorded or changed since you last opened the search. Each has an Atom feed for a feed reader.
      </p>

      {searches.length === 0 ? (
        <p className="mt-4 rounded border border-line bg-white p-4 text-sm">
          No saved searches yet. On <Link href="/cases" className="text-brand hover:underline">Cases</Link>, narrow the list and choose “Save this search…”.
        </p>
      ) : (
        <ul className="mt-4 space-y-3" aria-label="Saved searches">
          {searches.map((search) => {
            const filters = activeFilters(savedQuery(search.query)).map((f) => f.label);
            return (
              <li key={search.id} className="rounded border border-line bg-white p-3" data-testid="saved-search">
                <div className="flex flex-wrap items-baseline gap-2">
                  {/* A plain link: opening it marks its matches seen, which a prefetch must not do. */}
                  <a href={`/cases?${search.query}${search.query ? '&' : ''}saved=${search.id}`} className="font-medium text-brand hover:underline">
                    {search.name}
                  </a>
                  {search.newMatches > 0 ? (
                    <Badge tone="info">{search.newMatches >= NEW_MATCHES_CAP ? `${NEW_MATCHES_CAP}+` : search.newMatches} new</Badge>
                  ) : (
                    <span className="text-xs text-muted">nothing new</span>
                  )}
                </div>
                <p className="mt-1 text-xs text-muted">{filters.length ? filters.join(' · ') : 'All cases'}</p>
                <div className="mt-2">
                  <FeedAddress label={`Feed of “${search.name}”`} url={feedUrl(`/api/feeds/searches/${search.id}`)} />
                </div>
                <SavedSearchActions id={search.id} name={search.name} />
              </li>
            );
          })}
        </ul>
      )}

      <h2 id="watched" className="mt-8 text-lg font-semibold">
        Watched cases
      </h2>
      <p className="mt-1 text-sm text-muted">
        Cases you chose to watch on their page ({watched.length} of at most {WATCHES_PER_USER}). A change shows here until you open the case.
      </p>
      {watched.length === 0 ? (
        <p className="mt-2 text-sm">You watch no cases. Open a case and choose “Watch this case”.</p>
      ) : (
        <ul className="mt-2 divide-y divide-line rounded border border-line bg-white" aria-label="Watched cases">
          {watched.map((w) => (
            <li key={w.caseId} className="flex flex-wrap items-baseline gap-2 px-3 py-2 text-sm">
              <Link href={`/cases/${w.caseId}`} className="text-brand hover:underline">
                {w.title}
              </Link>
              {w.version > w.lastSeenVersion ? (
                <Badge tone="info">
                  changed: version {w.version}, you saw {w.lastSeenVersion}
                </Badge>
              ) : (
                <span className="text-xs text-muted">no change since you looked</span>
              )}
              {w.archived && <Badge tone="warn">archived</Badge>}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2">
        <FeedAddress label="Feed of watched cases" url={feedUrl('/api/feeds/watched')} />
      </div>

      <h2 className="mt-8 text-lg font-semibold">Daily e-mail</h2>
      <div className="mt-2">
        <DigestForm enabled={account.digestEnabled} mailConfigured={mailConfigured()} />
      </div>

      <h2 className="mt-8 text-lg font-semibold">Feed links</h2>
      <div className="mt-2">
        <ResetFeedLinksForm />
      </div>
    </>
  );
}
