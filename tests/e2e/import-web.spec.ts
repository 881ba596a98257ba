// Import in the web app, in Chromium against the product: an admin uploads a small CSV with one bad row and the
// check's table shows it as file:line:column (nothing written); after uploading the corrected file the check passes,
// the commit runs and its summary shows, in this tab and in a second one that only opened the view; the rows are
// then in the graph (asked through the API). A viewer and a broker see no import control, and the API refuses
// them. The imported people stay in the e2e store (there is no node deletion in the API); their ids are this
// spec's own (E2EImport:...), so no other spec's answers include them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../support/browser.js';

const base = inject('baseUrl');
const adminToken = inject('adminToken');
const brokerToken = inject('brokerToken');
let browser: Browser;
let page: Page;
const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

const FILE = 'people-e2e.csv';
const ROWS = ['1,Person,Import Probe One,1981-01-11,true', '2,Person,Import Probe Two,1982-02-12,true', '3,Person,Import Probe Three,1983-03-13,true', '4,Person,Import Probe Four,1984-04-14,true'];
const HEADER = 'id:ID(E2EImport),:LABEL,name,birthday:date,consent:boolean';
/** Row 3 has a birthday without dashes: line 4 (the header is line 1), column 4 (birthday). */
const BAD = [HEADER, ...ROWS.map((r, i) => (i === 2 ? r.replace('1983-03-13', '19830313') : r)), ''].join('\n');
const GOOD = [HEADER, ...ROWS, ''].join('\n');

const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 90_000, interval: 300 });

async function call(query: string, variables: Record<string, unknown>, token: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql?lang=en`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

async function signIn(p: Page, token: string, role: string): Promise<void> {
  await p.getByTestId('token-button').click();
  await p.getByTestId('token-input').fill(token);
  await p.getByTestId('token-save').click();
  await until(() => p.getByTestId('token-button').getAttribute('data-role')).toBe(role);
}

async function checkFile(p: Page, text: string): Promise<void> {
  await p.getByTestId('import-files').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await p.getByTestId('import-check').click();
}

beforeAll(async () => {
  expect(adminToken, 'the product needs an admin token (tests/setup/product.ts)').not.toBe('');
  browser = await openBrowser({ locale: 'en-GB' });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

describe('import in the web app', () => {
  it('an admin checks a CSV with a bad row (shown as file:line:column), uploads the fix, commits and sees the summary in two tabs', async () => {
    const before = await call('query($id: ID!) { node(id: $id) { id } }', { id: 'E2EImport:1' }, adminToken);
    expect(before.data?.node ?? null).toBeNull();
    await page.goto(`${base}/?lang=en&v=import`);
    await signIn(page, adminToken, 'admin');
    await page.locator('[data-testid=import-workspace][data-admin=true]').waitFor();

    await checkFile(page, BAD);
    const badCheck = page.locator('[data-testid=import-job][data-kind=CHECK][data-status=BAD_ROWS]');
    await badCheck.waitFor({ timeout: 90_000 });
    const problems = badCheck.getByTestId('import-problem');
    await until(() => problems.count()).toBe(1);
    expect(await problems.first().locator('th').innerText()).toBe(`${FILE}:4:4`);
    expect(await problems.first().locator('td').innerText()).toContain('19830313');
    expect(await badCheck.getByTestId('import-commit').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, '60-import-bad-row.png') });
    expect((await call('query($id: ID!) { node(id: $id) { id } }', { id: 'E2EImport:1' }, adminToken)).data?.node ?? null).toBeNull();

    await checkFile(page, GOOD);
    const goodCheck = page.locator('[data-testid=import-job][data-kind=CHECK][data-status=OK]');
    await goodCheck.waitFor({ timeout: 90_000 });
    expect(await goodCheck.getByTestId('import-checked').innerText()).toContain('4 new nodes');
    await goodCheck.getByTestId('import-commit').click();

    // A second tab that only opens the view follows the same job.
    const second = await browser.context.newPage();
    await second.goto(`${base}/?lang=en&v=import`);
    for (const p of [page, second]) {
      const done = p.locator('[data-testid=import-job][data-kind=COMMIT][data-status=OK]');
      await done.waitFor({ timeout: 90_000 });
      expect(await done.getByTestId('import-summary').innerText()).toMatch(/Wrote 4 nodes and 0 relationships/);
    }
    await page.screenshot({ path: path.join(SHOTS, '61-import-committed.png') });
    await second.close();
    const after = await call('query($id: ID!) { node(id: $id) { id properties } }', { id: 'E2EImport:3' }, adminToken);
    expect(after.data?.node?.properties).toMatchObject({ name: 'Import Probe Three', birthday: '1983-03-13' });
  });

  it('viewers and brokers see no import control, and the API refuses them', async () => {
    for (const [token, role] of [
      [null, 'viewer'],
      [brokerToken, 'broker'],
    ] as const) {
      await page.evaluate(() => window.localStorage.clear());
      await page.goto(`${base}/?lang=en`);
      if (token) await signIn(page, token, role);
      else await until(() => page.getByTestId('token-button').getAttribute('data-role')).toBe('viewer');
      expect(await page.getByTestId('tab-import').count()).toBe(0);
      await page.goto(`${base}/?lang=en&v=import`);
      await page.getByTestId('import-admins-only').waitFor();
      expect(await page.getByTestId('import-files').count()).toBe(0);
      expect(await page.getByTestId('import-commit').count()).toBe(0);

      const refused = await call('mutation { checkImport(uploads: ["00000000-0000-4000-8000-000000000000"]) { id } }', {}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const upload = await fetch(`${base}/import/uploads?name=x.csv`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: GOOD });
      expect(upload.status).toBe(403);
    }
  });
});
