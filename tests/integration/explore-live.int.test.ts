/**
 * /explore's live updates in headless Chromium: a page open on a dyad gets the `articleIngested`
 * subscription over graphql-ws and redraws, without a reload, when an article is ingested over HTTP.
 * The article is about Uruguay and Paraguay (never the seed's actors); the expected events come from
 * the API. As in explore-browser.int.test.ts, no request may leave loopback and no console error is
 * allowed. Screenshot: test-artifacts/screenshots/explore-live.png.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, isLoopback, launchBrowser } from '../helpers/explore-browser';
import { until } from '../helpers/live-client';
import { TEST_WRITER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const URY = 'country:URY';
const PRY = 'country:PRY';

let bundleDir: string;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'newsgraph-explore-live-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-explore.mjs'), bundleDir], {
    stdio: 'inherit',
  });
  [server, browser] = await Promise.all([
    startTestServer({ app: { exploreAssetsDir: bundleDir } }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  rmSync(bundleDir, { recursive: true, force: true });
});

function uruguayParaguay(tag: string): { title: string; text: string } {
  const title = `Uruguay hosts Paraguay for river talks (${tag})`;
  const text =
    `${title}\n\n` +
    'MONTEVIDEO, May 12 (AFP) - Uruguay hosted a Paraguayan delegation on Tuesday. Paraguay praised ' +
    `Uruguay for its help on the river ports and said talks would resume in June (ref ${tag}).\n`;
  return { title, text };
}

describe('/explore live updates', () => {
  it('redraws an open dyad when an article about it is ingested, without a reload or wiping a typed search', async () => {
    const subscribers = server.app.live.subscriberCount();
    const page = await browser.newPage();
    await page.goto(`${server.url}/explore?view=dyad&a=${URY}&b=${PRY}`);
    await page.locator('.live-status[data-live="live"]').waitFor();
    await until(() => server.app.live.subscriberCount() === subscribers + 1, 'the page subscribed');
    // The first draw is done (a pair without events, or pickers if the actors are not known yet).
    await page
      .locator('.dyad-body > .dyad-title, .dyad-body > .notice')
      .filter({ hasNotText: 'Loading' })
      .first()
      .waitFor();
    expect(await page.locator('.dyad-events .event-card').count()).toBe(0);
    expect(await page.locator('.live-note').innerText()).toBe('');
    await page.evaluate('window.__sameDocument = true');

    const { title, text } = uruguayParaguay(randomBytes(4).toString('hex'));
    const res = await server.gql<{ ingestArticle: { article: { id: string } } }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
      { input: { text, url: `https://news.example.org/${randomBytes(4).toString('hex')}` } },
      { token: TEST_WRITER_TOKEN },
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.ingestArticle.article.id;

    // The note names the article; the view now shows the events the API has between the two.
    await page.locator(`.live-note[data-article="${id}"]`).waitFor();
    expect(await page.locator('.live-note').innerText()).toContain(title);
    expect(await page.locator('.live-note').getAttribute('aria-live')).toBe('polite');
    const between = await server.gql<{ relationsBetween: { totalCount: number } }>(
      `{ relationsBetween(a: "${URY}", b: "${PRY}", first: 1) { totalCount } }`,
    );
    const total = between.data!.relationsBetween.totalCount;
    expect(total).toBeGreaterThan(0);
    await page.locator('.dyad-events .event-card').first().waitFor();
    expect(await page.locator('.dyad-events .event-card').count()).toBe(Math.min(total, 100));
    expect(await page.locator('.dyad-title').innerText()).toMatch(/Uruguay.*Paraguay/);
    expect(await page.evaluate<boolean>('window.__sameDocument === true')).toBe(true);
    expect(await page.locator('.live-status').innerText()).toContain('live');
    await page.locator('.status p[data-status]').waitFor();
    await browser.screenshot(page, 'explore-live');

    // A search being typed is not wiped by the next article: the redraw waits until the box is left.
    const typing = page.locator('#dyad-a');
    await typing.fill('Urug');
    const next = uruguayParaguay(randomBytes(4).toString('hex'));
    const again = await server.gql<{ ingestArticle: { article: { id: string } } }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
      {
        input: {
          text: next.text,
          url: `https://news.example.org/${randomBytes(4).toString('hex')}`,
        },
      },
      { token: TEST_WRITER_TOKEN },
    );
    expect(again.errors).toBeUndefined();
    await page
      .locator(`.live-note[data-article="${again.data!.ingestArticle.article.id}"]`)
      .waitFor();
    expect(await page.locator('.live-note').innerText()).toContain(next.title);
    await new Promise(resolve => setTimeout(resolve, 600)); // past the 250 ms debounce
    expect(await typing.inputValue()).toBe('Urug');
    expect(await page.locator('.dyad-events .event-card').count()).toBe(Math.min(total, 100));
    await page.locator('.live-status').click(); // leaves the box: the view redraws with both articles
    const after = await server.gql<{ relationsBetween: { totalCount: number } }>(
      `{ relationsBetween(a: "${URY}", b: "${PRY}", first: 1) { totalCount } }`,
    );
    const both = after.data!.relationsBetween.totalCount;
    expect(both).toBeGreaterThan(total);
    await page.locator(`.dyad-events h3:has-text("Events (${both}")`).waitFor();
    expect(await page.locator('#dyad-a').inputValue()).toBe('');

    // Closing the page ends its subscription on the server.
    await page.close();
    await until(() => server.app.live.subscriberCount() === subscribers, 'the page unsubscribed');
  });

  it('sent no request off loopback and logged no console error', () => {
    expect(browser.requests.some(url => url.startsWith('ws://127.0.0.1'))).toBe(true);
    expect(browser.requests.filter(url => !isLoopback(url))).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
