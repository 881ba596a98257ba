// The user's display settings in a real Chromium on the demo data: the layout at 200% zoom and in the high-contrast
// style (followed from the system or toggled by hand, and remembered), and reduced motion; screenshots (30-39)
// under tests/e2e/screenshots/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { a11yPage, axeViolations, base, FIRM, LAB, launch, layoutReport, LONG, open, settled, SHEN, SHOTS, until } from '../support/a11y.js';

const thePage = a11yPage({ clearShots: /^3\d-.*\.png$/ });

describe("the user's display settings", () => {
  it(
    'keeps the layout apart at 200% zoom, with no sideways scrolling',
    async () => {
      // 200% zoom of a 1440×900 window: 720×450 CSS pixels drawn at twice the density.
      const zoomed = await launch({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
      try {
        const p = zoomed.page;
        await open(p, `${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&pick=0&sel=${encodeURIComponent(SHEN)}&table=1`, '[data-testid=bridge-item]');
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
        expect(await axeViolations(p, 'bridges/zh/200%')).toEqual([]);
      } finally {
        await zoomed.close();
      }
    },
    LONG,
  );

  it(
    'draws the high-contrast style when the system asks for more contrast, and remembers the toggle',
    async () => {
      const page = thePage();
      await page.emulateMedia({ contrast: 'more' });
      try {
        await open(page, `${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&pick=0`, '[data-testid=bridge-item]');
        await settled(page);
        const canvas = page.getByTestId('canvas');
        await until(() => canvas.getAttribute('data-contrast')).toBe('more');
        expect(await page.getByTestId('contrast-toggle').getAttribute('aria-pressed')).toBe('true');
        const report = await layoutReport(page);
        expect(report.overlaps).toEqual([]);
        expect(report.overflowX).toBeLessThanOrEqual(0);
        await page.waitForTimeout(400);
        await page.screenshot({ path: path.join(SHOTS, '32-high-contrast.png') });
        expect(await axeViolations(page, 'bridges/zh/high-contrast')).toEqual([]);

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
      const page = thePage();
      await open(page, `${base}/?v=bridges&lang=en&from=${FIRM}&to=${LAB}&pick=0&table=1`, '[data-testid=bridge-item]');
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('normal');
      await page.getByTestId('contrast-toggle').click();
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('more');
      await page.reload();
      await page.getByTestId('bridge-item').first().waitFor({ timeout: 90_000 });
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('more');
      await settled(page);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(SHOTS, '33-high-contrast-tables-en.png') });
      expect(await axeViolations(page, 'bridges/en/high-contrast+tables')).toEqual([]);
      await page.getByTestId('contrast-toggle').click();
      await until(() => page.getByTestId('canvas').getAttribute('data-contrast')).toBe('normal');
    },
    LONG,
  );

  it(
    'lays out without animation when the system asks for reduced motion',
    async () => {
      const page = thePage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      try {
        await open(page, `${base}/?v=bridges&lang=zh&from=${FIRM}&to=${LAB}&pick=0`, '[data-testid=bridge-item]');
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
