// Every list as CSV, in a real Chromium against the product on the demo data: the bridge finder's "Export CSV"
// downloads a file that starts with the UTF-8 byte-order mark, has the header row a spreadsheet user reads, one row
// per bridge the page lists, and the Chinese names as the answer holds them.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, openUntilReady, type Browser } from '../support/browser.js';
import { parseCsv } from '../support/csv.js';

const FIRM = 'demo:enterprise:wuxing-aluminium';
const LAB = 'demo:lab:tianmushan';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser({ acceptDownloads: true });
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

describe('Export CSV in Chromium', () => {
  it('downloads the bridges as a CSV with a BOM, the header row and the Chinese names', async () => {
    await openUntilReady(page, `${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&keep=people`, '[data-testid=bridges-results]');
    const listed = await page.getByTestId('bridge-item').count();
    expect(listed).toBeGreaterThan(0);
    const firstTitle = (await page.locator('[data-testid=bridge-item] .ranked-name').first().innerText()).trim();
    expect(firstTitle).toMatch(/[\u4e00-\u9fff]/);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(file.suggestedFilename()).toMatch(/^talent-bridge-bridges-\d{8}-\d{4}\.csv$/);
    const bytes = fs.readFileSync((await file.path())!);
    // The UTF-8 byte-order mark, so Excel reads the Chinese correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]!.slice(0, 5)).toEqual(['排名', '类别', '得分', '中文名', '英文名']);
    expect(rows[0]).toContain('理由（中文）');
    expect(rows.length - 1).toBe(listed);
    // The first bridge's people, by their Chinese names as the page lists them, ranked first.
    expect(rows[1]![0]).toBe('1');
    expect(rows[1]![3]).toBe(firstTitle);
    expect(Number(rows[1]![2])).toBeGreaterThan(0);
  });
});
