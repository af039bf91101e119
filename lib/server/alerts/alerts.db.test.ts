// Saved searches, their feeds, watched cases and the daily digest, on both engines: what is "new"
// follows the saves of matching cases, feeds gain an entry per save and refuse any other token,
// and the digest goes once, through a real SMTP server, to the account that asked for it.
import { randomUUID } from 'node:crypto';
import { parseHTML } from 'linkedom';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../case-document/schema';
import { testEngines } from '../../testing/databases';
import { freshLenovo } from '../../testing/documents';
import { useEditorDatabase } from '../../testing/editor-database';
import { savedSearchQuerySchema } from '../../validations/saved-search';
import { createUser } from '../users';
import { sendDueDigests, setDigest, DIGEST_INTERVAL_MS } from './digest';
import { feedToken, readFeedToken, resetFeedToken } from './feed-token';
import { savedSearchFeed, watchedCasesFeed } from './feeds';
import { deleteSavedSearch, listSavedSearches, openSavedSearch, saveSearch } from './saved-searches';
import { findWatchedChanges, listWatchedCases, markCaseSeen, unwatchCase, watchCase } from './watches';

const SECRET = 'a test session secret';
const BASE = 'http://covenant.test';
const address = (path: string) => ({ baseUrl: BASE, selfUrl: `${BASE}${path}` });

/** The feed's entries as a feed reader reads them: id, title, link. */
function entries(xml: string) {
  const { DOMParser } = parseHTML('<html></html>');
  const feed = new DOMParser().parseFromString(xml, 'text/xml');
  expect(feed.querySelector('feed')?.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
  return [...feed.querySelectorAll('entry')].map((e) => ({
    id: e.querySelector('id')?.textContent ?? '',
    // type="html": the text is HTML, as a feed reader reads it.
    title: parseHTML(`<p>${e.querySelector('title')?.textContent ?? ''}</p>`).document.querySelector('p')!.textContent,
    link: e.querySelector('link')?.getAttribute('href') ?? '',
  }));
}

const canonical = (query: string) => savedSearchQuerySchema.parse(query);
/** A new case only the searches below for `word` match. */
function caseTitled(word: string): CaseDocument {
  return { ...freshLenovo(), title: `${word} Holdings v. Example Employee` };
}

describe.each(await testEngines())('saved searches and watched cases on %s', (engine) => {
  const suite = useEditorDatabase(engine, { seed: true });
  let viewer: { id: string; email: string };

  beforeAll(async () => {
    ({ user: viewer } = await createUser(suite.db.prisma, { email: `viewer-${engine}@example.com`, role: 'VIEWER', password: 'a long enough password' }));
  });

  it('keeps a view canonically, refuses a second search of the same name, and keeps each account’s own', async () => {
    expect(canonical('?cursor=&q=lenovo&jurisdiction=cn')).toBe('q=lenovo&jurisdiction=CN');
    expect(() => canonical('yearFrom=20x')).toThrow(/yearFrom/);
    const saved = await saveSearch(suite.db.prisma, viewer.id, { name: 'Lenovo', query: canonical('q=lenovo') });
    await expect(saveSearch(suite.db.prisma, viewer.id, { name: 'Lenovo', query: 'q=other' })).rejects.toMatchObject({ code: 'CONFLICT', details: { name: [expect.stringContaining('Lenovo')] } });
    // Another account may use the name, and cannot open, read or delete the first account's search.
    await saveSearch(suite.db.prisma, suite.actor.id, { name: 'Lenovo', query: 'q=lenovo' });
    await expect(openSavedSearch(suite.db.prisma, suite.actor.id, saved.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(savedSearchFeed(suite.db.prisma, suite.actor.id, saved.id, address('/'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteSavedSearch(suite.db.prisma, suite.actor.id, saved.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openSavedSearch(suite.db.prisma, viewer.id, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await deleteSavedSearch(suite.db.prisma, viewer.id, saved.id);
    expect(await listSavedSearches(suite.db.prisma, viewer.id)).toEqual([]);
  });

  it('counts the matching cases saved since the search was last opened, and its feed gains an entry per save', async () => {
    const word = `Zephyrine${engine}`;
    const search = await saveSearch(suite.db.prisma, viewer.id, { name: `${word} cases`, query: canonical(`q=${word}`) });
    const newCount = async () => (await listSavedSearches(suite.db.prisma, viewer.id)).find((s) => s.id === search.id)!.newMatches;
    expect(await newCount()).toBe(0);
    const feedOf = async () => entries(await savedSearchFeed(suite.db.prisma, viewer.id, search.id, address(`/api/feeds/searches/${search.id}`)));
    expect(await feedOf()).toEqual([]);

    // A title a feed must keep as text: markup, an ampersand, the end of a CDATA section.
    const first = { ...caseTitled(word), title: `${word} <b>Holdings</b> & Co ]]> v. Example` };
    await suite.save(first, null);
    await suite.save(caseTitled('Unrelated'), null);
    expect(await newCount()).toBe(1);
    expect(await feedOf()).toEqual([{ id: `${BASE}/cases/${first.id}/history/1`, title: first.title, link: `${BASE}/cases/${first.id}` }]);

    // A new version is a new entry (a reader shows the change); the case is still one match.
    await suite.save({ ...first, version: 1, summary: 'A new fact.' }, 1);
    expect((await feedOf()).map((e) => e.id)).toEqual([`${BASE}/cases/${first.id}/history/2`]);

    const opened = await openSavedSearch(suite.db.prisma, viewer.id, search.id);
    expect(opened).toMatchObject({ name: `${word} cases`, query: `q=${word}`, newMatches: 1 });
    expect(await newCount()).toBe(0);

    const second = caseTitled(word);
    await suite.save(second, null);
    expect(await newCount()).toBe(1);
    expect((await feedOf()).map((e) => e.title)).toEqual([second.title, first.title]);
  });

  it('accepts only the current feed token of an active account', async () => {
    const { user } = await createUser(suite.db.prisma, { email: `feeds-${engine}@example.com`, role: 'VIEWER', password: 'a long enough password' });
    const read = (token: string | null) => readFeedToken(suite.db.prisma, token, SECRET);
    const token = feedToken({ id: user.id, feedTokenVersion: 0 }, SECRET);
    expect(await read(token)).toMatchObject({ id: user.id, email: user.email });
    const [id, signature] = token.split('.');
    for (const bad of [null, '', id!, `${id}.`, `${id}.${signature}x`, `${id}.${signature!.slice(1)}`, `${randomUUID()}.${signature}`, `${token}.extra`, feedToken({ id: user.id, feedTokenVersion: 0 }, 'another secret')]) {
      await expect(read(bad), String(bad)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await resetFeedToken(suite.db.prisma, user.id);
    await expect(read(token)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const renewed = feedToken({ id: user.id, feedTokenVersion: 1 }, SECRET);
    expect(await read(renewed)).toMatchObject({ id: user.id });
    await suite.db.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    await expect(read(renewed)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('shows a watched case as changed until its page is opened, with each change in the feed', async () => {
    const watched = caseTitled('Watched');
    await suite.save(watched, null);
    await watchCase(suite.db.prisma, viewer.id, watched.id);
    await watchCase(suite.db.prisma, viewer.id, watched.id); // twice: still one watch
    await expect(watchCase(suite.db.prisma, viewer.id, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listWatchedCases(suite.db.prisma, viewer.id)).toEqual([{ caseId: watched.id, title: watched.title, version: 1, lastSeenVersion: 1, archived: false }]);

    await suite.save({ ...watched, version: 1, summary: 'The tribunal appointed an appraiser.' }, 1);
    expect(await listWatchedCases(suite.db.prisma, viewer.id)).toMatchObject([{ caseId: watched.id, version: 2, lastSeenVersion: 1 }]);
    const changes = await findWatchedChanges(suite.db.prisma, viewer.id, { limit: 10 });
    expect(changes.map((c) => [c.version, c.action, c.by])).toEqual([[2, 'UPDATE', suite.actor.email], [1, 'CREATE', suite.actor.email]]);
    expect(changes[0]!.changes.join('\n')).toContain('Summary');
    const feed = entries(await watchedCasesFeed(suite.db.prisma, viewer.id, address('/api/feeds/watched')));
    expect(feed.map((e) => e.id)).toEqual([`${BASE}/cases/${watched.id}/history/2`, `${BASE}/cases/${watched.id}/history/1`]);
    expect(feed[0]!.title).toBe(`${watched.title}: version 2 changed`);

    expect(await markCaseSeen(suite.db.prisma, viewer.id, watched.id, 2)).toBe(true);
    expect(await listWatchedCases(suite.db.prisma, viewer.id)).toMatchObject([{ version: 2, lastSeenVersion: 2 }]);
    // An older page (a replica behind) never moves it back.
    await markCaseSeen(suite.db.prisma, viewer.id, watched.id, 1);
    expect(await listWatchedCases(suite.db.prisma, viewer.id)).toMatchObject([{ lastSeenVersion: 2 }]);
    expect(await unwatchCase(suite.db.prisma, viewer.id, watched.id)).toBe(true);
    expect(await unwatchCase(suite.db.prisma, viewer.id, watched.id)).toBe(false);
    expect(await markCaseSeen(suite.db.prisma, viewer.id, watched.id, 2)).toBe(false);
  });

  describe('the daily digest', () => {
    const received: { to: string[]; text: string }[] = [];
    let smtp: SMTPServer;
    let port = 0;

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: Buffer.concat(chunks).toString('utf8') });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      port = (smtp.server.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => smtp.close(resolve));
    });

    it('mails what is new once per day to each account that asked, from one of several senders at once', async () => {
      const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);
      const { user } = await createUser(suite.db.prisma, { email: `digest-${engine}@example.com`, role: 'VIEWER', password: 'a long enough password' });
      const word = `Quillonary${engine}`;
      await saveSearch(suite.db.prisma, user.id, { name: `${word} watch`, query: canonical(`q=${word}`) });
      const start = new Date();
      await setDigest(suite.db.prisma, user.id, true);
      const run = (now: Date) => sendDueDigests({ db: suite.db.prisma, transport, from: 'Covenant <covenant@example.com>', baseUrl: BASE, now });
      const mine = () => received.filter((m) => m.to.includes(user.email));

      // Not due yet.
      expect((await run(new Date(start.getTime() + 60_000))).sent).toBe(0);
      expect(mine()).toEqual([]);

      const found = caseTitled(word);
      await suite.save(found, null);
      const dayOne = new Date(start.getTime() + DIGEST_INTERVAL_MS + 1000);
      // Two servers checking at the same moment: one mail.
      const runs = await Promise.all([run(dayOne), run(dayOne)]);
      expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
      expect(mine()).toHaveLength(1);
      const mail = mine()[0]!.text.replace(/=\r?\n/g, '');
      expect(mail).toContain(`Subject: Covenant: new in 1 saved search`);
      expect(mail).toContain(`${word} watch: 1 new or changed`);
      expect(mail).toContain(`${found.title}  ${BASE}/cases/${found.id}`);

      // Due again a day later, with nothing new since: no mail.
      const dayTwo = new Date(dayOne.getTime() + DIGEST_INTERVAL_MS + 1000);
      expect(await run(dayTwo)).toMatchObject({ sent: 0, nothingNew: 1, failed: 0 });
      // Sent: not again the same day; turned off: never.
      expect((await run(new Date(dayTwo.getTime() + 1000))).sent).toBe(0);
      await setDigest(suite.db.prisma, user.id, false);
      await suite.save(caseTitled(word), null);
      expect((await run(new Date(dayTwo.getTime() + 3 * DIGEST_INTERVAL_MS))).sent).toBe(0);
      expect(mine()).toHaveLength(1);
    });

    it('gives the day back when the mail server refuses, so the next check sends it', async () => {
      const { user } = await createUser(suite.db.prisma, { email: `refused-${engine}@example.com`, role: 'VIEWER', password: 'a long enough password' });
      const watched = caseTitled('Refusal');
      await suite.save(watched, null);
      await watchCase(suite.db.prisma, user.id, watched.id);
      await setDigest(suite.db.prisma, user.id, true);
      await suite.save({ ...watched, version: 1, summary: 'Changed.' }, 1);
      const now = new Date(Date.now() + 2 * DIGEST_INTERVAL_MS);
      const closedPort = nodemailer.createTransport({ host: '127.0.0.1', port: 1, connectionTimeout: 2000 });
      const quiet = console.error;
      console.error = () => {};
      try {
        expect(await sendDueDigests({ db: suite.db.prisma, transport: closedPort, from: 'c@example.com', baseUrl: BASE, now })).toMatchObject({ sent: 0, failed: 1 });
      } finally {
        console.error = quiet;
      }
      const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);
      expect(await sendDueDigests({ db: suite.db.prisma, transport, from: 'c@example.com', baseUrl: BASE, now })).toMatchObject({ sent: 1 });
      const mail = received.find((m) => m.to.includes(user.email))!.text.replace(/=\r?\n/g, '');
      expect(mail).toContain(`${watched.title}: version 2 changed by ${suite.actor.email}`);
    });
  });
});
