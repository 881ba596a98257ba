// Accessibility in a real Chromium against the product on the demo data: axe-core (WCAG 2.1 A and AA rules) on
// every view the page offers, in Chinese and English, with results drawn, the details drawer open, the table view
// shown and the keyboard on the graph; the bridge finder used with the keyboard alone and read back from the table;
// and the layout at 200% zoom and in the high-contrast style, with screenshots (30-39) under tests/e2e/screenshots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.join(HERE, 'screenshots');
const AXE = path.join(HERE, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';
const SHEN = 'demo:person:shen-zhiyuan';
const QINGTIAN = 'demo:region:qingtian';
const LONG = 900_000;

/** What each known view needs in its link to draw an answer, and what shows that the answer is there. */
const VIEW_SETUPS: Record<string, { query: string; ready: string }> = {
  explore: { query: `root=${LAB}`, ready: '[data-testid=explore-root]' },
  bridges: { query: `from=${FIRM}&to=${LAB}&pick=0`, ready: '[data-testid=bridge-item]' },
  paths: { query: `from=${SHEN}&to=${QINGTIAN}&pick=0`, ready: '[data-testid=path-item]' },
  diaspora: { query: `origin=${QINGTIAN}`, ready: '[data-testid=diaspora-country]' },
  recommend: { query: `subj=${FIRM}&pick=0`, ready: '[data-testid=recommendation]' },
  brokers: { query: 'pick=0', ready: '[data-testid=broker-item]' },
};

const base = inject('baseUrl');
let context: BrowserContext;
let page: Page;
let profile: string;

const until = <T>(read: () => Promise<T> | T, timeout = 60_000) => expect.poll(read, { timeout, interval: 150 });

async function launch(options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {}): Promise<{ context: BrowserContext; page: Page; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-a11y-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'zh-CN',
    permissions: ['clipboard-read', 'clipboard-write'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  ctx.setDefaultTimeout(60_000);
  const p = ctx.pages()[0] ?? (await ctx.newPage());
  p.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  return { context: ctx, page: p, dir };
}

/**
 * Opens a link and waits until it shows `ready`. An error state or a page that never arrives (a busy machine, the
 * web app being rebuilt) is retried twice; a third failure fails the test with what the page says.
 */
async function open(link: string, ready: string, p: Page = page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await p.goto(link);
    const outcome = await Promise.race([
      p.locator(ready).first().waitFor({ timeout: 90_000 }).then(() => 'ready'),
      p.locator('[data-testid=error]').first().waitFor({ timeout: 90_000 }).then(() => 'error'),
    ]).catch(() => 'timeout');
    if (outcome === 'ready') return;
    const error = p.locator('[data-testid=error]').first();
    const text = (await error.count()) ? `${await error.getAttribute('data-code')}: ${await error.innerText()}` : await p.locator('body').innerText().catch(() => '');
    if (attempt >= 3) throw new Error(`${link}: ${outcome} after ${attempt} attempts; the page says: ${text.slice(0, 600)}`);
    process.stderr.write(`a11y: ${link} gave ${outcome} (attempt ${attempt}), retrying: ${text.slice(0, 200)}\n`);
    // Long enough for a heavy query the page left behind to finish or time out and free its slot.
    await p.waitForTimeout(12_000);
  }
}

/** The canvas has finished its layout and nothing is loading anywhere on the page. */
async function settled(p: Page = page): Promise<void> {
  await p.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('[data-testid=canvas]');
    const layoutIdle = !el || el.dataset.layoutState === 'idle';
    return layoutIdle && !document.querySelector('[data-testid=canvas-busy]') && !document.querySelector('.status-loading, .spinner');
  }, undefined, { timeout: 90_000 });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Every WCAG 2.1 A/AA violation on the page, one line per element, saying what, where and how to fix it. */
async function axeViolations(label: string, p: Page = page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  const violations = await p.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, WCAG_TAGS);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `[${label}] ${v.id} (${v.impact ?? 'n/a'}) at ${n.target.join(' ')}: ${v.help}. ${(n.failureSummary ?? '').replace(/\s+/g, ' ')} ${v.helpUrl}`),
  );
}

/** The views the page offers, read from its tab row (so views added later are checked too). */
async function viewNames(p: Page = page): Promise<string[]> {
  const tabs = p.locator('[role=tablist] [role=tab]');
  await tabs.first().waitFor();
  return tabs.evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? e.id).replace(/^(tab-|view-tab-)/, '')));
}

async function focusedTestId(p: Page = page): Promise<string> {
  return p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
}

/** Presses Tab (or Shift+Tab) until the element with this test id has the focus. */
async function tabTo(testId: string, backwards = false, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId()) === testId) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${testId} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

/** Types into the focused node picker and chooses the suggestion with this id using only the arrows and Enter. */
async function pickByKeyboard(searchTestId: string, text: string, id: string): Promise<void> {
  await page.keyboard.type(text);
  const list = page.locator(`[data-testid=${searchTestId}] [data-testid=suggestion]`);
  await page.locator(`[data-testid=${searchTestId}] [data-testid=suggestion][data-id="${id}"]`).waitFor();
  const ids = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const index = ids.indexOf(id);
  // The first suggestion is active from the start.
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await until(() => page.locator(`[data-testid=${searchTestId}] [role=option][aria-selected=true]`).getAttribute('data-id')).toBe(id);
  await page.keyboard.press('Enter');
}

async function api<T>(query: string, variables: Record<string, unknown>, lang = 'zh'): Promise<T> {
  const res = await fetch(`${base}/graphql?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Page regions that must not cover one another, and how far the page overflows sideways. */
async function layoutReport(p: Page): Promise<{ boxes: Box[]; overlaps: string[]; overflowX: number }> {
  return p.evaluate(() => {
    const regions: [string, string][] = [
      ['header', '.header'],
      ['controls', '.sidebar'],
      ['toolbar', '.canvas-toolbar'],
      ['canvas', '[data-testid=canvas]'],
      ['legend', '[data-testid=legend]'],
      ['table', '[data-testid=canvas-table]'],
      ['drawer', '.drawer'],
    ];
    const boxes = regions
      .map(([name, sel]) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { name, x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
      })
      .filter((b): b is { name: string; x: number; y: number; width: number; height: number } => b !== null && b.width > 0 && b.height > 0);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        // One pixel of shared border is not an overlap.
        if (w > 1 && h > 1) overlaps.push(`${a.name} × ${b.name} (${Math.round(w)}×${Math.round(h)} px)`);
      }
    const doc = document.documentElement;
    return { boxes, overlaps, overflowX: doc.scrollWidth - doc.clientWidth };
  });
}

/**
 * Asks the heaviest questions once before the pages do: on a fresh store and a busy machine the first bridges and
 * brokers queries can run into the query timeout, which is not what these tests are about.
 */
async function warmUp(): Promise<void> {
  const questions = [
    [`query($from: ID!, $to: ID!) { bridges(from: $from, to: $to) { score } }`, { from: FIRM, to: LAB }],
    [`query($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 3, maxHops: 6) { length } }`, { from: SHEN, to: QINGTIAN }],
    [`query($id: ID!) { diaspora(originRegionId: $id) { total } }`, { id: QINGTIAN }],
    [`{ brokers(limit: 5) { rank } }`, {}],
  ] as const;
  for (const [query, variables] of questions)
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        await api(query, variables);
        break;
      } catch (e) {
        process.stderr.write(`a11y: warming up (attempt ${attempt}): ${(e as Error).message.slice(0, 200)}\n`);
        await new Promise((r) => setTimeout(r, 5000));
      }
    }
}

beforeAll(async () => {
  await warmUp();
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (/^3\d-.*\.png$/.test(f)) fs.rmSync(path.join(SHOTS, f));
  const launched = await launch();
  context = launched.context;
  page = launched.page;
  profile = launched.dir;
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail' || !page) return;
  const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 40);
  await page.screenshot({ path: path.join(SHOTS, `failed-a11y-${name}.png`) }).catch(() => {});
});

afterAll(async () => {
  await context?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

describe('WCAG 2.1 A/AA on every view (axe-core)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(
      `has no violation on any view in ${lang}, with answers drawn, the drawer open, the tables shown and the keyboard on the graph`,
      async () => {
        await open(`${base}/?lang=${lang}`, '[data-testid=graph-overview]');
        const views = await viewNames();
        // Every view of the product is checked, and the ones this test knows how to fill are among them.
        expect(views).toEqual(expect.arrayContaining(Object.keys(VIEW_SETUPS)));
        const problems: string[] = [];
        for (const view of views) {
          const setup = VIEW_SETUPS[view];
          const link = `${base}/?v=${view}&lang=${lang}${setup ? `&${setup.query}` : ''}&sel=${encodeURIComponent(SHEN)}`;
          await open(link, setup?.ready ?? '[data-testid=app]');
          await page.getByTestId('details-name').waitFor({ timeout: 90_000 });
          await settled();
          problems.push(...(await axeViolations(`${view}/${lang}/answer+drawer`)));

          // The same with the tables beside the canvas and the keyboard on a node, where the view has a canvas.
          await open(`${link}&table=1`, setup?.ready ?? '[data-testid=app]');
          await settled();
          const canvas = page.getByTestId('canvas');
          if (await canvas.count()) {
            await page.getByTestId('canvas-table').waitFor();
            await canvas.focus();
            await page.keyboard.press('ArrowRight');
            if (setup) await until(() => page.getByTestId('canvas-announcer').textContent()).not.toBe('');
          }
          problems.push(...(await axeViolations(`${view}/${lang}/tables+keyboard`)));
        }
        expect(problems, problems.join('\n')).toEqual([]);
      },
      LONG,
    );
  }

  it('fails on a violation (the check itself can fail)', async () => {
    await page.goto(`${base}/?lang=zh`);
    await page.getByTestId('graph-overview').waitFor();
    // An image without a name and a button without one: two WCAG A violations.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'a11y-probe';
      probe.innerHTML = '<img id="probe-img" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><button id="probe-button" type="button"></button>';
      document.body.appendChild(probe);
    });
    const found = await axeViolations('probe');
    expect(found.some((l) => l.includes('image-alt') && l.includes('#probe-img')), found.join('\n')).toBe(true);
    expect(found.some((l) => l.includes('button-name') && l.includes('#probe-button')), found.join('\n')).toBe(true);
  });
});

describe('the bridge finder by keyboard alone', () => {
  it(
    'finds bridges from 五星铝业 to 天目山, walks the graph to 沈知远, opens the details and reads the bridge from the tables',
    async () => {
      // No mouse from here on: Tab, typing, arrows, Enter.
      await open(`${base}/?lang=zh`, '[data-testid=graph-overview]');

      // The view tabs: one Tab stop, the arrows choose.
      await tabTo('tab-explore');
      await page.keyboard.press('ArrowRight');
      await until(() => page.getByTestId('app').getAttribute('data-view')).toBe('bridges');
      expect(await focusedTestId()).toBe('tab-bridges');
      expect(await page.getByTestId('tab-bridges').getAttribute('aria-selected')).toBe('true');

      await tabTo('bridges-from-search-input');
      await pickByKeyboard('bridges-from-search', '五星铝业', FIRM);
      await until(() => page.getByTestId('bridges-from-chip').getAttribute('data-id')).toBe(FIRM);
      await tabTo('bridges-to-search-input');
      await pickByKeyboard('bridges-to-search', '天目山', LAB);
      await until(() => page.getByTestId('bridges-to-chip').getAttribute('data-id')).toBe(LAB);
      await tabTo('bridges-run');
      await page.keyboard.press('Enter');
      const top = page.getByTestId('bridge-item').first();
      await top.waitFor({ timeout: 90_000 });
      await settled();

      // What the API says the top bridge is, to check the page against.
      const { bridges } = await api<{ bridges: { intermediaries: { id: string }[]; path: { nodes: { id: string }[]; relationships: { id: string; from: string; to: string; type: string }[] } }[] }>(
        `query($from: ID!, $to: ID!) { bridges(from: $from, to: $to) { intermediaries { id } path { nodes { id } relationships { id from to type } } } }`,
        { from: FIRM, to: LAB },
      );
      const best = bridges[0]!;
      expect(best.intermediaries.map((n) => n.id)).toEqual([SHEN]);
      expect(await top.getAttribute('data-intermediaries')).toBe(SHEN);

      // Onto the graph, then the arrows: Home puts the keyboard on the firm (the view's first root), and a search
      // over short arrow sequences finds the way to 沈知远 by reading what the live region announces.
      await tabTo('canvas');
      await page.keyboard.press('Home');
      const announcer = page.getByTestId('canvas-announcer');
      await until(() => announcer.getAttribute('data-id')).toBe(FIRM);
      expect(await announcer.textContent()).toContain('杭州五星铝业');
      const arrows = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
      let route: string[] | null = null;
      const queue: string[][] = arrows.map((a) => [a]);
      while (queue.length && !route) {
        const seq = queue.shift()!;
        await page.keyboard.press('Home');
        for (const k of seq) await page.keyboard.press(k);
        if ((await announcer.getAttribute('data-id')) === SHEN) route = seq;
        else if (seq.length < 3) for (const a of arrows) queue.push([...seq, a]);
      }
      expect(route, 'no sequence of up to three arrows leads from the firm to 沈知远').not.toBeNull();
      const canvas = page.getByTestId('canvas');
      expect(await canvas.getAttribute('data-focused')).toBe(SHEN);
      // Announced: name, type and the ties drawn at the node.
      const said = (await announcer.textContent())!;
      expect(said).toContain('沈知远');
      expect(said).toContain('人才');
      const degree = Number(/(\d+) 条关系/.exec(said)?.[1]);
      expect(said).toContain('在所选结果中');

      // Enter opens the details drawer.
      await page.keyboard.press('Enter');
      await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(SHEN);
      expect(await page.getByTestId('details-name').textContent()).toBe('沈知远');
      expect(await canvas.getAttribute('data-selected')).toBe(SHEN);

      // The tables: back to the toolbar's toggle, Enter.
      await tabTo('table-toggle', true);
      await page.keyboard.press('Enter');
      await page.getByTestId('nodes-table').waitFor();
      expect(await page.getByTestId('table-toggle').getAttribute('aria-pressed')).toBe('true');
      // The node chosen on the canvas is the chosen row.
      const shenRow = page.locator(`[data-testid=node-row][data-id="${SHEN}"]`);
      expect(await shenRow.getAttribute('data-selected')).toBe('true');
      expect(await shenRow.locator('[data-testid=node-row-select]').getAttribute('aria-pressed')).toBe('true');
      // The same bridge, tie by tie: every relationship of the API's top chain is a row marked as in the result.
      const resultTies = await page.locator('[data-testid=tie-row].in-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')).sort());
      expect(resultTies).toEqual(best.path.relationships.map((r) => r.id).sort());
      for (const rel of best.path.relationships) {
        const row = page.locator(`[data-testid=tie-row][data-id="${rel.id}"]`);
        expect(await row.getAttribute('data-from')).toBe(rel.from);
        expect(await row.getAttribute('data-to')).toBe(rel.to);
      }
      const chainRows = await page.locator('[data-testid=node-row].in-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')).sort());
      expect(chainRows).toEqual([...new Set(best.path.nodes.map((n) => n.id))].sort());
      // The degree announced is the number of ties at 沈知远 in the tie table.
      const tiesAtShen = await page.locator(`[data-testid=tie-row][data-from="${SHEN}"], [data-testid=tie-row][data-to="${SHEN}"]`).count();
      expect(degree).toBe(tiesAtShen);

      // A row chosen from the keyboard selects its node on the canvas.
      await tabTo('node-row-select');
      for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'))) !== LAB; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(() => canvas.getAttribute('data-selected')).toBe(LAB);
      await until(() => page.locator(`[data-testid=node-row][data-id="${LAB}"]`).getAttribute('data-selected')).toBe('true');
      await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(LAB);
    },
    LONG,
  );
});

describe('the table beside the canvas', () => {
  it(
    'sorts, filters and copies as TSV, and follows a node chosen elsewhere',
    async () => {
      await open(`${base}/?v=explore&lang=en&root=${encodeURIComponent(LAB)}&exp=${encodeURIComponent(LAB)}&table=1`, '[data-testid=nodes-table]');
      await settled();
      const nodeRows = page.locator('[data-testid=node-row]');
      const total = Number(await page.getByTestId('canvas').getAttribute('data-node-count'));
      expect(await nodeRows.count()).toBe(total);
      expect(await page.locator('[data-testid=nodes-table] caption').textContent()).toContain(`${total} of ${total}`);
      for (const th of await page.locator('[data-testid=nodes-table] th').all()) expect(await th.getAttribute('scope')).toBe('col');

      // Degree: ascending, then descending; aria-sort says which.
      const degreeHeader = page.locator('[data-testid=nodes-table] th', { has: page.getByTestId('sort-degree') });
      const degrees = () => nodeRows.evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[3]!.textContent)));
      await page.getByTestId('sort-degree').click();
      expect(await degreeHeader.getAttribute('aria-sort')).toBe('ascending');
      const up = await degrees();
      expect(up).toEqual([...up].sort((a, b) => a - b));
      await page.getByTestId('sort-degree').click();
      expect(await degreeHeader.getAttribute('aria-sort')).toBe('descending');
      const down = await degrees();
      expect(down).toEqual([...up].sort((a, b) => b - a));
      // The lab is tied to every other node drawn (its own expansion).
      const labDegree = Number(await page.locator(`[data-testid=node-row][data-id="${LAB}"] td`).nth(3).textContent());
      expect(labDegree).toBeGreaterThanOrEqual(total - 1);
      expect(down[0]).toBe(Math.max(...up));

      // Filter: only rows naming Shen.
      await page.getByTestId('nodes-table-filter').fill('shen zhiyuan');
      await until(() => nodeRows.count()).toBe(1);
      expect(await nodeRows.first().getAttribute('data-id')).toBe(SHEN);
      expect(await page.locator('[data-testid=nodes-table] caption').textContent()).toContain(`1 of ${total}`);

      // Copy as TSV: a header and the rows shown.
      await page.getByTestId('nodes-table-filter').fill('');
      await until(() => nodeRows.count()).toBe(total);
      await page.getByTestId('nodes-table-copy').click();
      await until(() => page.evaluate(() => navigator.clipboard.readText())).toContain('\t');
      const tsv = await page.evaluate(() => navigator.clipboard.readText());
      const lines = tsv.split('\n');
      expect(lines).toHaveLength(total + 1);
      const headers = await page.locator('[data-testid=nodes-table] th').allTextContents();
      expect(lines[0]!.split('\t')).toEqual(headers.map((h) => h.replace(/[▲▼↕]/g, '').trim()));
      expect(lines.some((l) => l.includes('天目山实验室\tTianmushan Laboratory'))).toBe(true);
      for (const l of lines) expect(l.split('\t')).toHaveLength(headers.length);

      const tieRows = page.locator('[data-testid=tie-row]');
      expect(await tieRows.count()).toBe(Number(await page.getByTestId('canvas').getAttribute('data-edge-count')));

      // A node opened from the details drawer becomes the chosen row.
      await page.locator(`[data-testid=node-row][data-id="${LAB}"] [data-testid=node-row-select]`).click();
      await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(LAB);
      const link = page.locator(`[data-testid=details-neighbours] [data-testid=neighbour-link][data-id="${SHEN}"]`).first();
      await link.click();
      await until(() => page.getByTestId('canvas').getAttribute('data-selected')).toBe(SHEN);
      await until(() => page.locator(`[data-testid=node-row][data-id="${SHEN}"]`).getAttribute('data-selected')).toBe('true');
      expect(await page.locator('[data-testid=node-row][data-selected=true]').count()).toBe(1);

      // A tie row selects its tie on the canvas.
      const firstTie = tieRows.first();
      const tieId = (await firstTie.getAttribute('data-id'))!;
      await firstTie.locator('button').click();
      await until(() => page.getByTestId('canvas').getAttribute('data-selected-tie')).toBe(tieId);
      expect(await firstTie.getAttribute('data-selected')).toBe('true');
    },
    LONG,
  );
});

describe("the user's display settings", () => {
  it(
    'keeps the layout apart at 200% zoom, with no sideways scrolling',
    async () => {
      // 200% zoom of a 1440×900 window: 720×450 CSS pixels drawn at twice the density.
      const zoomed = await launch({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
      try {
        const p = zoomed.page;
        await open(`${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&pick=0&sel=${encodeURIComponent(SHEN)}&table=1`, '[data-testid=bridge-item]', p);
        await p.getByTestId('details-name').waitFor({ timeout: 90_000 });
        await settled(p);
        const report = await layoutReport(p);
        expect(report.boxes.map((b) => b.name)).toEqual(expect.arrayContaining(['header', 'controls', 'canvas', 'drawer', 'table']));
        expect(report.overlaps).toEqual([]);
        expect(report.overflowX).toBeLessThanOrEqual(0);
        const canvasBox = report.boxes.find((b) => b.name === 'canvas')!;
        expect(canvasBox.height).toBeGreaterThanOrEqual(150);
        expect(canvasBox.width).toBeGreaterThanOrEqual(600);
        // Nothing inside a region sticks out past the window's right edge either.
        const wide = await p.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.header *, .sidebar *, .canvas-toolbar *, .legend *, .drawer *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && el.getClientRects().length > 0)
            .map((el) => el.className || el.tagName)
            .slice(0, 5),
        );
        expect(wide).toEqual([]);
        await p.evaluate(() => window.scrollTo(0, 0));
        await p.waitForTimeout(400); // the framing animation, for the picture only
        await p.screenshot({ path: path.join(SHOTS, '30-zoom-200.png') });
        await p.screenshot({ path: path.join(SHOTS, '31-zoom-200-full-page.png'), fullPage: true });
        expect(await axeViolations('bridges/zh/200%', p)).toEqual([]);
      } finally {
        await zoomed.context.close();
        fs.rmSync(zoomed.dir, { recursive: true, force: true });
      }
    },
    LONG,
  );

  it(
    'draws the high-contrast style when the system asks for more contrast, and remembers the toggle',
    async () => {
      await page.emulateMedia({ contrast: 'more' });
      try {
        await open(`${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&pick=0`, '[data-testid=bridge-item]');
        await settled();
        const canvas = page.getByTestId('canvas');
        await until(() => canvas.getAttribute('data-contrast')).toBe('more');
        expect(await page.getByTestId('contrast-toggle').getAttribute('aria-pressed')).toBe('true');
        const report = await layoutReport(page);
        expect(report.overlaps).toEqual([]);
        expect(report.overflowX).toBeLessThanOrEqual(0);
        await page.waitForTimeout(400);
        await page.screenshot({ path: path.join(SHOTS, '32-high-contrast.png') });
        expect(await axeViolations('bridges/zh/high-contrast')).toEqual([]);

        // Turned off by hand, it stays off after a reload although the system still asks for more.
        await page.getByTestId('contrast-toggle').click();
        await until(() => canvas.getAttribute('data-contrast')).toBe('normal');
        await page.reload();
        await page.getByTestId('bridge-item').first().waitFor({ timeout: 90_000 });
        await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('normal');
        expect(await page.getByTestId('contrast-toggle').getAttribute('aria-pressed')).toBe('false');
        // Back on: the choice equals the system's again, so it follows the system from now on.
        await page.getByTestId('contrast-toggle').click();
        await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('more');
        expect(await page.evaluate(() => localStorage.getItem('talent-bridge.display'))).toBeNull();
      } finally {
        await page.emulateMedia({ contrast: null });
      }
      // Without the system's request, the style is the normal one.
      await page.reload();
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('normal');
    },
    LONG,
  );

  it(
    'turns the toggle on by hand without a system request and keeps it across a reload',
    async () => {
      await open(`${base}/?v=bridges&lang=en&from=${FIRM}&to=${LAB}&pick=0&table=1`, '[data-testid=bridge-item]');
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('normal');
      await page.getByTestId('contrast-toggle').click();
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('more');
      await page.reload();
      await page.getByTestId('bridge-item').first().waitFor({ timeout: 90_000 });
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('more');
      await settled();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SHOTS, '33-high-contrast-tables-en.png') });
      expect(await axeViolations('bridges/en/high-contrast+tables')).toEqual([]);
      await page.getByTestId('contrast-toggle').click();
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('normal');
    },
    LONG,
  );

  it(
    'lays out without animation when the system asks for reduced motion',
    async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      try {
        await open(`${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&pick=0`, '[data-testid=bridge-item]');
        const canvas = page.getByTestId('canvas');
        await until(() => canvas.getAttribute('data-motion')).toBe('reduced');
        // CSS animations and transitions are off too.
        const durations = await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.className = 'spinner';
          document.body.appendChild(probe);
          const d = getComputedStyle(probe).animationDuration;
          probe.remove();
          return d;
        });
        expect(parseFloat(durations)).toBeLessThan(0.01);
      } finally {
        await page.emulateMedia({ reducedMotion: null });
      }
      await page.reload();
      await until(() => page.getByTestId('canvas').getAttribute('data-motion')).toBe('full');
    },
    LONG,
  );
});
