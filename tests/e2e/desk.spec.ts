// The demand desk in a real Chromium against the product as `npm start` runs it, on the demo data: a broker posts
// an order through the app's form, shortlists two talents from the ranked list, reorders them with the keyboard,
// answers, and records the firm accepting one; the queue then shows the order answered within 48 hours and the
// 48-hour record counts it (against the figures read before). A refused answer is explained next to its button; a
// visitor sees the queue and the record but no shortlist controls and no proposed names; the pool page admits a
// person with a score per dimension. Screenshots go to tests/e2e/screenshots/ (prefix 4x-desk).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const AXE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIRM = 'demo:enterprise:wuxing-aluminium';
const HANGZHOU = 'demo:region:hangzhou';
const CITY_POOL = 'demo:pool:lishui';
const QINGTIAN_POOL = 'demo:pool:lishui-qingtian';
const NEWCOMER = 'demo:person:lin-ruoxi';

const base = inject('baseUrl');
const brokerToken = inject('brokerToken');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let profile: string;

interface Figures {
  posted: number;
  answered: number;
  answeredInTime: number;
  accepted: number;
}

/** What the test remembers between steps. */
const run: { demandId: string; before: Figures | null; firstTwo: string[] } = { demandId: '', before: null, firstTwo: [] };

async function screenshot(name: string): Promise<void> {
  await page.waitForTimeout(300); // charts and badges settle
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** A GraphQL answer read directly, as a broker or as a visitor. */
async function api<T>(query: string, variables: Record<string, unknown>, token: string | null = brokerToken): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql?lang=zh`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const FIGURES = `query { deskStats { total { posted answered answeredInTime accepted } } }`;
const DEMAND = `query($id: ID!) { demand(id: $id) { status answeredInTime acceptedCount version shortlist { person { id } rank response } } }`;

const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 150 });

/** WCAG 2.1 A/AA violations (axe-core) inside the desk's main area, as "rule: target" lines. */
async function axeViolations(p: Page = page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  return p.evaluate(async () => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run({ include: [['[data-testid=desk-workspace]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

async function pick(testId: string, text: string, id: string): Promise<void> {
  const box = page.getByTestId(testId);
  await box.getByTestId(`${testId}-input`).fill(text);
  const option = box.locator(`[data-testid=suggestion][data-id="${id}"]`);
  await option.waitFor();
  await option.click();
}

const figure = async (name: string) => Number(await page.getByTestId(`desk-fig-${name}`).getAttribute('data-value'));
const candidates = () => page.locator('[data-testid=shortlist] [data-testid=candidate]');
const candidateIds = () => candidates().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (/^(4\d-desk-|failed-desk-).*\.png$/.test(f)) fs.rmSync(path.join(SHOTS, f));
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-desk-'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail' || !page) return;
  const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 40);
  await page.screenshot({ path: path.join(SHOTS, `failed-desk-${name}.png`) }).catch(() => {});
  const text = await page.evaluate(() => document.body.innerText.slice(0, 2000)).catch(() => '');
  process.stderr.write(`page at failure (${page.url()}):\n${text}\n`);
});

afterAll(async () => {
  await browser?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

describe('the demand desk in Chromium', () => {
  it('shows the 48-hour record to a broker with the same figures as the API', async () => {
    await page.goto(`${base}/?lang=zh&v=explore`);
    await page.getByTestId('token-button').click();
    await page.getByTestId('token-input').fill(brokerToken);
    await page.getByTestId('token-save').click();
    await until(() => page.getByTestId('token-button').getAttribute('data-role')).toBe('broker');

    await page.getByTestId('tab-desk').click();
    await page.getByTestId('desk-section-stats').click();
    await page.getByTestId('desk-figures').waitFor();
    const { deskStats } = await api<{ deskStats: { total: Figures } }>(FIGURES, {});
    run.before = deskStats.total;
    expect(await figure('posted')).toBe(deskStats.total.posted);
    expect(await figure('in-time')).toBe(deskStats.total.answeredInTime);
    expect(page.url()).toContain('sec=stats');
  });

  it('posts an order through the form and finds it in the queue, counting down from 48 hours', async () => {
    await page.getByTestId('tab-recommend').click();
    await page.getByTestId('recommend-mode-talents').click();
    await pick('demand-enterprise-search', '五星', FIRM);
    await pick('demand-tech-search', '新能源', 'demo:tech:new-energy-materials');
    await pick('demand-region-search', '杭州', HANGZHOU);
    await page.getByTestId('demand-description').fill('派单台测试：寻找新能源材料方向的工艺工程师');
    await page.getByTestId('demand-submit').click();
    await page.getByTestId('demand-card').waitFor();
    run.demandId = (await page.getByTestId('demand-card').getAttribute('data-id'))!;
    expect(run.demandId).toBeTruthy();

    await page.getByTestId('tab-desk').click();
    await page.getByTestId('desk-section-queue').click();
    // The overdue filter: open orders past their due time only, so not this fresh one.
    await page.getByTestId('desk-status-filter').selectOption('overdue');
    await until(() => page.url()).toContain('status=overdue');
    await until(async () => {
      const clocks = await page.locator('[data-testid=desk-item] [data-testid=desk-clock]').evaluateAll((els) => els.map((e) => e.getAttribute('data-deadline')));
      return clocks.length > 0 && clocks.every((c) => c === 'overdue');
    }).toBe(true);
    expect(await page.locator(`[data-testid=desk-item][data-id="${run.demandId}"]`).count()).toBe(0);

    await page.getByTestId('desk-status-filter').selectOption('open');
    const item = page.locator(`[data-testid=desk-item][data-id="${run.demandId}"]`);
    await item.waitFor();
    expect(await item.getByTestId('desk-clock').getAttribute('data-deadline')).toBe('due');
    expect(await item.getByTestId('desk-clock').textContent()).toMatch(/^剩余 (47小时|48小时|1天23小时|2天0小时)/);
    // Soonest due first: every open order above it is due no later.
    const dues = await page.locator('[data-testid=desk-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const { demandDesk } = await api<{ demandDesk: { items: { id: string; responseDue: string }[] } }>(
      `query { demandDesk(status: [open], limit: 200) { items { id responseDue } } }`,
      {},
    );
    expect(dues).toEqual(demandDesk.items.map((i) => i.id).slice(0, dues.length));
    await item.click();
    await page.getByTestId('desk-demand').waitFor();
    expect(page.url()).toContain(`dem=${encodeURIComponent(run.demandId)}`);
    await screenshot('40-desk-queue');
  });

  it('shortlists two talents from the ranked list and reorders them with the keyboard', async () => {
    const ranked = page.getByTestId('desk-ranked-item');
    await ranked.first().waitFor();
    expect(await ranked.count()).toBeGreaterThanOrEqual(2);
    expect(await ranked.first().locator('[data-testid=reasons] li').count()).toBeGreaterThan(0);
    run.firstTwo = (await ranked.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))).slice(0, 2);

    for (const [i, id] of run.firstTwo.entries()) {
      const add = page.locator(`[data-testid=desk-ranked-item][data-id="${id}"] [data-testid=desk-add]`);
      await add.click();
      await until(() => candidates().count()).toBe(i + 1);
      expect(await add.isDisabled()).toBe(true);
    }
    expect(await candidateIds()).toEqual(run.firstTwo);

    // Keyboard: focus the first candidate's "down" button and press Enter; focus stays with the moved candidate.
    const down = page.locator(`[data-testid=candidate][data-id="${run.firstTwo[0]}"] [data-testid=candidate-down]`);
    await down.focus();
    await page.keyboard.press('Enter');
    await until(() => candidateIds()).toEqual([run.firstTwo[1], run.firstTwo[0]]);
    await until(() => page.evaluate(() => document.activeElement?.closest('[data-testid=candidate]')?.getAttribute('data-id'))).toBe(run.firstTwo[0]);

    const { demand } = await api<{ demand: { shortlist: { person: { id: string }; rank: number }[] } }>(DEMAND, { id: run.demandId });
    expect(demand.shortlist.map((c) => [c.person.id, c.rank])).toEqual([
      [run.firstTwo[1], 1],
      [run.firstTwo[0], 2],
    ]);
  });

  it('answers the firm, and the desk shows the order answered within 48 hours', async () => {
    await page.getByTestId('desk-answer-text').fill('推荐以下两位，可本周面谈。');
    await page.getByTestId('desk-answer-send').click();
    await until(() => page.getByTestId('desk-demand').getAttribute('data-status')).toBe('answered');
    const clock = page.getByTestId('desk-demand').getByTestId('desk-clock').first();
    expect(await clock.getAttribute('data-deadline')).toBe('onTime');
    expect(await clock.textContent()).toContain('48 小时内答复');
    expect(await page.getByTestId('desk-answer-message').textContent()).toContain('推荐以下两位');

    await page.getByTestId('desk-status-filter').selectOption('');
    const item = page.locator(`[data-testid=desk-item][data-id="${run.demandId}"]`);
    await until(() => item.getAttribute('data-status')).toBe('answered');
    expect(await item.getByTestId('desk-clock').getAttribute('data-deadline')).toBe('onTime');
    expect(await item.getByTestId('desk-item-shortlist').getAttribute('data-n')).toBe('2');
  });

  it('records the firm accepting one candidate', async () => {
    const chosen = run.firstTwo[0]!;
    const row = page.locator(`[data-testid=candidate][data-id="${chosen}"]`);
    await row.getByTestId('candidate-note').fill('企业约定下周到岗');
    await row.getByTestId('candidate-accept').click();
    await until(() => row.getAttribute('data-response')).toBe('accepted');
    await until(() => page.getByTestId('desk-demand').getAttribute('data-status')).toBe('accepted');
    expect(await row.getByTestId('candidate-response').textContent()).toContain('企业约定下周到岗');
    // The other candidate can still get a response; the timeline and the audited changes list what was done.
    expect(await page.locator(`[data-testid=candidate][data-id="${run.firstTwo[1]}"] [data-testid=candidate-decline]`).count()).toBe(1);
    const ops = await page.locator('[data-testid=desk-history] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-operation')));
    expect(ops).toEqual(expect.arrayContaining(['proposeCandidates', 'reorderShortlist', 'answerDemand', 'recordFirmResponse']));

    const { demand } = await api<{ demand: { status: string; answeredInTime: boolean; acceptedCount: number; shortlist: { person: { id: string }; response: string | null }[] } }>(DEMAND, { id: run.demandId });
    expect(demand.status).toBe('accepted');
    expect(demand.answeredInTime).toBe(true);
    expect(demand.acceptedCount).toBe(1);
    expect(demand.shortlist.find((c) => c.person.id === chosen)?.response).toBe('accepted');
    await screenshot('41-desk-demand');
    expect(await axeViolations()).toEqual([]);
  });

  it('counts the order in the 48-hour record', async () => {
    await page.getByTestId('desk-section-stats').click();
    await page.getByTestId('desk-figures').waitFor();
    const before = run.before!;
    await until(() => figure('posted')).toBe(before.posted + 1);
    expect(await figure('answered')).toBe(before.answered + 1);
    expect(await figure('in-time')).toBe(before.answeredInTime + 1);
    // The month table holds this month's row with at least this order answered in time.
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    const monthRow = page.locator(`[data-testid=desk-chart-month-table] tr[data-key="${month}"]`);
    expect(Number(await monthRow.locator('[data-col=inTime]').textContent())).toBeGreaterThanOrEqual(1);
    // Charts are drawn by the charting library, with the table beside each.
    expect(await page.locator('[data-testid=desk-chart-month] .recharts-wrapper').count()).toBe(1);
    expect(await page.locator('[data-testid=desk-chart-county] table').count()).toBe(1);
    await screenshot('42-desk-stats');
    expect(await axeViolations()).toEqual([]);
  });

  it('puts a refused answer into words next to the button and refreshes the demand', async () => {
    const posted = await api<{ postDemand: { demand: { id: string } } }>(
      `mutation($e: ID!, $t: [ID!]!, $r: ID!) { postDemand(enterpriseId: $e, techAreas: $t, regionId: $r, description: "派单台并发测试") { demand { id } } }`,
      { e: FIRM, t: ['demo:tech:new-energy-materials'], r: HANGZHOU },
    );
    const id = posted.postDemand.demand.id;
    await page.getByTestId('desk-section-queue').click();
    await page.goto(`${base}/?lang=zh&v=desk&dem=${encodeURIComponent(id)}`);
    const add = page.locator('[data-testid=desk-ranked-item] [data-testid=desk-add]').first();
    await add.click();
    await until(() => candidates().count()).toBe(1);
    // Another broker answers first, through the API.
    const { demand } = await api<{ demand: { version: number } }>(DEMAND, { id });
    await api(`mutation($id: ID!, $v: Int) { answerDemand(demandId: $id, message: "另一位经纪人", expectedVersion: $v) { status } }`, { id, v: demand.version });
    await page.getByTestId('desk-answer-send').click();
    const error = page.getByTestId('desk-answer-error');
    await error.waitFor();
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(await error.getAttribute('data-code'));
    expect(await error.textContent()).toMatch(/没有做任何更改/);
    await until(() => page.getByTestId('desk-demand').getAttribute('data-status')).toBe('answered');
    expect(await page.getByTestId('desk-answer-send').count()).toBe(0);
  });

  it('shows a visitor the queue and the record but no shortlist controls and no proposed names', async () => {
    const visitor = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const v = await visitor.newPage();
    try {
      await v.goto(`${base}/?lang=zh&v=desk&dem=${encodeURIComponent(run.demandId)}`);
      await v.locator(`[data-testid=desk-item][data-id="${run.demandId}"]`).waitFor();
      await v.getByTestId('desk-demand').waitFor();
      expect(await v.getByTestId('desk-demand-viewer').textContent()).toContain('候选 2 人');
      for (const control of ['desk-add', 'candidate-up', 'candidate-down', 'candidate-remove', 'candidate-accept', 'desk-answer-send', 'desk-withdraw', 'shortlist']) {
        expect(await v.getByTestId(control).count(), control).toBe(0);
      }
      type Named = { name: string; nameZh: string | null };
      const proposed = await api<{ a: Named; b: Named }>(`query($a: ID!, $b: ID!) { a: node(id: $a) { name nameZh } b: node(id: $b) { name nameZh } }`, {
        a: run.firstTwo[0],
        b: run.firstTwo[1],
      });
      const names = [proposed.a, proposed.b];
      const text = await v.getByTestId('desk-workspace').innerText();
      for (const n of names) expect(text).not.toContain(n.nameZh ?? n.name);
      await v.getByTestId('desk-section-stats').click();
      await v.getByTestId('desk-figures').waitFor();
      await v.screenshot({ path: path.join(SHOTS, '43-desk-visitor.png') });

      // The pool page lists members for a visitor, without scores, score filters, removal or the admission form.
      await v.goto(`${base}/?lang=zh&v=desk&sec=pool&pool=${encodeURIComponent(CITY_POOL)}`);
      await v.getByTestId('desk-pool-member').first().waitFor();
      for (const control of ['desk-admit', 'desk-pool-leave', 'desk-pool-min']) expect(await v.getByTestId(control).count(), control).toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it('admits a person to a county sub-pool with a score per dimension and lists them in the city pool', async () => {
    await page.goto(`${base}/?lang=zh&v=desk&sec=pool&pool=${encodeURIComponent(QINGTIAN_POOL)}`);
    await page.getByTestId('desk-admit').waitFor();
    const scores = page.getByTestId('desk-admit-score');
    const dims = await scores.evaluateAll((els) => els.map((e) => e.getAttribute('data-dimension')!));
    const { node } = await api<{ node: { properties: { dimensions?: string[] } } }>(`query($id: ID!) { node(id: $id) { properties } }`, { id: QINGTIAN_POOL });
    const cityDims = (await api<{ node: { properties: { dimensions?: string[] } } }>(`query($id: ID!) { node(id: $id) { properties } }`, { id: CITY_POOL })).node.properties.dimensions ?? [];
    expect(dims).toEqual(node.properties.dimensions ?? cityDims);
    expect(dims.length).toBeGreaterThan(0);

    // Missing person and an out-of-range score: each field says what is wrong, nothing is sent.
    await scores.first().fill('120');
    await page.getByTestId('desk-admit-submit').click();
    const errors = page.getByTestId('desk-admit-error');
    await errors.first().waitFor();
    const fields = await errors.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(fields).toContain('person');
    expect(fields).toContain(`score:${dims[0]}`);

    await pick('desk-admit-person-search', '林若溪', NEWCOMER);
    for (const [i, d] of dims.entries()) await page.locator(`[data-testid=desk-admit-score][data-dimension="${d}"]`).fill(String(70 + i));
    await page.getByTestId('desk-admit-tags').fill('派单台测试，人工智能');
    const members = `query($p: ID!) { poolMembers(poolId: $p, limit: 200) { items { person { id } pool { id } scores { dimension score } tags } } }`;
    type Members = { poolMembers: { items: { person: { id: string }; pool: { id: string }; scores: { dimension: string; score: number }[]; tags: string[] }[] } };
    expect((await api<Members>(members, { p: QINGTIAN_POOL })).poolMembers.items.some((m) => m.person.id === NEWCOMER)).toBe(false);
    await page.getByTestId('desk-admit-submit').click();
    // The form empties for the next person once the admission is stored.
    await page.getByTestId('desk-admit-person-search').waitFor();
    expect(await page.getByTestId('desk-admit-error').count()).toBe(0);
    await page.locator(`[data-testid=desk-pool-member][data-id="${NEWCOMER}"]`).waitFor();
    const admitted = (await api<Members>(members, { p: QINGTIAN_POOL })).poolMembers.items.find((m) => m.person.id === NEWCOMER);
    expect(Object.fromEntries((admitted?.scores ?? []).map((x) => [x.dimension, x.score]))).toEqual(Object.fromEntries(dims.map((d, i) => [d, 70 + i])));
    expect(admitted?.tags).toEqual(['派单台测试', '人工智能']);

    // In the city pool, filtered by the new tag, with the sub-pool they came from.
    await page.getByTestId('desk-pool-pick-chip').locator('button').click();
    await pick('desk-pool-pick-search', '丽水', CITY_POOL);
    await page.getByTestId('desk-pool-tags').fill('派单台测试');
    await page.getByTestId('desk-pool-apply').click();
    await until(() => page.getByTestId('desk-pool-member').count()).toBe(1);
    expect(await page.getByTestId('desk-pool-member').getAttribute('data-pool')).toBe(QINGTIAN_POOL);
    expect(page.url()).toContain('tag=');
    await screenshot('44-desk-pool');
    expect(await axeViolations()).toEqual([]);
  });
});
