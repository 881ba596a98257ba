// Accessibility in a real Chromium against the product on the demo data: axe-core (WCAG 2.1 A and AA rules) on
// every view the page offers, in Chinese and English, with results drawn, the details drawer open, the table view
// shown and the keyboard on the graph. The keyboard and table checks are in a11y-keyboard.spec.ts, the display
// settings (200% zoom, high contrast, reduced motion) in a11y-display.spec.ts; the helpers in tests/support/a11y.ts.
import { describe, expect, it } from 'vitest';
import { a11yPage, axeViolations, base, LONG, open, settled, SHEN, until, VIEW_SETUPS, viewNames } from '../support/a11y.js';

const thePage = a11yPage();

describe('WCAG 2.1 A/AA on every view (axe-core)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(
      `has no violation on any view in ${lang}, with answers drawn, the drawer open, the tables shown and the keyboard on the graph`,
      async () => {
        const page = thePage();
        await open(page, `${base}/?lang=${lang}`, '[data-testid=graph-overview]');
        const views = await viewNames(page);
        // Every view of the product is checked, and the ones this test knows how to fill are among them.
        expect(views).toEqual(expect.arrayContaining(Object.keys(VIEW_SETUPS)));
        const problems: string[] = [];
        for (const view of views) {
          const setup = VIEW_SETUPS[view];
          const link = `${base}/?v=${view}&lang=${lang}${setup ? `&${setup.query}` : ''}&sel=${encodeURIComponent(SHEN)}`;
          await open(page, link, setup?.ready ?? '[data-testid=app]');
          await page.getByTestId('details-name').waitFor({ timeout: 90_000 });
          await settled(page);
          problems.push(...(await axeViolations(page, `${view}/${lang}/answer+drawer`)));

          // The same with the tables beside the canvas and the keyboard on a node, where the view has a canvas.
          await open(page, `${link}&table=1`, setup?.ready ?? '[data-testid=app]');
          await settled(page);
          const canvas = page.getByTestId('canvas');
          if (await canvas.count()) {
            await page.getByTestId('canvas-table').waitFor();
            await canvas.focus();
            await page.keyboard.press('ArrowRight');
            if (setup) await until(() => page.getByTestId('canvas-announcer').textContent()).not.toBe('');
          }
          problems.push(...(await axeViolations(page, `${view}/${lang}/tables+keyboard`)));
        }
        expect(problems, problems.join('\n')).toEqual([]);
      },
      LONG,
    );
  }

  it('fails on a violation (the check itself can fail)', async () => {
    const page = thePage();
    await page.goto(`${base}/?lang=zh`);
    await page.getByTestId('graph-overview').waitFor();
    // An image without a name and a button without one: two WCAG A violations.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'a11y-probe';
      probe.innerHTML = '<img id="probe-img" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><button id="probe-button" type="button"></button>';
      document.body.appendChild(probe);
    });
    const found = await axeViolations(page, 'probe');
    expect(found.some((l) => l.includes('image-alt') && l.includes('#probe-img')), found.join('\n')).toBe(true);
    expect(found.some((l) => l.includes('button-name') && l.includes('#probe-button')), found.join('\n')).toBe(true);
  });
});
