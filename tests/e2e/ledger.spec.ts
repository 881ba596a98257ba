// The introductions ledger in a real Chromium against the product as `npm start` runs it, on the demo data: a
// broker records an introduction from a bridge card (五星铝业 → 天目山), adds an outcome, finds both in the ledger,
// opens a broker's track record and the project page of a demo 安心宝 project, whose amounts must equal what the API
// says. A viewer sees no record controls. What the page shows is compared with answers read from the API here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const AXE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';
// Demo projects run under 安心宝 (seed/demo/nodes/14-xiaoshan-escrow.jsonl).
const ESCROW_PROJECTS = ['demo:project:zhaofeng-anxinbao', 'demo:project:hengtai-anxinbao'];

const base = inject('baseUrl');
const brokerToken = inject('brokerToken');
let browser: Browser;
let broker: BrowserContext;
let page: Page;

async function screenshot(p: Page, name: string): Promise<void> {
  await p.waitForTimeout(300); // let the canvas finish its framing animation
  await p.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** A GraphQL answer read directly (as the broker unless told otherwise), to compare with what the page shows. */
async function api<T>(query: string, variables: Record<string, unknown> = {}, token: string | null = brokerToken): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql?lang=zh`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Fen as the page should write them, worked out here with integer arithmetic: 123456789 → "¥1,234,567.89". */
function yuan(fen: string): string {
  const n = BigInt(fen);
  const whole = (n / 100n).toString();
  let grouped = '';
  for (let i = 0; i < whole.length; i++) grouped += (i > 0 && (whole.length - i) % 3 === 0 ? ',' : '') + whole[i];
  return `¥${grouped}.${(n % 100n).toString().padStart(2, '0')}`;
}

const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 150 });

/** WCAG 2.1 A/AA violations (axe-core) on the page, one line per element. */
async function axe(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  return p.evaluate(async () => {
    const run = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  });
}

async function pick(p: Page, testId: string, text: string, id: string): Promise<void> {
  const box = p.getByTestId(testId);
  await box.getByTestId(`${testId}-input`).fill(text);
  const option = box.locator(`[data-testid=suggestion][data-id="${id}"]`);
  await option.waitFor();
  await option.click();
}

/**
 * Waits for the bridges answer. On a machine shared with other test runs the first bridges query can pass the
 * server's query timeout; the page then offers "retry", which is what a user would press.
 */
async function bridgesShown(p: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await p.locator('[data-testid=bridges-results], [data-testid=error]').first().waitFor({ timeout: 90_000 });
    if (await p.getByTestId('bridges-results').count()) return;
    if (attempt >= 4) throw new Error(`bridges failed: ${await p.getByTestId('error').textContent()}`);
    await p.getByTestId('error').getByRole('button').click();
  }
}

async function newPage(context: BrowserContext): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  p.on('console', (m) => m.type() === 'error' && process.stderr.write(`console error: ${m.text()}\n`));
  return p;
}

const contextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (/^4\d-ledger-.*\.png$/.test(f)) fs.rmSync(path.join(SHOTS, f));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  broker = await browser.newContext(contextOptions);
  broker.setDefaultTimeout(30_000);
  page = await newPage(broker);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail' || !page) return;
  const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 40);
  await page.screenshot({ path: path.join(SHOTS, `failed-ledger-${name}.png`) }).catch(() => {});
  const text = await page.evaluate(() => document.body.innerText.slice(0, 1500)).catch(() => '');
  process.stderr.write(`page at failure (${page.url()}):\n${text}\n`);
});

afterAll(async () => {
  await browser?.close();
});

interface ApiIntro {
  id: string;
  date: string;
  note: string | null;
  from: { id: string };
  to: { id: string };
  intermediaries: { id: string }[];
  broker: { id: string };
  outcomes: { kind: string; date: string; note: string | null }[];
}
const INTRO = `query($id: ID!) { introduction(id: $id) { id date note from { id } to { id } intermediaries { id } broker { id } outcomes { kind date note } } }`;

describe('the introductions ledger in Chromium', () => {
  const note = `e2e 引荐 ${Date.now()}`;
  let introId = '';
  let brokerId = '';

  it('records an introduction from a bridge card of 五星铝业 → 天目山, as a broker', async () => {
    await page.goto(`${base}/?lang=zh`);
    await page.getByTestId('token-button').click();
    await page.getByTestId('token-input').fill(brokerToken);
    await page.getByTestId('token-save').click();
    await until(() => page.getByTestId('token-button').getAttribute('data-role')).toBe('broker');

    await page.getByTestId('tab-bridges').click();
    await pick(page, 'bridges-from-search', '五星', FIRM);
    await pick(page, 'bridges-to-search', '天目山', LAB);
    // People bridges: an introduction is carried by people (and the organisation search is the slow part of the
    // answer on a machine shared with other test runs).
    await page.getByTestId('bridges-keep').getByRole('radio', { name: '仅人物' }).click();
    await page.getByTestId('bridges-run').click();
    await bridgesShown(page);

    // Every bridge card offers it to a broker.
    const cards = await page.getByTestId('bridge-item').count();
    expect(cards).toBeGreaterThan(0);
    await until(() => page.getByTestId('record-intro-button').count()).toBe(cards);

    // The form for the top bridge is filled from it: its ends, and its people in order.
    const { bridges } = await api<{ bridges: { kind: string; intermediaries: { id: string; type: string; labels: string[] }[]; carriers: { id: string; type: string }[] }[] }>(
      `query($from: ID!, $to: ID!) { bridges(from: $from, to: $to, maxIntermediaries: 2, limit: 30, kinds: [PERSON]) { kind intermediaries { id type labels } carriers { id type } } }`,
      { from: FIRM, to: LAB },
    );
    const top = bridges[0]!;
    const people = top.intermediaries.filter((n) => n.type === 'Person').map((n) => n.id);
    const expectedIds = (people.length ? people : [...new Set(top.carriers.filter((n) => n.type === 'Person').map((n) => n.id))]).slice(0, 5);

    const card = page.locator('[data-testid=record-intro][data-rank="1"]');
    await card.getByTestId('record-intro-button').click();
    const form = card.getByTestId('record-intro-form');
    await form.waitFor();
    expect(await form.getByTestId('record-intro-firm').getAttribute('data-id')).toBe(FIRM);
    expect(await form.getByTestId('record-intro-lab').getAttribute('data-id')).toBe(LAB);
    if (expectedIds.length) expect(await form.getByTestId('record-intro-intermediaries').getAttribute('data-ids')).toBe(expectedIds.join(' '));
    // Another person joins the chain and is moved to the firm's end, with the keyboard.
    const extra = 'demo:person:gu-chen';
    expect(expectedIds).not.toContain(extra);
    await pick(page, 'record-intro-add-intermediary-search', '顾晨', extra);
    await until(() => form.getByTestId('record-intro-intermediaries').getAttribute('data-ids')).toBe([...expectedIds, extra].join(' '));
    for (let i = 0; i < expectedIds.length; i++) {
      await form.locator(`[data-testid=intermediary-up][data-id="${extra}"]`).focus();
      await page.keyboard.press('Enter');
    }
    expectedIds.unshift(extra);
    await until(() => form.getByTestId('record-intro-intermediaries').getAttribute('data-ids')).toBe(expectedIds.join(' '));
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(await form.getByTestId('record-intro-date').inputValue()).toBe(today);

    // The broker: a technology manager of the bridge when it has one, else 沈知远 picked here.
    const chip = form.locator('[data-testid=record-intro-broker-chip]');
    if (await chip.count()) brokerId = (await chip.getAttribute('data-id'))!;
    else {
      await pick(page, 'record-intro-broker-search', '沈知远', 'demo:person:shen-zhiyuan');
      brokerId = 'demo:person:shen-zhiyuan';
    }
    await form.getByTestId('record-intro-note').fill(note);
    await screenshot(page, '40-ledger-record-form');
    expect(await axe(page)).toEqual([]);
    await form.getByTestId('record-intro-save').click();

    const saved = card.getByTestId('record-intro-saved');
    await saved.waitFor();
    introId = (await saved.getAttribute('data-intro-id'))!;
    expect(introId).toBeTruthy();

    // The API keeps what the form sent.
    const { introduction } = await api<{ introduction: ApiIntro }>(INTRO, { id: introId });
    expect(introduction.from.id).toBe(FIRM);
    expect(introduction.to.id).toBe(LAB);
    expect(introduction.intermediaries.map((n) => n.id)).toEqual(expectedIds);
    expect(introduction.broker.id).toBe(brokerId);
    expect(introduction.date).toBe(today);
    expect(introduction.note).toBe(note);
    expect(introduction.outcomes).toEqual([]);
  });

  it('opens it in the ledger from the card, by keyboard, and adds an outcome (with field errors first)', async () => {
    // Focus moved to the link; Enter follows it.
    await until(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('record-intro-open');
    await page.keyboard.press('Enter');
    await until(() => page.getByTestId('app').getAttribute('data-view')).toBe('ledger');
    const url = new URL(page.url());
    expect(url.searchParams.get('intro')).toBe(introId);
    expect(url.searchParams.get('firm')).toBe(FIRM);
    expect(url.searchParams.get('lab')).toBe(LAB);

    const item = page.locator(`[data-testid=ledger-item][data-id="${introId}"]`);
    await item.waitFor();
    expect(await item.getAttribute('aria-current')).toBe('true');
    expect(await item.textContent()).toContain(note);
    expect(await item.getByTestId('outcome').count()).toBe(0);

    await item.getByTestId('outcome-add').click();
    const form = item.getByTestId('outcome-form');
    // A project outcome without its project is refused under the project field, and nothing is sent.
    await form.getByTestId('outcome-kind').selectOption('project');
    await form.getByTestId('outcome-save').click();
    await form.locator('[data-testid=outcome-project-field] [data-testid=field-error]').waitFor();
    expect((await api<{ introduction: ApiIntro }>(INTRO, { id: introId })).introduction.outcomes).toEqual([]);

    await form.getByTestId('outcome-kind').selectOption('meeting');
    await form.getByTestId('outcome-note').fill('双方在余杭见面');
    await form.getByTestId('outcome-save').click();
    await item.locator('[data-testid=outcome][data-kind=meeting]').waitFor();
    expect(await item.locator('[data-testid=outcome][data-kind=meeting]').textContent()).toContain('会面');

    const { introduction } = await api<{ introduction: ApiIntro }>(INTRO, { id: introId });
    expect(introduction.outcomes.map((o) => [o.kind, o.note])).toEqual([['meeting', '双方在余杭见面']]);
    await screenshot(page, '41-ledger-outcome');
  });

  it('lists the introduction with its outcome after a reload, with the filters and total the API gives', async () => {
    await page.reload();
    const item = page.locator(`[data-testid=ledger-item][data-id="${introId}"]`);
    await item.waitFor();
    expect(await item.locator('[data-testid=outcome]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['meeting']);
    const { introductions } = await api<{ introductions: { totalCount: number; items: { id: string }[] } }>(
      `query($firm: ID, $lab: ID) { introductions(firmId: $firm, labId: $lab, limit: 20) { totalCount items { id } } }`,
      { firm: FIRM, lab: LAB },
    );
    expect(await page.getByTestId('ledger-results').getAttribute('data-total')).toBe(String(introductions.totalCount));
    expect(await page.getByTestId('ledger-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(introductions.items.map((i) => i.id));
    // The canvas draws the page's chains and highlights this one.
    await until(async () => ((await page.getByTestId('canvas').getAttribute('data-node-ids')) ?? '').split(' ')).toEqual(expect.arrayContaining([FIRM, LAB, brokerId]));
    await screenshot(page, '42-ledger-list');
    expect(await axe(page)).toEqual([]);
  });

  it("opens the broker's track record with its quarterly chart and table", async () => {
    await page.locator(`[data-testid=ledger-item][data-id="${introId}"] [data-testid=ledger-broker-link]`).click();
    const track = page.getByTestId('track-page');
    await track.waitFor();
    expect(await track.getAttribute('data-id')).toBe(brokerId);
    expect(new URL(page.url()).searchParams.get('track')).toBe(brokerId);
    const { trackRecord } = await api<{ trackRecord: { introductions: number; byQuarter: { quarter: string; introductions: number; meetings: number }[] } }>(
      `query($id: ID!) { trackRecord(id: $id) { introductions byQuarter { quarter introductions meetings } } }`,
      { id: brokerId },
    );
    await until(() => track.getByTestId('track-introductions').textContent()).toBe(String(trackRecord.introductions));
    expect(trackRecord.introductions).toBeGreaterThanOrEqual(1);
    await track.getByTestId('track-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, '43-ledger-track-record');
    expect(await axe(page)).toEqual([]);
    await track.getByTestId('track-display').getByRole('radio', { name: '表格' }).click();
    const rows = track.getByTestId('track-row');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-quarter')))).toEqual(trackRecord.byQuarter.map((q) => q.quarter));
    await track.getByTestId('track-close').click();
    await until(() => page.getByTestId('track-page').count()).toBe(0);
  });

  it('shows a demo 安心宝 project with the amounts the API gives, reached from the details drawer', async () => {
    type Escrow = Record<'feeTotal' | 'depositDue' | 'deposited' | 'released' | 'balancePaid' | 'refunded', string> & { state: string; escrowPercent: number };
    type Pool = Record<'capital' | 'paidOut' | 'available', string> & { perProjectCap: string | null };
    type Chosen = { id: string; escrow: Escrow & { riskPool: Pool | null }; milestones: { state: string }[] };
    let chosen = null as Chosen | null;
    for (const id of ESCROW_PROJECTS) {
      const { project } = await api<{ project: Chosen | null }>(
        `query($id: ID!) { project(id: $id) { id milestones { state } escrow { state feeTotal escrowPercent depositDue deposited released balancePaid refunded riskPool { capital paidOut available perProjectCap } } } }`,
        { id },
      );
      if (project?.escrow) {
        chosen = project;
        break;
      }
    }
    expect(chosen, 'a demo project with an escrow account').not.toBeNull();
    const project = chosen!;

    // From the drawer of the Project node.
    await page.goto(`${base}/?lang=zh&v=explore&root=${encodeURIComponent(project.id)}&sel=${encodeURIComponent(project.id)}`);
    await page.getByTestId('details-project-page').click();
    const view = page.getByTestId('project-page');
    await view.waitFor();
    expect(await view.getAttribute('data-id')).toBe(project.id);
    await view.getByTestId('escrow').waitFor();

    const labels: Record<string, string> = { proposed: '待存入', deposited: '已存入', released: '已释放', refunded: '已退回' };
    expect(await view.getByTestId('escrow').getAttribute('data-state')).toBe(project.escrow.state);
    expect(await view.getByTestId('escrow-state').textContent()).toBe(labels[project.escrow.state]);
    expect(await view.getByTestId('escrow-percent').textContent()).toBe(`${project.escrow.escrowPercent}%`);
    for (const k of ['feeTotal', 'depositDue', 'deposited', 'released', 'balancePaid', 'refunded'] as const) {
      const cell = view.getByTestId(`escrow-${k}`);
      expect(await cell.getAttribute('data-fen'), k).toBe(project.escrow[k]);
      expect(await cell.textContent(), k).toContain(yuan(project.escrow[k]));
    }
    const pool = project.escrow.riskPool;
    if (pool) {
      for (const k of ['capital', 'paidOut', 'available'] as const) {
        expect(await view.getByTestId(`pool-${k}`).getAttribute('data-fen'), k).toBe(pool[k]);
        expect(await view.getByTestId(`pool-${k}`).textContent(), k).toContain(yuan(pool[k]));
      }
    }
    expect(await view.getByTestId('milestone').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(project.milestones.map((m) => m.state));
    await screenshot(page, '44-ledger-project-zh');
    expect(await axe(page)).toEqual([]);

    // The same page in English keeps the figures.
    await page.goto(`${base}/?lang=en&v=ledger&project=${encodeURIComponent(project.id)}`);
    await page.getByTestId('escrow-feeTotal').waitFor();
    expect(await page.getByTestId('escrow-feeTotal').textContent()).toContain(yuan(project.escrow.feeTotal));
    await screenshot(page, '45-ledger-project-en');
  });

  it('shows a viewer no record controls, the ledger as closed to them, and a project without its buttons', async () => {
    const viewer = await browser.newContext(contextOptions);
    try {
      const p = await newPage(viewer);
      await p.goto(`${base}/?lang=zh&v=bridges&from=${encodeURIComponent(FIRM)}&to=${encodeURIComponent(LAB)}&keep=people&pick=0`);
      await bridgesShown(p);
      expect(await p.getByTestId('bridge-item').count()).toBeGreaterThan(0);
      expect(await p.getByTestId('record-intro-button').count()).toBe(0);
      expect(await p.getByTestId('record-intro').count()).toBe(0);

      await p.getByTestId('tab-ledger').click();
      await p.getByTestId('ledger-forbidden').waitFor();
      expect(await p.getByTestId('ledger-item').count()).toBe(0);
      expect(await p.getByTestId('outcome-add').count()).toBe(0);

      await p.goto(`${base}/?lang=zh&v=ledger&project=${encodeURIComponent(ESCROW_PROJECTS[0]!)}`);
      await p.getByTestId('project-page').waitFor();
      await p.getByTestId('escrow').waitFor();
      expect(await p.getByTestId('escrow-deposit').count()).toBe(0);
      expect(await p.getByTestId('milestone-complete').count()).toBe(0);
      expect(await p.getByTestId('milestone-fail').count()).toBe(0);
      await screenshot(p, '46-ledger-viewer');
    } finally {
      await viewer.close();
    }
  });
});
