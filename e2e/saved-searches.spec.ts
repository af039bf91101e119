// Alerts as a researcher meets them: a /cases view saved by name counts and feeds the matching
// cases an editor records after it; a watched case shows its changes until it is opened. Feeds are
// read as a feed reader reads them: no session, only the address.
import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, signInAsNew, test } from './fixtures/accounts';

type Entry = { id: string; title: string; link: string };

/** A word no other case has, nor anything like it (the list offers near matches of a misspelling). */
const unlikeAnyWord = (prefix: string) => prefix + Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('');

/** The entries of an Atom document; titles are type="html" in CDATA, decoded as a reader would. */
function atomEntries(xml: string): Entry[] {
  const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => ({
    id: /<id>([^<]*)<\/id>/.exec(body!)?.[1] ?? '',
    title: decode(/<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/.exec(body!)?.[1] ?? ''),
    link: /<link href="([^"]*)"/.exec(body!)?.[1]?.replace(/&amp;/g, '&') ?? '',
  }));
}

async function readFeed(reader: APIRequestContext, url: string): Promise<Entry[]> {
  const response = await reader.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  return atomEntries(xml);
}

/** A second person, an editor, in a browser context of their own: records a case with this title and returns its id. */
async function editorRecords(browser: Browser, title: string): Promise<{ editor: Page; id: string }> {
  const editor = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signInAsNew(editor, 'EDITOR');
  await editor.goto('/cases/new');
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Country').selectOption('CN');
  await editor.getByRole('button', { name: 'Create case' }).click();
  await expect(editor.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  return { editor, id: new URL(editor.url()).pathname.split('/').at(-1)! };
}

test('a saved search counts, lists and feeds the matching cases recorded after it', async ({ page, browser, playwright }) => {
  test.setTimeout(90_000);
  await signInAsNew(page, 'VIEWER');
  const word = unlikeAnyWord('Marble');
  await page.goto(`/cases?q=${word}&jurisdiction=CN`);
  await expect(page.getByText('No cases match this view.')).toBeVisible();
  await page.getByText('Save this search…').click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`Search: ${word} · Jurisdiction: China`);
  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save search' }).click();
  // The browser's own check first; a name of spaces reaches the server and is refused there.
  await page.getByLabel('Name', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByText('Give the search a name.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(`${word} in China`);
  await page.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved as “${word} in China”` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to Saved searches' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(`${word} in China`);
  await page.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `You already have a saved search named “${word} in China”.` })).toBeVisible();
  await expect(page.getByText(`You already have a saved search named “${word} in China”: choose another name.`)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved searches' }).click();
  const item = page.getByTestId('saved-search').filter({ hasText: `${word} in China` });
  await expect(item).toContainText('nothing new');
  await expect(item).toContainText(`Search: ${word} · Jurisdiction: China`);
  const feedUrl = await item.getByLabel(`Feed of “${word} in China”`).inputValue();

  // A feed reader: no cookies, only the address.
  const reader = await playwright.request.newContext();
  expect(await readFeed(reader, feedUrl)).toEqual([]);
  for (const broken of [feedUrl.replace(/token=.*/, ''), feedUrl.replace(/token=[^&]+/, 'token=x'), `${feedUrl.slice(0, -2)}AA`]) {
    const refused = await reader.get(broken);
    expect(refused.status(), broken).toBe(401);
    expect((await refused.json()).error.code).toBe('UNAUTHORIZED');
  }

  const title = `${word} <b>Trading</b> & Co v. Li`;
  const { editor, id } = await editorRecords(browser, title);
  await page.reload();
  await expect(item.getByText('1 new')).toBeVisible();
  expect(await readFeed(reader, feedUrl)).toEqual([{ id: expect.stringMatching(new RegExp(`/cases/${id}/history/1$`)), title, link: expect.stringMatching(new RegExp(`/cases/${id}$`)) }]);

  // Opening it shows the list and what was new; afterwards nothing is.
  await item.getByRole('link', { name: `${word} in China` }).click();
  await expect(page.getByTestId('opened-saved-search')).toContainText(`Saved search “${word} in China”: 1 new or changed since you last looked`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto('/searches');
  await expect(item).toContainText('nothing new');

  // Resetting the links ends the old address; the new one works.
  await page.getByRole('button', { name: 'Reset feed links' }).click();
  await expect(page.getByText('Feed links reset')).toBeVisible();
  expect((await reader.get(feedUrl)).status()).toBe(401);
  const renewed = await item.getByLabel(`Feed of “${word} in China”`).inputValue();
  expect(renewed).not.toBe(feedUrl);
  expect((await readFeed(reader, renewed)).map((e) => e.title)).toEqual([title]);

  // Renamed, then deleted: its feed goes with it.
  await item.getByText('Rename…').click();
  await item.getByLabel(`New name for “${word} in China”`).fill(`${word} PRC`);
  await item.getByRole('button', { name: 'Rename' }).click();
  const renamed = page.getByTestId('saved-search').filter({ hasText: `${word} PRC` });
  await expect(renamed.getByRole('link', { name: `${word} PRC` })).toBeVisible();
  await renamed.getByRole('button', { name: `Delete “${word} PRC”` }).click();
  await expect(page.getByText('No saved searches yet.')).toBeVisible();
  expect((await reader.get(renewed)).status()).toBe(404);
  await expect(page.getByText('Daily e-mail is not available')).toBeVisible();
  await reader.dispose();
  await editor.context().close();
});

test('a watched case shows its changes until its page is opened, and in the watched-cases feed', async ({ page, browser, playwright }) => {
  test.setTimeout(90_000);
  const title = `${unlikeAnyWord('Watch')} v. Ng`;
  const { editor, id } = await editorRecords(browser, title);
  await signInAsNew(page, 'VIEWER');
  await page.goto(`/cases/${id}`);
  await page.getByRole('button', { name: 'Watch this case' }).click();
  await expect(page.getByRole('button', { name: 'Stop watching' })).toBeVisible();
  await page.goto('/searches');
  const watched = page.getByRole('list', { name: 'Watched cases' }).getByRole('listitem').filter({ hasText: title });
  await expect(watched).toContainText('no change since you looked');

  await editor.goto(`/cases/${id}`);
  await editor.getByRole('button', { name: 'Archive' }).click();
  await expect(editor.getByText('Case archived')).toBeVisible();
  await page.reload();
  await expect(watched).toContainText('changed: version 2, you saw 1');
  await expect(watched).toContainText('archived');
  const reader = await playwright.request.newContext();
  const feed = await readFeed(reader, await page.getByLabel('Feed of watched cases').inputValue());
  expect(feed.map((e) => e.title)).toEqual([`${title}: version 2 archived`, `${title}: version 1 created`]);
  expect(feed[0]!.link).toMatch(new RegExp(`/cases/${id}/history/2$`));

  await watched.getByRole('link', { name: title }).click();
  await expect(page.getByRole('button', { name: 'Stop watching' })).toBeVisible();
  await page.goto('/searches');
  await expect(watched).toContainText('no change since you looked');
  await page.goto(`/cases/${id}`);
  await page.getByRole('button', { name: 'Stop watching' }).click();
  await expect(page.getByRole('button', { name: 'Watch this case' })).toBeVisible();
  await page.goto('/searches');
  await expect(page.getByText('You watch no cases.')).toBeVisible();
  await reader.dispose();
  await editor.context().close();
});
