/**
 * The playground and /explore in headless Chromium (playwright-core driving Debian's /usr/bin/chromium),
 * through the real app and the seeded test Neo4j. Expected counts come from the GraphQL API, never
 * from literals. Every request is recorded (none may leave loopback) and every console error is kept
 * (there must be none). Screenshots land in test-artifacts/screenshots/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, isLoopback, launchBrowser } from '../helpers/explore-browser';
import { TEST_READER_TOKEN, type TestServer, startTestServer } from '../helpers/test-server';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const RUS = 'country:RUS';
const PRK = 'country:PRK';

interface Neighborhood {
  neighborhood: { nodes: { id: string; hop: number }[]; edges: { id: string; kind: string }[] };
}

let bundleDir: string;
let server: TestServer;
let tokenServer: TestServer;
let browser: Browser;

async function neighborhood(id: string): Promise<Neighborhood['neighborhood']> {
  const res = await server.gql<Neighborhood>(
    `query($id: ID!) { neighborhood(id: $id, hops: 1, limitPerHop: 25) {
      nodes { id hop } edges { id kind } } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.neighborhood;
}

async function nodeCount(page: Page): Promise<number> {
  return Number(await page.locator('#graph').getAttribute('data-nodes'));
}

beforeAll(async () => {
  // The bundle npm run build makes, into a folder of this run's own (CI runs npm test without a build).
  bundleDir = mkdtempSync(join(tmpdir(), 'newsgraph-explore-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-explore.mjs'), bundleDir], {
    stdio: 'inherit',
  });
  [server, tokenServer, browser] = await Promise.all([
    startTestServer({ app: { exploreAssetsDir: bundleDir } }),
    startTestServer({ app: { exploreAssetsDir: bundleDir, readAccess: 'token' } }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), tokenServer?.close()]);
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('the playground and /explore in a browser', () => {
  it('runs the playground’s first example query and shows its result', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: '"data"' }).waitFor();
    expect(await page.locator('.graphiql-response').innerText()).not.toContain('"errors"');
    await browser.screenshot(page, 'playground');
    await page.close();
  });

  it('redirects / to /explore, which suggests and searches actors, by keyboard too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/explore');
    const top = await server.gql<{ topActors: { actor: { id: string } }[] }>(
      '{ topActors(by: MOST_MENTIONED, first: 8) { actor { id } } }',
    );
    const first = top.data!.topActors[0]!.actor.id;
    await page.locator(`.actor-choice[data-actor="${first}"]`).waitFor();
    expect(await page.locator('.actor-choice').count()).toBe(top.data!.topActors.length);
    await browser.screenshot(page, 'explore-home');
    // Typing searches names and aliases: the same actors as actors(search:).
    const found = await server.gql<{ actors: { edges: { node: { id: string } }[] } }>(
      '{ actors(search: "pyongyang", first: 12) { edges { node { id } } } }',
    );
    const ids = found.data!.actors.edges.map(e => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    await page.locator('#actor-search').fill('pyongyang');
    await page.locator('.picker-title', { hasText: 'Matches' }).waitFor();
    const choices = await page.locator('.actor-choice').all();
    expect(await Promise.all(choices.map(c => c.getAttribute('data-actor')))).toEqual(ids);
    // Keyboard: Tab from the search box to the first match and press Enter; its graph opens.
    await page.locator('#actor-search').focus();
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the first match
    expect(await page.evaluate<string | null>('document.activeElement.dataset.actor')).toBe(ids[0]);
    await page.keyboard.press('Enter');
    await page.locator('#graph[data-nodes]').waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe(ids[0]);
    await page.close();
  });

  it('draws the seed’s neighbourhood, expands a node and lists an edge’s events', async () => {
    const around = await neighborhood(PRK);
    const page = await browser.newPage();
    await page.goto(`${server.url}/explore?view=graph&actor=${PRK}`);
    await page.locator('#graph[data-nodes]').waitFor();
    expect(await nodeCount(page)).toBe(around.nodes.length);
    expect(Number(await page.locator('#graph').getAttribute('data-edges'))).toBe(
      around.edges.length,
    );
    expect(await page.locator('.node-list button').count()).toBe(around.nodes.length);
    await browser.screenshot(page, 'explore-graph');

    // Expand the hop-1 neighbour that brings the most new actors; expected: the union of both.
    const known = new Set(around.nodes.map(n => n.id));
    let best = { id: '', union: known };
    for (const n of around.nodes.filter(n => n.hop === 1)) {
      const union = new Set([...known, ...(await neighborhood(n.id)).nodes.map(m => m.id)]);
      if (union.size > best.union.size) {
        best = { id: n.id, union };
      }
    }
    expect(best.id).not.toBe('');
    // A mouse click on the node in the canvas (cytoscape keeps its instance on the container).
    const at = await page.evaluate<{ x: number; y: number }>(`(() => {
      const box = document.querySelector('#graph');
      const p = box._cyreg.cy.getElementById(${JSON.stringify(best.id)}).renderedPosition();
      const r = box.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    })()`);
    await page.mouse.click(at.x, at.y);
    await page.locator(`#graph[data-nodes="${best.union.size}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('expand')).toBe(best.id);
    await browser.screenshot(page, 'explore-graph-expanded');

    // An event edge of the centre: its events are listed (from the API's own count).
    const edge = around.edges.find(e => e.kind === 'EVENT')!;
    await page.locator(`.edge-list button[data-edge="${edge.id}"]`).press('Space');
    const events = page.locator(`[data-edge-events="${edge.id}"] .event-card`);
    await events.first().waitFor();
    const [source, target] = edge.id.split('|');
    const between = await server.gql<{
      relationsBetween: { edges: { node: { source: { id: string }; target: { id: string } } }[] };
    }>(
      `query($a: ID!, $b: ID!) { relationsBetween(a: $a, b: $b, first: 100) {
        edges { node { source { id } target { id } } } } }`,
      { a: source, b: target },
    );
    const direct = between.data!.relationsBetween.edges.filter(
      e => e.node.source.id === source && e.node.target.id === target,
    );
    expect(await events.count()).toBe(direct.length);
    await browser.screenshot(page, 'explore-graph-edge');

    // The URL is the state: reloading it draws the same expanded graph.
    await page.reload();
    await page.locator('#graph[data-nodes]').waitFor();
    expect(await nodeCount(page)).toBe(best.union.size);
    await page.close();
  });

  it('shows the dyad timeline, status and evidence for Russia and North Korea', async () => {
    const expected = await server.gql<{
      dyadTimeline: { start: string }[];
      relationsBetween: { totalCount: number };
    }>(
      `{ dyadTimeline(a: "${RUS}", b: "${PRK}", interval: MONTH) { start }
         relationsBetween(a: "${RUS}", b: "${PRK}", first: 1) { totalCount } }`,
    );
    const buckets = expected.data!.dyadTimeline.length;
    expect(buckets).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${server.url}/explore?view=dyad&a=${RUS}&b=${PRK}`);
    const timeline = page.locator(`section.timeline[data-buckets="${buckets}"]`);
    await timeline.waitFor();
    const box = await page.locator('#timeline-chart').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(100);
    expect(await page.locator('.timeline-table tbody tr').count()).toBe(buckets);
    await page.locator('.status p[data-status]').waitFor();
    const total = expected.data!.relationsBetween.totalCount;
    expect(await page.locator('.dyad-events .event-card').count()).toBe(Math.min(total, 100));
    // Evidence: the marked span sits inside the article text around it once that has loaded.
    // (The tests' tsconfig has no DOM types: browser-side code goes as strings.)
    await page.waitForFunction(`(() => {
      const quote = document.querySelector('.dyad-events .evidence-text');
      const mark = quote && quote.querySelector('mark');
      return mark !== null && quote.textContent.length > mark.textContent.length;
    })()`);
    await browser.screenshot(page, 'explore-dyad');
    await page.close();
  });

  it('lists an actor’s statements with speaker, outlet and evidence', async () => {
    const speaker = 'person:kim-jong-un';
    const res = await server.gql<{ statements: { totalCount: number } }>(
      `{ statements(speaker: "${speaker}", first: 1) { totalCount } }`,
    );
    const total = res.data!.statements.totalCount;
    expect(total).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${server.url}/explore?view=statements&actor=${speaker}`);
    await page.locator('.statement-card').first().waitFor();
    expect(await page.locator('.statement-card').count()).toBe(Math.min(total, 50));
    const first = page.locator('.statement-card').first();
    expect(await first.locator('dt').allInnerTexts()).toEqual(
      expect.arrayContaining(['Speaker', 'Outlet']),
    );
    expect(await first.locator('.evidence mark').count()).toBe(1);
    await browser.screenshot(page, 'explore-statements');
    await page.close();
  });

  it('fits a phone’s width without sideways scrolling', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/explore?view=graph&actor=${PRK}`);
    await page.locator('#graph[data-nodes]').waitFor();
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.screenshot(page, 'explore-graph-phone');
    await page.close();
  });

  it('asks for a token under READ_ACCESS=token and keeps it for the tab', async () => {
    const page = await browser.newPage();
    await page.goto(`${tokenServer.url}/explore?view=graph&actor=${PRK}`);
    await page.locator('#token').waitFor();
    // No socket without a token: live updates wait for it, then connect with it (connectionParams).
    expect(await page.locator('.live-status').getAttribute('data-live')).toBe('offline');
    await browser.screenshot(page, 'explore-token');
    await page.locator('#token').fill(TEST_READER_TOKEN);
    await page.keyboard.press('Enter');
    await page.locator('#graph[data-nodes]').waitFor();
    await page.locator('.live-status[data-live="live"]').waitFor();
    expect(await nodeCount(page)).toBe((await neighborhood(PRK)).nodes.length);
    expect(await page.evaluate<string[]>('Object.values(sessionStorage)')).toEqual([
      TEST_READER_TOKEN,
    ]);
    await page.close();
  });

  it('sent no request off loopback and logged no console error', () => {
    expect(browser.requests.length).toBeGreaterThan(10);
    expect(browser.requests.filter(url => !isLoopback(url))).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
