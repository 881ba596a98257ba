// Import in the web app, in Chromium against the product: an admin uploads a small CSV with one bad row and the
// check's table shows it as file:line:column (nothing written); after uploading the corrected file the check passes,
// the commit runs and its summary shows, in this tab and in a second one that only opened the view; the rows are
// then in the graph (asked through the API). A viewer and a broker see no import control, and the API refuses
// them. The example member workbook (seed/spreadsheets/talent-pool/members.xlsx) is imported with no mapping file:
// the view suggests and preselects the shipped member-list mapping, says why it fits (axe finds nothing wrong with
// the form then), and the commit writes one person per row of the sheet (read here); a tab in Chinese then reads
// that import in Chinese (the mapping's catalogue name, the legend's words for what was counted). A damaged workbook
// beside a good CSV is named as unreadable in both languages and the check that would read it is not offered.
// The spec runs against a product of its own (fresh store, demo data, its own tokens), stopped after it: the
// workbook's people work at demo firms and labs and join a demo pool, which would change the other specs' answers
// (neighbourhoods, pool members, bridges), and the API has no way to delete a node, so nothing could be undone in
// the shared store.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/a11y.js';
import { openBrowser, type Browser } from '../support/browser.js';
import { startProduct, type StartedProduct } from '../setup/product.js';

let product: StartedProduct;
let base: string;
let adminToken: string;
let brokerToken: string;
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
/** A count of zero spoken in a sentence ("0 relationships"), which the view leaves out. */
const ZERO_COUNT = /(^|[^\d.,])0 /;

/** The data-job of the import job panel that holds the focus, if one does. */
const focusedJob = (p: Page) => p.evaluate(() => document.activeElement?.closest('[data-testid=import-job]')?.getAttribute('data-job') ?? null);

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
  product = await startProduct();
  ({ baseUrl: base, adminToken, brokerToken } = product);
  browser = await openBrowser({ locale: 'en-GB' });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('import in the web app', () => {
  it('an admin checks a CSV with a bad row (shown as file:line:column), uploads the fix, commits and sees the summary in two tabs', async () => {
    const before = await call('query($id: ID!) { node(id: $id) { id } }', { id: 'E2EImport:1' }, adminToken);
    expect(before.data?.node ?? null).toBeNull();
    await page.goto(`${base}/?lang=en&v=import`);
    await signIn(page, adminToken, 'admin');
    await page.locator('[data-testid=import-workspace][data-admin=true]').waitFor();

    // A file the importer does not read, chosen while the one before is still uploading: the form says what is wrong
    // and is ready again (the superseded upload used to leave its line up and the button disabled for good).
    await page.getByTestId('import-files').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await page.getByTestId('import-files').setInputFiles({ name: 'people.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    expect(await page.getByTestId('import-form-error').innerText()).toContain('people.pdf');
    await until(() => page.getByTestId('import-check').isEnabled()).toBe(true);
    expect(await page.getByTestId('import-busy').count()).toBe(0);

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

    await page.getByTestId('import-files').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    // A neo4j-admin CSV needs no mapping: the view says it is read as it is (it used to say it would be ignored).
    await until(() => page.getByTestId('import-fit').innerText()).toBe(`${FILE}: read as it is, without a mapping (CSV with neo4j-admin headers, JSON lines)`);
    await page.getByTestId('import-check').click();
    const goodCheck = page.locator('[data-testid=import-job][data-kind=CHECK][data-status=OK]');
    await goodCheck.waitFor({ timeout: 90_000 });
    const n = ROWS.length;
    expect(await goodCheck.getByTestId('import-checked').innerText()).toBe(`Check passed: ${n} rows in 1 file; ${n} new nodes.`);
    expect(await goodCheck.getByTestId('import-checked-stored').count()).toBe(0);
    expect(await page.getByTestId('import-busy').count()).toBe(0);
    // The check button was disabled while the check started: the focus went to the new job, not to the page's start.
    expect(await focusedJob(page)).toBe(await goodCheck.getAttribute('data-job'));
    await goodCheck.getByTestId('import-commit').click();

    // A second tab that only opens the view follows the same job; it reads Chinese.
    const second = await browser.context.newPage();
    await second.goto(`${base}/?lang=zh&v=import`);
    for (const [p, written] of [
      [page, `Wrote ${n} nodes from ${n} rows in `],
      [second, `写入 ${n} 个节点，共 ${n} 行，用时 `],
    ] as const) {
      const done = p.locator('[data-testid=import-job][data-kind=COMMIT][data-status=OK]');
      await done.waitFor({ timeout: 90_000 });
      const summary = await done.getByTestId('import-summary').innerText();
      expect(summary).toContain(written);
      expect(summary).not.toMatch(ZERO_COUNT);
    }
    expect(await focusedJob(page)).toBe(await page.locator('[data-testid=import-job][data-kind=COMMIT]').getAttribute('data-job'));
    await page.screenshot({ path: path.join(SHOTS, '61-import-committed.png') });
    await second.close();
    const after = await call('query($id: ID!) { node(id: $id) { id properties } }', { id: 'E2EImport:3' }, adminToken);
    expect(after.data?.node?.properties).toMatchObject({ name: 'Import Probe Three', birthday: '1983-03-13' });

    // Checked again, every person is stored with the same values: no new node, nothing to fill or keep is spoken of.
    await checkFile(page, GOOD);
    const again = page.locator('[data-testid=import-job][data-kind=CHECK][data-status=OK]');
    await until(() => again.getByTestId('import-checked').innerText()).toBe(`Check passed: ${n} rows in 1 file; ${n} already stored.`);
    expect(await again.getByTestId('import-checked-stored').count()).toBe(0);
  });

  it('an admin imports the example member workbook with the shipped mapping the view suggests, without a mapping file', async () => {
    const workbook = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed', 'spreadsheets', 'talent-pool', 'members.xlsx');
    // The sheet's people, read here: rows below the header row (the one holding 姓名) with a name.
    const wb = XLSX.read(fs.readFileSync(workbook), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true, defval: '' });
    const headerAt = rows.findIndex((r) => r.map(String).includes('姓名'));
    const names = rows.slice(headerAt + 1).map((r) => String(r[rows[headerAt]!.map(String).indexOf('姓名')] ?? '').trim()).filter(Boolean);
    expect(names.length).toBeGreaterThan(2);

    await page.goto(`${base}/?lang=en&v=import`);
    await page.locator('[data-testid=import-workspace][data-admin=true]').waitFor();
    await page.getByTestId('import-files').setInputFiles(workbook);
    const select = page.getByTestId('import-mapping-choice');
    await until(() => select.inputValue()).toBe('shipped:talent-pool-members');
    expect(await select.locator('option:checked').innerText()).toBe('Shipped: Talent pool member list (suggested)');
    const why = page.getByTestId('import-fit');
    expect(await why.innerText()).toMatch(new RegExp(`members\\.xlsx \\(sheet .+, header in row ${headerAt + 1}\\): 姓名.*found`));
    expect(await page.getByLabel('Mapping (how the files\' columns land on the model)').count()).toBe(1);
    expect(await page.getByTestId('import-mapping').count()).toBe(0);
    expect(await axeViolations(page, 'import with a suggested mapping')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, '62-import-suggested-mapping.png') });

    await page.getByTestId('import-check').click();
    const check = page.locator('[data-testid=import-job][data-kind=CHECK]').filter({ hasText: 'members.xlsx, shipped mapping “Talent pool member list”' });
    await until(() => check.getAttribute('data-status')).toBe('OK');
    expect(await check.getByTestId('import-checked').innerText()).toMatch(new RegExp(`^Check passed: ${names.length} rows in 1 file; `));
    for (const sentence of await check.locator('[data-testid=import-checked], [data-testid=import-checked-stored]').allInnerTexts()) expect(sentence).not.toMatch(ZERO_COUNT);
    await check.getByTestId('import-commit').click();
    const done = page.locator('[data-testid=import-job][data-kind=COMMIT][data-status=OK]').filter({ hasText: 'members.xlsx' });
    await done.waitFor({ timeout: 90_000 });
    expect(await done.getByTestId('import-summary').innerText()).toContain(`Person: ${names.length}`);
    for (const name of names) {
      const hits = await call('query($text: String!) { search(text: $text, types: [Person]) { node { id properties } } }', { text: name }, adminToken);
      expect(hits.data?.search.map((h: any) => h.node.properties.nameZh), name).toContain(name);
    }

    // A tab in Chinese reads Chinese all the way: the job's files and mapping (the catalogue's name, not the
    // server's `shipped: <id>`), the counts under the legend's words, the suggested mapping and its description.
    const zhTab = await browser.context.newPage();
    await zhTab.goto(`${base}/?lang=zh&v=import`);
    const zhDone = zhTab.locator('[data-testid=import-job][data-kind=COMMIT][data-status=OK]').filter({ hasText: 'members.xlsx' });
    await zhDone.waitFor({ timeout: 90_000 });
    // The job's own heading (its summary has an h3 of its own).
    expect(await zhDone.locator('h3').first().innerText()).toBe('写入：members.xlsx，内置映射“人才库成员名单”');
    const zhSummary = await zhDone.getByTestId('import-summary').innerText();
    expect(zhSummary).toContain(`人才：${names.length}`);
    expect(zhSummary).not.toMatch(/\b(Person|WORKS_AT|MEMBER_OF)\b/);
    await zhTab.getByTestId('import-files').setInputFiles(workbook);
    await until(() => zhTab.getByTestId('import-mapping-choice').inputValue()).toBe('shipped:talent-pool-members');
    expect(await zhTab.getByTestId('import-mapping-choice').locator('option:checked').innerText()).toBe('内置：人才库成员名单（推荐）');
    expect(await zhTab.getByTestId('import-mapping-description').innerText()).toMatch(/^人才库的成员名单/);
    expect(await zhTab.getByTestId('import-fit').innerText()).toMatch(new RegExp(`members\\.xlsx（工作表 .+、表头在第 ${headerAt + 1} 行.*）：找到 姓名`));
    await zhTab.close();
  });

  it('a workbook that is no workbook, beside a good CSV, is named as unreadable and the check that would read it is not started', async () => {
    // Bytes that open like a zip (as an .xlsx does) and are not one: no way of reading opens the file.
    const damaged = { name: 'members-damaged.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\x03\x04not a workbook', 'latin1') };
    const csv = { name: FILE, mimeType: 'text/csv', buffer: Buffer.from(GOOD) };
    await page.goto(`${base}/?lang=en&v=import`);
    await page.locator('[data-testid=import-workspace][data-admin=true]').waitFor();
    await page.getByTestId('import-jobs').waitFor();
    const jobsBefore = await page.locator('[data-testid=import-jobs] li').count();
    await page.getByTestId('import-files').setInputFiles([csv, damaged]);
    // The CSV still gets its suggestion (no mapping needed), which lists the workbook as unreadable, beside its name.
    const select = page.getByTestId('import-mapping-choice');
    await until(() => select.inputValue()).toBe('none');
    const broken = page.getByTestId('import-fit-unreadable');
    await until(() => broken.count()).toBe(1);
    expect(await broken.getAttribute('data-file')).toBe(damaged.name);
    expect(await broken.innerText()).toMatch(new RegExp(`^${damaged.name.replace('.', '\\.')}: cannot be read \\(.*workbook.*\\)\\. Replace this upload`));
    expect(await page.getByTestId('import-fit').innerText()).toContain(`${FILE}: read as it is, without a mapping`);
    // Without a mapping the importer reads every data file and would fail on this one: the check is not offered.
    const notice = page.getByTestId('import-unreadable');
    expect(await notice.getAttribute('data-blocks')).toBe('true');
    expect(await notice.innerText()).toBe(`The check cannot start: the import would read ${damaged.name}, which cannot be opened. Choose the files again with a good copy of it.`);
    expect(await page.getByTestId('import-check').isDisabled()).toBe(true);
    expect(await axeViolations(page, 'import with an unreadable upload')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, '63-import-unreadable.png') });

    // A mapping file of one's own may leave the workbook out: the view cannot tell, says so, and lets the check run.
    await select.selectOption('upload');
    expect(await notice.getAttribute('data-blocks')).toBe('false');
    expect(await notice.innerText()).toBe(`${damaged.name} cannot be read: the check will fail on it unless the chosen mapping leaves it out.`);
    expect(await page.getByTestId('import-check').isEnabled()).toBe(true);

    // In Chinese the same line names the file and what to do.
    const zhTab = await browser.context.newPage();
    await zhTab.goto(`${base}/?lang=zh&v=import`);
    await zhTab.getByTestId('import-files').setInputFiles([csv, damaged]);
    await until(() => zhTab.getByTestId('import-fit-unreadable').innerText()).toMatch(new RegExp(`^${damaged.name.replace('.', '\\.')}：无法读取（.*workbook.*）。请换一个完好的文件`));
    expect(await zhTab.getByTestId('import-unreadable').innerText()).toBe(`无法开始检查：导入会读取 ${damaged.name}，但它打不开。请换上完好的文件，重新选择文件。`);
    expect(await zhTab.getByTestId('import-check').isDisabled()).toBe(true);
    await zhTab.close();

    // Chosen again without it, the CSV alone checks as before; no job was started meanwhile.
    await page.getByTestId('import-files').setInputFiles([csv]);
    await until(() => page.getByTestId('import-fit').innerText()).toBe(`${FILE}: read as it is, without a mapping (CSV with neo4j-admin headers, JSON lines)`);
    expect(await page.getByTestId('import-unreadable').count()).toBe(0);
    expect(await page.getByTestId('import-check').isEnabled()).toBe(true);
    expect(await page.locator('[data-testid=import-jobs] li').count()).toBe(jobsBefore);
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
