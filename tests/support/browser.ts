// One Chromium for an e2e spec: Debian's Chromium (CHROMIUM_PATH overrides), headless, a throw-away profile, the
// flags a sandboxed CI machine needs, page errors written to stderr. `close` removes the profile again. And opening
// a link with retries until the page shows what it should.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../server/config.js';

export const CHROMIUM = chromiumPath();

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface BrowserOptions {
  locale?: string;
  acceptDownloads?: boolean;
  /** CSS pixels; 1440×900 unless said. */
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  permissions?: string[];
  /** Default timeout of every action and wait, 60 s unless said. */
  timeoutMs?: number;
}

export async function openBrowser(opts: BrowserOptions = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    locale: opts.locale ?? 'zh-CN',
    acceptDownloads: opts.acceptDownloads ?? false,
    permissions: opts.permissions ?? [],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(opts.timeoutMs ?? 60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a link and waits until it shows `ready`. An error state or a page that never arrives (a busy machine, the
 * web app being rebuilt) is retried twice; a third failure fails the test with what the page says.
 */
export async function openUntilReady(p: Page, link: string, ready: string): Promise<void> {
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
    process.stderr.write(`${link} gave ${outcome} (attempt ${attempt}), retrying: ${text.slice(0, 200)}\n`);
    // Long enough for a heavy query the page left behind to finish or time out and free its slot.
    await p.waitForTimeout(12_000);
  }
}
