// The lenses in a real Chromium against the product on the demo data: the path view's diverse paths (pairwise
// disjoint in their intermediate nodes, and the answer's own note about them) and the fragility toggle (critical
// nodes listed and marked on the canvas, the same as the API's answer) and the time slider on the canvas.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser, openUntilReady } from '../support/browser.js';

const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';

const base = inject('baseUrl');
const AXE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** WCAG 2.1 A/AA violations on the page, one line each. */
async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
let browser: Browser;
let page: Page;

/** Opens a link until it shows `ready` (tests/support/browser.ts retries a busy machine's errors and timeouts). */
const open = (link: string, ready: string): Promise<void> => openUntilReady(page, link, ready);

beforeAll(async () => {
  browser = await openBrowser({ acceptDownloads: true });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

/** A GraphQL answer read directly, to compare what the page shows with what the API says. */
async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${base}/graphql?lang=en`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data: T; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

/** The same, asked again when a heavy first answer times out on a busy machine (the store warms up meanwhile). */
async function apiRetrying<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api<T>(query, variables);
    } catch (e) {
      if (attempt >= 4 || !String(e).includes('TIMEOUT')) throw e;
      process.stderr.write(`lenses: a timed-out answer (attempt ${attempt}), asking again\n`);
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
}

/** Waits for the fragility panel's answer; an error state (a timeout on a busy machine) is retried from its button. */
async function fragilityAnswered(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await Promise.race([
      page.locator('[data-testid=fragility-headline], [data-testid=fragility-empty]').first().waitFor({ timeout: 90_000 }).then(() => 'ready'),
      page.locator('[data-testid=fragility-panel] [data-testid=error]').first().waitFor({ timeout: 90_000 }).then(() => 'error'),
    ]);
    if (outcome === 'ready') return;
    const text = await page.getByTestId('fragility-panel').innerText();
    if (attempt >= 3) throw new Error(`fragility panel: ${text}`);
    process.stderr.write(`lenses: fragility panel gave an error (attempt ${attempt}), retrying: ${text.slice(0, 200)}\n`);
    await page.waitForTimeout(10_000);
    await page.locator('[data-testid=fragility-panel] [data-testid=error] button').click();
  }
}

const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 90_000, interval: 200 });

describe('lenses in Chromium', () => {
  it('diverse paths share no intermediate node and the answer says how many were found', async () => {
    await open(`${base}/?v=paths&lang=en&from=${FIRM}&to=${LAB}&k=3&hops=4&diverse=1`, '[data-testid=paths-results], [data-testid=paths-empty]');
    expect(await page.locator('[data-testid=paths-mode] [aria-checked=true]').innerText()).toBe('Diverse');
    const items = page.getByTestId('path-item');
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    const note = page.getByTestId('paths-diversity');
    expect(Number(await note.getAttribute('data-found'))).toBe(n);
    expect(Number(await note.getAttribute('data-requested'))).toBe(3);
    expect(await note.getAttribute('data-complete')).toBe(String(n === 3));
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const inner = ((await items.nth(i).getAttribute('data-chain-ids')) ?? '').split(' ').filter((id) => id && id !== FIRM && id !== LAB);
      for (const id of inner) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
    // Back to the shortest paths: the choice leaves the link.
    await page.locator('[data-testid=paths-mode] [role=radio]').first().click();
    await page.getByTestId('paths-run').click();
    await until(() => page.url().includes('diverse=')).toBe(false);
    await until(() => page.getByTestId('paths-diversity').count()).toBe(0);
  });

  it('the fragility toggle lists the critical nodes the API names and marks them on the canvas', async () => {
    const hops = 3;
    const { fragility } = await apiRetrying<{ fragility: { critical: { node: { id: string }; singlePointOfFailure: boolean }[]; singlePointOfFailure: boolean } }>(
      `query($from: ID!, $to: ID!, $h: Int) { fragility(from: $from, to: $to, maxHops: $h) { singlePointOfFailure critical { node { id } singlePointOfFailure } } }`,
      { from: FIRM, to: LAB, h: hops },
    );
    await open(`${base}/?v=paths&lang=en&from=${FIRM}&to=${LAB}&hops=${hops}`, '[data-testid=paths-results], [data-testid=paths-empty]');
    await page.getByTestId('paths-fragility').click();
    expect(await page.getByTestId('paths-fragility').getAttribute('aria-pressed')).toBe('true');
    await until(() => page.url().includes('frag=1')).toBe(true);
    await fragilityAnswered();
    const expected = fragility.critical.map((c) => c.node.id);
    const listed = await page.getByTestId('fragility-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    expect(listed).toEqual(expected);
    // On the canvas: every critical node drawn there wears the mark, and nothing else does.
    const drawn = new Set(((await page.getByTestId('canvas').getAttribute('data-node-ids')) ?? '').split(' '));
    await until(async () => (await page.getByTestId('canvas').getAttribute('data-critical-ids')) ?? '').toBe(expected.filter((id) => drawn.has(id)).sort().join(' '));
    if (fragility.singlePointOfFailure) expect(await page.getByTestId('fragility-headline').innerText()).toContain('Single point of failure');
    // The open panel, the time slider and the CSV buttons pass axe-core.
    expect(await axeViolations()).toEqual([]);
    // Off again: the marks go.
    await page.getByTestId('paths-fragility').click();
    await until(async () => (await page.getByTestId('canvas').getAttribute('data-critical-ids')) ?? '').toBe('');
    expect(await page.getByTestId('fragility-panel').count()).toBe(0);
  });

  it('the time slider re-asks as of a year, the counts follow, the date is in the link; reduced motion stops auto-play', async () => {
    const hops = 4;
    // What the canvas draws: the two ends and every node on the answer's paths.
    const count = async (asOf: string | null) => {
      const { paths } = await apiRetrying<{ paths: { nodes: { id: string }[] }[] }>(
        `query($from: ID!, $to: ID!, $h: Int, $d: Date) { paths(from: $from, to: $to, k: 10, maxHops: $h, asOf: $d) { nodes { id } } }`,
        { from: FIRM, to: LAB, h: hops, d: asOf },
      );
      return new Set([FIRM, LAB, ...paths.flatMap((p) => p.nodes.map((n) => n.id))]).size;
    };
    const now = await count(null);
    // A year whose answer differs from today's (the demo's ties start at different dates).
    let year: number | null = null;
    let then = now;
    for (const y of [2000, 2005, 2010, 2015, 2018, 2020, 2022, 2024]) {
      then = await count(`${y}-12-31`);
      if (then !== now) {
        year = y;
        break;
      }
    }
    expect(year).not.toBeNull();

    await open(`${base}/?v=paths&lang=en&from=${FIRM}&to=${LAB}&k=10&hops=${hops}`, '[data-testid=paths-results], [data-testid=paths-empty]');
    await until(async () => Number(await page.getByTestId('canvas').getAttribute('data-node-count'))).toBe(now);
    expect(await page.getByTestId('time-value').innerText()).toBe('Now');
    await page.getByTestId('time-range').fill(String(year));
    await until(() => page.url().includes(`asof=${year}-12-31`)).toBe(true);
    await until(() => page.getByTestId('time-value').innerText()).toBe(`End of ${year}`);
    await until(async () => Number(await page.getByTestId('canvas').getAttribute('data-node-count'))).toBe(then);
    // A year on with the button, then the link restores the date.
    await page.getByTestId('time-next').click();
    await until(() => page.url().includes(`asof=${year! + 1}-12-31`)).toBe(true);
    await page.reload();
    await until(() => page.getByTestId('time-value').innerText()).toBe(`End of ${year! + 1}`);

    // Reduced motion: no auto-play, stepping still works.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await until(() => page.getByTestId('time-play').isDisabled()).toBe(true);
    await page.getByTestId('time-prev').click();
    await until(() => page.url().includes(`asof=${year}-12-31`)).toBe(true);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await until(() => page.getByTestId('time-play').isDisabled()).toBe(false);
    await page.getByTestId('time-now').click();
    await until(() => page.url().includes('asof=')).toBe(false);
  });
});
