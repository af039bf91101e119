// The Atom documents of a saved search (its latest matching cases) and of the watched cases
// (their latest history entries). Entry ids name a case's version, so a reader shows each save
// of a case as a new entry.
import 'server-only';
import { Feed } from 'feed';
import { CASE_STATUS_LABELS, CHANGE_ACTION_WORDS, jurisdictionLabel } from '../../labels';
import type { CaseListItem } from '../cases/find-cases';
import type { WatchedChange } from './watches';

export const FEED_ENTRIES = 50;

type FeedBase = { baseUrl: string; selfUrl: string; updatedWhenEmpty: Date };

function newFeed({ baseUrl, selfUrl }: FeedBase, id: string, title: string, description: string, link: string, updated: Date) {
  return new Feed({ id, title, description, link, updated, feedLinks: { atom: selfUrl }, generator: 'Covenant', copyright: `Covenant at ${new URL(baseUrl).host}` });
}

/**
 * The feed library writes entry titles and summaries as type="html" in CDATA: escaped here, a
 * title holding "<b>" or "]]>" reads back as those characters, never as markup or a broken document.
 */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const versionUrl = (baseUrl: string, caseId: string, version: number) => `${baseUrl}/cases/${caseId}/history/${version}`;

export type FeedCase = CaseListItem & { version: number; summary: string };

export function savedSearchAtom(base: FeedBase & { searchId: string; name: string; listUrl: string; cases: FeedCase[] }): string {
  const updated = base.cases[0] ? new Date(base.cases[0].updatedAt) : base.updatedWhenEmpty;
  const feed = newFeed(base, `${base.baseUrl}/searches/${base.searchId}`, `${base.name} — Covenant saved search`, `The cases matching “${base.name}”, latest saved first.`, base.listUrl, updated);
  for (const c of base.cases) {
    const facts = [jurisdictionLabel(c.jurisdictionCountry, c.jurisdictionSubdivision), CASE_STATUS_LABELS[c.status], c.yearBegun === null ? null : `begun ${c.yearBegun}`];
    feed.addItem({
      id: versionUrl(base.baseUrl, c.id, c.version),
      title: html(c.title),
      link: `${base.baseUrl}/cases/${c.id}`,
      date: new Date(c.updatedAt),
      description: html(`${facts.filter(Boolean).join(' · ')}. Version ${c.version}.${c.summary ? ` ${c.summary}` : ''}`),
    });
  }
  return feed.atom1();
}

export function watchedCasesAtom(base: FeedBase & { changes: WatchedChange[] }): string {
  const updated = base.changes[0]?.at ?? base.updatedWhenEmpty;
  const feed = newFeed(base, `${base.baseUrl}/searches#watched`, 'Watched cases — Covenant', 'Every change to the cases you watch, latest first.', `${base.baseUrl}/searches`, updated);
  for (const change of base.changes) {
    feed.addItem({
      id: versionUrl(base.baseUrl, change.caseId, change.version),
      title: html(`${change.title}: version ${change.version} ${CHANGE_ACTION_WORDS[change.action]}`),
      link: versionUrl(base.baseUrl, change.caseId, change.version),
      date: change.at,
      description: change.changes.length ? change.changes.map(html).join('<br>') : 'No field changed.',
      ...(change.by && { author: [{ name: change.by }] }),
    });
  }
  return feed.atom1();
}
