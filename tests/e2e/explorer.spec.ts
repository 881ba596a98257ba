// The explorer in a real Chromium against the product as `npm start` runs it, on the demo data. Each step checks
// what the page shows (through the DOM: data-testid elements and the canvas container's data-* attributes, which
// the canvas controller keeps) and saves a screenshot under tests/e2e/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from '../support/browser.js';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';
const QINGTIAN = 'demo:region:qingtian';

const base = inject('baseUrl');
const brokerToken = inject('brokerToken');
let context: BrowserContext;
let page: Page;
let browser: Browser;
let shot = 0;

async function screenshot(name: string): Promise<void> {
  await page.waitForTimeout(400); // let the canvas finish its framing animation
  await page.screenshot({ path: path.join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });
}

/** A GraphQL answer read directly, to compare what the page shows with what the API says. */
async function api<T>(query: string, variables: Record<string, unknown>, lang = 'zh'): Promise<T> {
  const res = await fetch(`${base}/graphql?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Polls until the page shows what is expected (the API and layouts take their time on a busy machine). */
const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 150 });

const canvas = () => page.getByTestId('canvas');
const attr = async (name: string) => (await canvas().getAttribute(`data-${name}`)) ?? '';

async function canvasSettled(): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('[data-testid=canvas]');
    return el?.dataset.layoutState === 'idle' && !document.querySelector('[data-testid=canvas-busy]');
  });
}

/** Types into a search box and picks the suggestion with this id. */
async function pick(testId: string, text: string, id: string): Promise<void> {
  const box = page.getByTestId(testId);
  await box.getByTestId(`${testId}-input`).fill(text);
  const option = box.locator(`[data-testid=suggestion][data-id="${id}"]`);
  await option.waitFor();
  await option.click();
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  // Only this file's pictures (01-29 and failures): other specs keep theirs under their own numbers.
  for (const f of fs.readdirSync(SHOTS)) if (/^([01]\d|2\d|failed-)/.test(f) && f.endsWith('.png')) fs.rmSync(path.join(SHOTS, f));
  browser = await openBrowser({ acceptDownloads: true, timeoutMs: 30_000 });
  context = browser.context;
  page = browser.page;
  page.on('console', (m) => m.type() === 'error' && process.stderr.write(`console error: ${m.text()}\n`));
});

// A failed step leaves its picture and the page's text behind, so the failure can be read without a rerun.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail' || !page) return;
  const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 40);
  await page.screenshot({ path: path.join(SHOTS, `failed-${name}.png`) }).catch(() => {});
  const text = await page.evaluate(() => document.body.innerText.slice(0, 1500)).catch(() => '');
  process.stderr.write(`page at failure (${page.url()}):\n${text}\n`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the explorer in Chromium', () => {
  it('opens in Chinese with the graph overview and an empty canvas', async () => {
    await page.goto(`${base}/?lang=zh`);
    await until(() => page.getByTestId('graph-overview').textContent()).toContain('实验室');
    expect(await page.getByTestId('canvas-empty').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot('start');
  });

  it('searches "天目山", selects it and expands it', async () => {
    const input = page.getByTestId('global-search-input');
    await input.fill('天目山');
    const first = page.locator('[data-testid=global-search-suggestions] [data-testid=suggestion]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe(LAB);
    expect(await first.textContent()).toContain('天目山实验室');
    // Keyboard: the first suggestion is active, Enter opens it.
    await input.press('Enter');
    await until(() => attr('node-count')).toBe('1');
    await until(() => page.getByTestId('details-name').textContent()).toBe('天目山实验室');
    expect(await attr('selected')).toBe(LAB);
    await canvasSettled();
    await screenshot('search-selected');

    // Its neighbours, as the API counts them (distinct other ends of its ties).
    const { neighbourhood } = await api<{ neighbourhood: { edges: { from: string; to: string }[] } }>(
      `query($id: ID!) { neighbourhood(id: $id, depth: 1, limitPerType: 201) { edges { from to } } }`,
      { id: LAB },
    );
    const neighbours = new Set(neighbourhood.edges.map((e) => (e.from === LAB ? e.to : e.from)).filter((id) => id !== LAB));
    expect(neighbours.size).toBeGreaterThan(3);

    // Double-click the node (alone and centred on the canvas) to expand it.
    const box = (await canvas().boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await until(() => attr('node-count')).toBe(String(1 + neighbours.size));
    await canvasSettled();
    const drawn = (await attr('node-ids')).split(' ');
    for (const id of neighbours) expect(drawn).toContain(id);
    expect(page.url()).toContain(`exp=${encodeURIComponent(LAB)}`);
    await screenshot('expanded');
  });

  it('opens a neighbour from the details drawer, with its illustrative badge and masked contact fields', async () => {
    const person = 'demo:person:shen-zhiyuan';
    await page.locator(`[data-testid=details-neighbours] [data-testid=neighbour-link][data-id="${person}"]`).first().click();
    await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(person);
    await until(() => attr('selected')).toBe(person);
    // Invented for the demo, and shown as such (seed/demo/README.md).
    expect(await page.getByTestId('illustrative-badge').isVisible()).toBe(true);
    // A viewer sees that contact fields exist but not their values.
    const masked = page.locator('[data-testid=masked-field]');
    expect(await masked.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['email', 'phone', 'wechat']);
    expect(await page.getByTestId('details').textContent()).not.toContain('@example.com');
    // Every affiliation is listed with its dates.
    expect(await page.getByTestId('affiliation').count()).toBeGreaterThanOrEqual(2);
    await screenshot('details-masked');
    await page.getByTestId('drawer-close').click();
    await until(() => attr('selected')).toBe('');
  });

  it('filters node types from the legend', async () => {
    const before = Number(await attr('node-count'));
    await page.locator('[data-testid=legend-type][data-type=TechArea]').click();
    await until(() => attr('hidden-types')).toBe('TechArea');
    expect(Number(await attr('node-count'))).toBe(before); // hidden, not removed
    expect(await page.locator('[data-testid=legend-type][data-type=TechArea]').getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).toContain('hide=TechArea');
    await screenshot('legend-filter');
    await page.locator('[data-testid=legend-type][data-type=TechArea]').click();
    await until(() => attr('hidden-types')).toBe('');
  });

  it('runs the bridge finder from 杭州五星铝业 to 天目山实验室 and highlights the top chain', async () => {
    await page.getByTestId('tab-bridges').click();
    await pick('bridges-from-search', '五星', FIRM);
    await pick('bridges-to-search', '天目山', LAB);
    await page.getByTestId('bridges-run').click();
    const items = page.getByTestId('bridge-item');
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(2);
    // Ranked: scores never increase down the list, each bridge says why.
    const scores = await items.evaluateAll((els) => els.map((e) => Number(e.querySelector('[data-score]')?.getAttribute('data-score'))));
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
    for (let i = 0; i < count; i++) expect(await items.nth(i).locator('[data-testid=reasons] li').count()).toBeGreaterThan(0);
    // The technology manager comes first (seed/demo/README.md: 沈知远 ranks first).
    expect(await items.first().getAttribute('data-intermediaries')).toBe('demo:person:shen-zhiyuan');
    expect(await items.first().textContent()).toContain('技术经理人');
    // Its chain is what the canvas highlights, and the rest is dimmed.
    await canvasSettled();
    const chain = (await items.first().getAttribute('data-chain-ids'))!;
    expect(chain.split(' ')).toEqual(expect.arrayContaining([FIRM, LAB, 'demo:person:shen-zhiyuan']));
    await until(() => attr('highlighted-ids')).toBe(chain);
    expect(Number(await attr('node-count'))).toBeGreaterThan(chain.split(' ').length);
    expect(Number(await attr('highlighted-edges'))).toBeGreaterThanOrEqual(2);
    await screenshot('bridges-top-chain');

    // Choosing another bridge moves the highlight to its chain.
    await items.nth(1).click();
    const second = (await items.nth(1).getAttribute('data-chain-ids'))!;
    await until(() => attr('highlighted-ids')).toBe(second);
    expect(page.url()).toContain('pick=1');
  });

  it('reloads a shared bridge link and gets the same view back', async () => {
    const url = page.url();
    const nodes = await attr('node-count');
    const highlighted = await attr('highlighted-ids');
    const other = await context.newPage();
    try {
      await other.goto(url);
      const c = other.getByTestId('canvas');
      await until(() => c.getAttribute('data-highlighted-ids')).toBe(highlighted);
      expect(await other.getByTestId('app').getAttribute('data-view')).toBe('bridges');
      expect(await c.getAttribute('data-node-count')).toBe(nodes);
      expect(await other.locator('[data-testid=bridge-item][aria-pressed=true]').getAttribute('data-rank')).toBe('2');
      expect(await other.getByTestId('bridges-from-chip').getAttribute('data-id')).toBe(FIRM);
      await other.waitForTimeout(500);
      await other.screenshot({ path: path.join(SHOTS, `${String(++shot).padStart(2, '0')}-bridges-shared-link.png`) });
    } finally {
      await other.close();
    }
  });

  it('toggles between Chinese and English', async () => {
    await page.getByTestId('tab-bridges').click();
    await page.getByTestId('bridge-item').first().waitFor();
    const zhReason = await page.getByTestId('bridge-item').first().locator('[data-testid=reasons]').textContent();
    expect(await page.getByTestId('tab-explore').textContent()).toBe('探索');
    await page.getByTestId('lang-toggle').click();
    await until(() => page.getByTestId('tab-explore').textContent()).toBe('Explore');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('lang-toggle').textContent()).toContain('中文');
    const enReason = await page.getByTestId('bridge-item').first().locator('[data-testid=reasons]').textContent();
    expect(enReason).not.toBe(zhReason);
    expect(enReason).not.toMatch(/技术经理人，/);
    expect(await page.getByTestId('bridges-results').textContent()).toContain('bridges found');
    expect(page.url()).toContain('lang=en');
    await screenshot('english');
    await page.getByTestId('lang-toggle').click();
    await until(() => page.getByTestId('tab-explore').textContent()).toBe('探索');
  });

  it('runs a path query and highlights the paths one at a time', async () => {
    await page.getByTestId('tab-paths').click();
    await pick('paths-from-search', '沈知远', 'demo:person:shen-zhiyuan');
    await pick('paths-to-search', '青田', QINGTIAN);
    await page.getByTestId('paths-k').fill('3');
    await page.getByTestId('paths-run').click();
    const items = page.getByTestId('path-item');
    await items.first().waitFor();
    const { paths } = await api<{ paths: { length: number }[] }>(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 3, maxHops: 6) { length } }`,
      { from: 'demo:person:shen-zhiyuan', to: QINGTIAN },
    );
    expect(await items.count()).toBe(paths.length);
    const lengths = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-length'))));
    expect(lengths).toEqual(paths.map((p) => p.length));
    await canvasSettled();
    await until(() => attr('highlighted-ids')).toBe((await items.first().getAttribute('data-chain-ids'))!);
    await screenshot('paths-first');
    if (paths.length > 1) {
      await page.getByTestId('paths-next').click();
      await until(() => attr('highlighted-ids')).toBe((await items.nth(1).getAttribute('data-chain-ids'))!);
      expect(await page.getByTestId('paths-position').textContent()).toContain('2');
    }
  });

  it('opens the diaspora of 青田县 with people grouped by country', async () => {
    await page.getByTestId('tab-diaspora').click();
    await pick('diaspora-origin-search', '青田', QINGTIAN);
    await page.getByTestId('diaspora-run').click();
    const countries = page.getByTestId('diaspora-country');
    await countries.first().waitFor();
    const { diaspora } = await api<{ diaspora: { total: number; countries: { country: { id: string }; count: number; cities: { city: { id: string } }[] }[] } }>(
      `query($id: ID!) { diaspora(originRegionId: $id) { total countries { country { id } count cities { city { id } } } } }`,
      { id: QINGTIAN },
    );
    expect(diaspora.countries.length).toBeGreaterThanOrEqual(2);
    expect(await countries.count()).toBe(diaspora.countries.length);
    const shown = await countries.evaluateAll((els) => els.map((e) => [e.getAttribute('data-id'), Number(e.getAttribute('data-count'))]));
    expect(shown).toEqual(diaspora.countries.map((c) => [c.country.id, c.count]));
    await canvasSettled();
    // Countries and cities are compound boxes on the canvas (plus the home region's box).
    const cities = new Set(diaspora.countries.flatMap((c) => c.cities.map((x) => x.city.id).filter((id) => id !== c.country.id)));
    expect(Number(await attr('compounds'))).toBeGreaterThanOrEqual(diaspora.countries.length + cities.size);
    await screenshot('diaspora');
    // A country in the list lights up its people.
    await countries.first().locator('button').first().click();
    await until(async () => Number(await attr('highlighted'))).toBeGreaterThanOrEqual(diaspora.countries[0]!.count > 0 ? 1 : 0);
    await screenshot('diaspora-country');
  });

  it('posts a demand with a broker token and sees its matches and 48-hour due time', async () => {
    await page.getByTestId('token-button').click();
    await page.getByTestId('token-input').fill(brokerToken);
    await page.getByTestId('token-save').click();
    await until(() => page.getByTestId('token-button').getAttribute('data-role')).toBe('broker');

    await page.getByTestId('tab-recommend').click();
    await page.getByTestId('recommend-mode-talents').click();
    await pick('demand-enterprise-search', '五星', FIRM);
    await pick('demand-tech-search', '新能源', 'demo:tech:new-energy-materials');
    await pick('demand-region-search', '杭州', 'demo:region:hangzhou');
    await page.getByTestId('demand-description').fill('寻找新能源材料方向的工艺工程师，协助铝合金电池壳体量产');
    await page.getByTestId('demand-submit').click();

    const card = page.getByTestId('demand-card');
    await card.waitFor();
    const posted = Date.parse((await page.getByTestId('demand-posted-at').getAttribute('data-posted-at'))!);
    const due = Date.parse((await page.getByTestId('demand-due').getAttribute('data-due'))!);
    expect(due - posted).toBe(48 * 3600 * 1000);
    expect(await page.getByTestId('demand-due').textContent()).toMatch(/剩余 (47|48) 小时/);
    const matches = page.getByTestId('recommendation');
    await matches.first().waitFor();
    expect(await matches.count()).toBeGreaterThan(0);
    expect(await matches.first().locator('[data-testid=reasons] li').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('subj=');
    await canvasSettled();
    await screenshot('demand-matches');

    // Back to the bridges with the broker token: the answer is drawn again (this once stayed loading).
    await page.getByTestId('tab-bridges').click();
    await page.getByTestId('bridge-item').first().waitFor();
    await canvasSettled();
    await until(() => attr('highlighted')).not.toBe('0');
  });

  it('reloads a shared explore link with expansions, selection and filters and gets the same canvas back', async () => {
    await page.getByTestId('tab-explore').click();
    await page.getByTestId('global-search-input').fill('wuxing');
    const option = page.locator(`[data-testid=global-search-suggestions] [data-testid=suggestion][data-id="${FIRM}"]`);
    await option.waitFor();
    await option.click();
    await until(() => attr('selected')).toBe(FIRM);
    // Expand once the view has drawn its root: an expansion drawn before the root arrives is replaced by it.
    await page.locator(`[data-testid=explore-root][data-id="${FIRM}"]`).waitFor();
    await page.getByTestId('details-expand').click();
    await until(async () => Number(await attr('node-count'))).toBeGreaterThan(1);
    await canvasSettled();
    // Open a neighbour from the drawer: it is placed on the canvas and selected.
    const link = page.locator('[data-testid=details-neighbours] [data-testid=neighbour-link]').first();
    const neighbour = (await link.getAttribute('data-id'))!;
    await link.click();
    await until(() => attr('selected')).toBe(neighbour);
    await page.getByTestId('layout-select').selectOption('concentric');
    await page.locator('[data-testid=legend-type][data-type=Region]').click();
    await canvasSettled();
    const url = page.url();
    const ids = await attr('node-ids');
    await screenshot('explore-before-reload');

    await page.reload();
    await until(() => attr('node-ids')).toBe(ids);
    await until(() => attr('selected')).toBe(neighbour);
    await until(() => attr('layout')).toBe('concentric');
    await until(() => attr('hidden-types')).toBe('Region');
    expect(page.url()).toBe(url);
    await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(neighbour);
    await canvasSettled();
    await screenshot('explore-after-reload');
  });

  it('exports the canvas as PNG and the subgraph as JSON', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(json.suggestedFilename()).toMatch(/^talent-bridge-explore-\d{8}-\d{4}\.json$/);
    const body = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as { format: string; nodes: { id: string }[]; relationships: { from: string; to: string }[]; view: string };
    expect(body.format).toBe('talent-bridge-subgraph');
    expect(body.nodes.map((n) => n.id).sort().join(' ')).toBe(await attr('node-ids'));
    expect(body.relationships.length).toBe(Number(await attr('edge-count')));
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const r of body.relationships) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    expect(body.view).toBe(page.url());

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('shows API errors in words, not a blank page', async () => {
    await page.goto(`${base}/?v=paths&lang=en&from=${FIRM}&to=demo:lab:no-such-lab`);
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('NOT_FOUND');
    expect(await error.textContent()).toContain('not found');
    await screenshot('error-state');
  });
});
