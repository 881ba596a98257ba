// The region page, the diaspora's world map and the explore view's time slider in a real Chromium against the
// product on the demo data. The region page draws its needs-vs-strengths chart and lists, for 青田县, the need met
// only from abroad with its diaspora people, as the API answers; the map places exactly the cities whose Region
// has coordinates in the demo's geography file (the others are listed, not placed), with a screenshot of Europe's
// cities; clicking or pressing Enter on a city lists its people; the explore slider changes the canvas counts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser, openUntilReady } from '../support/browser.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.join(HERE, 'screenshots');
const GEOGRAPHY = path.join(HERE, '..', '..', 'seed', 'demo', 'nodes', '01-geography.jsonl');
const QINGTIAN = 'demo:region:qingtian';
const LAB = 'demo:lab:tianmushan';

const base = inject('baseUrl');
const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 90_000, interval: 200 });
let browser: Browser;
let page: Page;

/** The demo's Region coordinates, read from the seed file itself (not from the API). */
function demoCoordinates(): Map<string, { lat: number; lon: number }> {
  const out = new Map<string, { lat: number; lon: number }>();
  for (const line of fs.readFileSync(GEOGRAPHY, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; labels: string[]; props: { lat?: number; lon?: number } };
    if (row.labels.includes('Region') && typeof row.props.lat === 'number' && typeof row.props.lon === 'number') out.set(row.id, { lat: row.props.lat, lon: row.props.lon });
  }
  return out;
}

/** Opens a link until it shows `ready` (tests/support/browser.ts retries a busy machine's errors and timeouts). */
const open = (link: string, ready: string): Promise<void> => openUntilReady(page, link, ready);

/** A GraphQL answer read directly, asked again when a heavy first answer times out on a busy machine. */
async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${base}/graphql?lang=zh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { data: T; errors?: unknown[] };
    if (!json.errors) return json.data;
    if (attempt >= 4 || !JSON.stringify(json.errors).includes('TIMEOUT')) throw new Error(JSON.stringify(json.errors));
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

const attr = (testId: string, name: string) => page.locator(`[data-testid=${testId}]`).evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await openBrowser();
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

describe('the region page', () => {
  it('draws 青田县 needs against its strengths, the need met only from abroad with its diaspora people, and its fragile brokers', async () => {
    type Gaps = {
      regionGaps: {
        needs: { techArea: { id: string } }[];
        gaps: { need: { techArea: { id: string } }; onlyFromAbroad: boolean; diaspora: { node: { id: string } }[] }[];
      };
    };
    const { regionGaps } = await api<Gaps>(
      `query($id: ID!) { regionGaps(regionId: $id, limit: 5) { needs { techArea { id } } gaps { need { techArea { id } } onlyFromAbroad diaspora { node { id } } } } }`,
      { id: QINGTIAN },
    );
    const abroad = regionGaps.gaps.filter((g) => g.onlyFromAbroad);
    expect(abroad.length).toBeGreaterThan(0);

    await open(`${base}/?v=region&lang=zh&region=${encodeURIComponent(QINGTIAN)}`, '[data-testid=region-chart]');
    expect(await page.getByTestId('region-title').innerText()).toBe('青田县');
    // The chart is drawn: one bar per need and series (need, local labs, local experts; zero-height bars included).
    await until(() => page.locator('[data-testid=region-chart-plot] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('region-chart').getAttribute('data-needs'))).toBe(regionGaps.needs.length);
    expect(await page.locator('[data-testid=region-chart-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).toEqual(
      regionGaps.needs.map((n) => n.techArea.id),
    );

    // Every gap the API flags as met only from abroad is flagged on the page, with the same diaspora people.
    const flagged = page.locator('[data-testid=region-gap][data-only-abroad=true]');
    expect((await flagged.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(abroad.map((g) => g.need.techArea.id).sort());
    for (const g of abroad) {
      const card = page.locator(`[data-testid=region-gap][data-id="${g.need.techArea.id}"]`);
      await expect(card.getByTestId('region-gap-abroad').innerText()).resolves.toBe('只能从海外补上');
      expect(await card.locator('[data-testid=region-gap-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(g.diaspora.map((p) => p.node.id));
    }
    expect(abroad.some((g) => g.diaspora.length > 0)).toBe(true);

    // Fragile brokers: the page ranks the same people as regionFragility.
    // Asked once the page has its own answer: both are heavy requests of the same caller, which the server runs one at a time.
    await page.locator('[data-testid=region-brokers], [data-testid=region-brokers-empty]').first().waitFor();
    const { regionFragility } = await api<{ regionFragility: { brokers: { node: { id: string } }[] } }>(`query($id: ID!) { regionFragility(scopeId: $id, limit: 10) { brokers { node { id } } } }`, { id: QINGTIAN });
    expect(await attr('region-broker', 'data-id')).toEqual(regionFragility.brokers.map((b) => b.node.id));
    await page.screenshot({ path: path.join(SHOTS, 'lenses-region-page.png'), fullPage: false });

    // A name opens its details; the drawer of a region offers its region page (here: from the diaspora view).
    await open(`${base}/?v=diaspora&lang=zh&origin=${encodeURIComponent(QINGTIAN)}&sel=${encodeURIComponent(QINGTIAN)}`, '[data-testid=details-region-page]');
    await page.getByTestId('details-region-page').click();
    await until(() => page.getByTestId('app').getAttribute('data-view')).toBe('region');
    await until(() => page.url().includes(`region=${encodeURIComponent(QINGTIAN)}`)).toBe(true);
    await page.getByTestId('region-chart').waitFor();
  });
});

describe('the diaspora on a world map', () => {
  it('places the cities that have coordinates, lists the others, and lists a city’s people on click and on Enter', async () => {
    type City = { city: { id: string }; count: number; people: { id: string }[] };
    const { diaspora } = await api<{ diaspora: { countries: { country: { id: string }; cities: City[] }[] } }>(
      `query($id: ID!) { diaspora(originRegionId: $id, limit: 200) { countries { country { id } cities { city { id } count people { id } } } } }`,
      { id: QINGTIAN },
    );
    const coords = demoCoordinates();
    const cities = diaspora.countries.flatMap((c) => c.cities);
    const placed = cities.filter((c) => coords.has(c.city.id));
    const unplaced = cities.filter((c) => !coords.has(c.city.id));
    expect(placed.length).toBeGreaterThan(0);

    await open(`${base}/?v=diaspora&lang=zh&origin=${encodeURIComponent(QINGTIAN)}`, '[data-testid=diaspora-country]');
    await page.getByTestId('diaspora-map-toggle').click();
    await until(() => page.getByTestId('diaspora-map-city').count()).toBe(placed.length);
    expect((await attr('diaspora-map-city', 'data-id')).sort()).toEqual(placed.map((c) => c.city.id).sort());
    expect(await page.getByTestId('diaspora-map-arc').count()).toBe(placed.length);
    const unplacedIds = page.locator('[data-testid=diaspora-map-unplaced] [data-testid=diaspora-map-place]');
    expect((await unplacedIds.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(unplaced.map((c) => c.city.id).sort());
    // The countries are drawn, and the European cities lie west of home (the circles' centres on screen).
    expect(await page.locator('.map-countries path').count()).toBeGreaterThan(150);
    const home = await page.getByTestId('diaspora-map-home').boundingBox();
    const europe = placed.filter((c) => coords.get(c.city.id)!.lon < 40);
    expect(europe.length).toBeGreaterThan(0);
    for (const c of europe) {
      const box = await page.locator(`[data-testid=diaspora-map-city][data-id="${c.city.id}"]`).boundingBox();
      expect(box!.x).toBeLessThan(home!.x);
    }
    await page.getByTestId('diaspora-map').screenshot({ path: path.join(SHOTS, 'lenses-diaspora-map.png') });

    // Click the city with most natives: its people are listed.
    const biggest = [...placed].sort((a, b) => b.count - a.count)[0]!;
    await page.locator(`[data-testid=diaspora-map-city][data-id="${biggest.city.id}"]`).click();
    await until(() => page.getByTestId('diaspora-map-people').getAttribute('data-id')).toBe(biggest.city.id);
    expect(await attr('diaspora-map-person', 'data-id')).toEqual(biggest.people.map((p) => p.id));

    // The keyboard: another city, focused and picked with Enter.
    const other = placed.find((c) => c.city.id !== biggest.city.id);
    if (other) {
      await page.locator(`[data-testid=diaspora-map-city][data-id="${other.city.id}"]`).focus();
      await page.keyboard.press('Enter');
      await until(() => page.getByTestId('diaspora-map-people').getAttribute('data-id')).toBe(other.city.id);
      expect(await attr('diaspora-map-person', 'data-id')).toEqual(other.people.map((p) => p.id));
    }
    // A person opens in the details drawer.
    await page.getByTestId('diaspora-map-person').first().click();
    await page.getByTestId('details-name').waitFor();
    // The open map is in the link: a reload opens it again; closing takes it out.
    await until(() => page.url().includes('map=1')).toBe(true);
    await page.reload();
    await until(() => page.getByTestId('diaspora-map-city').count()).toBe(placed.length);
    await page.getByTestId('diaspora-map-close').click();
    await until(() => page.getByTestId('diaspora-map').count()).toBe(0);
    await until(() => page.url().includes('map=1')).toBe(false);
    // The diaspora view leads to the region page of its origin.
    await page.getByTestId('diaspora-region-page').click();
    await until(() => page.getByTestId('region-page').getAttribute('data-region')).toBe(QINGTIAN);
  });
});

describe('the time slider on the explore view', () => {
  it('redraws the expanded neighbourhood as of a year, with the counts following and the date in the link; play steps a year', async () => {
    type Sub = { neighbourhood: { nodes: { id: string }[] } };
    const count = async (asOf: string | null) => {
      const { neighbourhood } = await api<Sub>(`query($id: ID!, $d: Date) { neighbourhood(id: $id, depth: 1, limitPerType: 201, asOf: $d) { nodes { id } } }`, { id: LAB, d: asOf });
      return new Set([LAB, ...neighbourhood.nodes.map((n) => n.id)]).size;
    };
    const now = await count(null);
    let year: number | null = null;
    let then = now;
    for (const y of [2000, 2010, 2015, 2018, 2020, 2022, 2024]) {
      then = await count(`${y}-12-31`);
      if (then !== now) {
        year = y;
        break;
      }
    }
    expect(year).not.toBeNull();

    await open(`${base}/?v=explore&lang=en&root=${encodeURIComponent(LAB)}&exp=${encodeURIComponent(LAB)}`, '[data-testid=explore-root]');
    await until(async () => Number(await page.getByTestId('canvas').getAttribute('data-node-count'))).toBe(now);
    expect(await page.getByTestId('time-value').innerText()).toBe('Now');
    await page.getByTestId('time-range').fill(String(year));
    await until(() => page.url().includes(`asof=${year}-12-31`)).toBe(true);
    await until(async () => Number(await page.getByTestId('canvas').getAttribute('data-node-count'))).toBe(then);
    expect(await page.getByTestId('explore-as-of').getAttribute('data-as-of')).toBe(`${year}-12-31`);
    // The link restores the date and the counts.
    await page.reload();
    await until(() => page.getByTestId('time-value').innerText()).toBe(`End of ${year}`);
    await until(async () => Number(await page.getByTestId('canvas').getAttribute('data-node-count'))).toBe(then);

    // Play from "now" starts at the first year and steps on by itself; pause stops it.
    await page.getByTestId('time-now').click();
    await until(async () => Number(await page.getByTestId('canvas').getAttribute('data-node-count'))).toBe(now);
    await page.getByTestId('time-play').click();
    await until(() => page.url().includes('asof=2000-12-31')).toBe(true);
    await until(() => page.url().includes('asof=2001-12-31')).toBe(true);
    await page.getByTestId('time-play').click();
    expect(await page.getByTestId('time-play').getAttribute('aria-pressed')).toBe('false');
  });
});
