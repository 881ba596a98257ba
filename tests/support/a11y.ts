// What the accessibility specs share: the demo ids they use, how each view is filled, opening a link with retries,
// waiting for the canvas to settle, running axe-core (WCAG 2.1 A/AA), moving by keyboard, asking the API directly,
// measuring the page's regions, and the Chromium each spec opens (with a screenshot when a test fails).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { openBrowser, openUntilReady, type Browser, type BrowserOptions } from './browser.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SHOTS = path.join(HERE, '..', 'e2e', 'screenshots');
const AXE = path.join(HERE, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const FIRM = 'demo:enterprise:wuxing-aluminium';
export const LAB = 'demo:lab:tianmushan';
export const SHEN = 'demo:person:shen-zhiyuan';
export const QINGTIAN = 'demo:region:qingtian';
export const LONG = 900_000;

/** What each known view needs in its link to draw an answer, and what shows that the answer is there. */
export const VIEW_SETUPS: Record<string, { query: string; ready: string }> = {
  explore: { query: `root=${LAB}`, ready: '[data-testid=explore-root]' },
  bridges: { query: `from=${FIRM}&to=${LAB}&pick=0`, ready: '[data-testid=bridge-item]' },
  paths: { query: `from=${SHEN}&to=${QINGTIAN}&pick=0`, ready: '[data-testid=path-item]' },
  diaspora: { query: `origin=${QINGTIAN}`, ready: '[data-testid=diaspora-country]' },
  recommend: { query: `subj=${FIRM}&pick=0`, ready: '[data-testid=recommendation]' },
  brokers: { query: 'pick=0', ready: '[data-testid=broker-item]' },
  region: { query: `region=${QINGTIAN}`, ready: '[data-testid=region-chart]' },
};

export const base = inject('baseUrl');

export const until = <T>(read: () => Promise<T> | T, timeout = 60_000) => expect.poll(read, { timeout, interval: 150 });

/** A Chromium as the accessibility specs use it: clipboard allowed, Chinese locale unless said. */
export function launch(options: Pick<BrowserOptions, 'viewport' | 'deviceScaleFactor'> = {}): Promise<Browser> {
  return openBrowser({ ...options, permissions: ['clipboard-read', 'clipboard-write'] });
}

/** Opens a link and waits until it shows `ready`, with retries (tests/support/browser.ts). */
export const open = openUntilReady;

/** The canvas has finished its layout and nothing is loading anywhere on the page. */
export async function settled(p: Page): Promise<void> {
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
export async function axeViolations(p: Page, label: string): Promise<string[]> {
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
export async function viewNames(p: Page): Promise<string[]> {
  const tabs = p.locator('[role=tablist] [role=tab]');
  await tabs.first().waitFor();
  return tabs.evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? e.id).replace(/^(tab-|view-tab-)/, '')));
}

export async function focusedTestId(p: Page): Promise<string> {
  return p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
}

/** Presses Tab (or Shift+Tab) until the element with this test id has the focus. */
export async function tabTo(p: Page, testId: string, backwards = false, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(p)) === testId) return;
    await p.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${testId} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

/** Types into the focused node picker and chooses the suggestion with this id using only the arrows and Enter. */
export async function pickByKeyboard(p: Page, searchTestId: string, text: string, id: string): Promise<void> {
  await p.keyboard.type(text);
  const list = p.locator(`[data-testid=${searchTestId}] [data-testid=suggestion]`);
  await p.locator(`[data-testid=${searchTestId}] [data-testid=suggestion][data-id="${id}"]`).waitFor();
  const ids = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const index = ids.indexOf(id);
  // The first suggestion is active from the start.
  for (let i = 0; i < index; i++) await p.keyboard.press('ArrowDown');
  await until(() => p.locator(`[data-testid=${searchTestId}] [role=option][aria-selected=true]`).getAttribute('data-id')).toBe(id);
  await p.keyboard.press('Enter');
}

export async function api<T>(query: string, variables: Record<string, unknown>, lang = 'zh'): Promise<T> {
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
export async function layoutReport(p: Page): Promise<{ boxes: Box[]; overlaps: string[]; overflowX: number }> {
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

/**
 * The Chromium page of one spec file: the heaviest questions are asked first, screenshots whose names match
 * `clearShots` are removed before the run, and a failing test leaves a screenshot of the page behind.
 */
export function a11yPage(options: { clearShots?: RegExp } = {}): () => Page {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await warmUp();
    fs.mkdirSync(SHOTS, { recursive: true });
    if (options.clearShots) for (const f of fs.readdirSync(SHOTS)) if (options.clearShots.test(f)) fs.rmSync(path.join(SHOTS, f));
    browser = await launch();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 40);
    await browser.page.screenshot({ path: path.join(SHOTS, `failed-a11y-${name}.png`) }).catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!.page;
}
