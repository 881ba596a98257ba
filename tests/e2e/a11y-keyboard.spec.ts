// Accessibility by keyboard in a real Chromium on the demo data: the bridge finder used with the keyboard alone and
// read back from the tables, and the table view beside the canvas (sorting, filtering, copying, following the
// node chosen elsewhere).
import { describe, expect, it } from 'vitest';
import { a11yPage, api, base, FIRM, focusedTestId, LAB, LONG, open, pickByKeyboard, settled, SHEN, tabTo, until } from '../support/a11y.js';

const thePage = a11yPage();

describe('the bridge finder by keyboard alone', () => {
  it(
    'finds bridges from 五星铝业 to 天目山, walks the graph to 沈知远, opens the details and reads the bridge from the tables',
    async () => {
      const page = thePage();
      // No mouse from here on: Tab, typing, arrows, Enter.
      await open(page, `${base}/?lang=zh`, '[data-testid=graph-overview]');

      // The view tabs: one Tab stop, the arrows choose.
      await tabTo(page, 'tab-explore');
      await page.keyboard.press('ArrowRight');
      await until(() => page.getByTestId('app').getAttribute('data-view')).toBe('bridges');
      expect(await focusedTestId(page)).toBe('tab-bridges');
      expect(await page.getByTestId('tab-bridges').getAttribute('aria-selected')).toBe('true');

      await tabTo(page, 'bridges-from-search-input');
      await pickByKeyboard(page, 'bridges-from-search', '五星铝业', FIRM);
      await until(() => page.getByTestId('bridges-from-chip').getAttribute('data-id')).toBe(FIRM);
      await tabTo(page, 'bridges-to-search-input');
      await pickByKeyboard(page, 'bridges-to-search', '天目山', LAB);
      await until(() => page.getByTestId('bridges-to-chip').getAttribute('data-id')).toBe(LAB);
      await tabTo(page, 'bridges-run');
      await page.keyboard.press('Enter');
      const top = page.getByTestId('bridge-item').first();
      await top.waitFor({ timeout: 90_000 });
      await settled(page);

      // What the API says the top bridge is, to check the page against.
      const { bridges } = await api<{ bridges: { intermediaries: { id: string }[]; path: { nodes: { id: string }[]; relationships: { id: string; from: string; to: string; type: string }[] } }[] }>(
        `query($from: ID!, $to: ID!) { bridges(from: $from, to: $to) { intermediaries { id } path { nodes { id } relationships { id from to type } } } }`,
        { from: FIRM, to: LAB },
      );
      const best = bridges[0]!;
      expect(best.intermediaries.map((n) => n.id)).toEqual([SHEN]);
      expect(await top.getAttribute('data-intermediaries')).toBe(SHEN);

      // Onto the graph, then the arrows: Home puts the keyboard on the firm (the view's first root), and a search
      // over short arrow sequences finds the way to 沈知远 by reading what the live region announces.
      await tabTo(page, 'canvas');
      await page.keyboard.press('Home');
      const announcer = page.getByTestId('canvas-announcer');
      await until(() => announcer.getAttribute('data-id')).toBe(FIRM);
      expect(await announcer.textContent()).toContain('杭州五星铝业');
      const arrows = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
      let route: string[] | null = null;
      const queue: string[][] = arrows.map((a) => [a]);
      while (queue.length && !route) {
        const seq = queue.shift()!;
        await page.keyboard.press('Home');
        for (const k of seq) await page.keyboard.press(k);
        if ((await announcer.getAttribute('data-id')) === SHEN) route = seq;
        else if (seq.length < 3) for (const a of arrows) queue.push([...seq, a]);
      }
      expect(route, 'no sequence of up to three arrows leads from the firm to 沈知远').not.toBeNull();
      const canvas = page.getByTestId('canvas');
      expect(await canvas.getAttribute('data-focused')).toBe(SHEN);
      // Announced: name, type and the ties drawn at the node.
      const said = (await announcer.textContent())!;
      expect(said).toContain('沈知远');
      expect(said).toContain('人才');
      const degree = Number(/(\d+) 条关系/.exec(said)?.[1]);
      expect(said).toContain('在所选结果中');

      // Enter opens the details drawer.
      await page.keyboard.press('Enter');
      await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(SHEN);
      expect(await page.getByTestId('details-name').textContent()).toBe('沈知远');
      expect(await canvas.getAttribute('data-selected')).toBe(SHEN);

      // The tables: back to the toolbar's toggle, Enter.
      await tabTo(page, 'table-toggle', true);
      await page.keyboard.press('Enter');
      await page.getByTestId('nodes-table').waitFor();
      expect(await page.getByTestId('table-toggle').getAttribute('aria-pressed')).toBe('true');
      // The node chosen on the canvas is the chosen row.
      const shenRow = page.locator(`[data-testid=node-row][data-id="${SHEN}"]`);
      expect(await shenRow.getAttribute('data-selected')).toBe('true');
      expect(await shenRow.locator('[data-testid=node-row-select]').getAttribute('aria-pressed')).toBe('true');
      // The same bridge, tie by tie: every relationship of the API's top chain is a row marked as in the result.
      const resultTies = await page.locator('[data-testid=tie-row].in-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')).sort());
      expect(resultTies).toEqual(best.path.relationships.map((r) => r.id).sort());
      for (const rel of best.path.relationships) {
        const row = page.locator(`[data-testid=tie-row][data-id="${rel.id}"]`);
        expect(await row.getAttribute('data-from')).toBe(rel.from);
        expect(await row.getAttribute('data-to')).toBe(rel.to);
      }
      const chainRows = await page.locator('[data-testid=node-row].in-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')).sort());
      expect(chainRows).toEqual([...new Set(best.path.nodes.map((n) => n.id))].sort());
      // The degree announced is the number of ties at 沈知远 in the tie table.
      const tiesAtShen = await page.locator(`[data-testid=tie-row][data-from="${SHEN}"], [data-testid=tie-row][data-to="${SHEN}"]`).count();
      expect(degree).toBe(tiesAtShen);

      // A row chosen from the keyboard selects its node on the canvas.
      await tabTo(page, 'node-row-select');
      for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'))) !== LAB; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(() => canvas.getAttribute('data-selected')).toBe(LAB);
      await until(() => page.locator(`[data-testid=node-row][data-id="${LAB}"]`).getAttribute('data-selected')).toBe('true');
      await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(LAB);
    },
    LONG,
  );
});

describe('the table beside the canvas', () => {
  it(
    'sorts, filters and copies as TSV, and follows a node chosen elsewhere',
    async () => {
      const page = thePage();
      await open(page, `${base}/?v=explore&lang=en&root=${encodeURIComponent(LAB)}&exp=${encodeURIComponent(LAB)}&table=1`, '[data-testid=nodes-table]');
      await settled(page);
      const nodeRows = page.locator('[data-testid=node-row]');
      const total = Number(await page.getByTestId('canvas').getAttribute('data-node-count'));
      expect(await nodeRows.count()).toBe(total);
      expect(await page.locator('[data-testid=nodes-table] caption').textContent()).toContain(`${total} of ${total}`);
      for (const th of await page.locator('[data-testid=nodes-table] th').all()) expect(await th.getAttribute('scope')).toBe('col');

      // Degree: ascending, then descending; aria-sort says which.
      const degreeHeader = page.locator('[data-testid=nodes-table] th', { has: page.getByTestId('sort-degree') });
      const degrees = () => nodeRows.evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[3]!.textContent)));
      await page.getByTestId('sort-degree').click();
      expect(await degreeHeader.getAttribute('aria-sort')).toBe('ascending');
      const up = await degrees();
      expect(up).toEqual([...up].sort((a, b) => a - b));
      await page.getByTestId('sort-degree').click();
      expect(await degreeHeader.getAttribute('aria-sort')).toBe('descending');
      const down = await degrees();
      expect(down).toEqual([...up].sort((a, b) => b - a));
      // The lab is tied to every other node drawn (its own expansion).
      const labDegree = Number(await page.locator(`[data-testid=node-row][data-id="${LAB}"] td`).nth(3).textContent());
      expect(labDegree).toBeGreaterThanOrEqual(total - 1);
      expect(down[0]).toBe(Math.max(...up));

      // Filter: only rows naming Shen.
      await page.getByTestId('nodes-table-filter').fill('shen zhiyuan');
      await until(() => nodeRows.count()).toBe(1);
      expect(await nodeRows.first().getAttribute('data-id')).toBe(SHEN);
      expect(await page.locator('[data-testid=nodes-table] caption').textContent()).toContain(`1 of ${total}`);

      // Copy as TSV: a header and the rows shown.
      await page.getByTestId('nodes-table-filter').fill('');
      await until(() => nodeRows.count()).toBe(total);
      await page.getByTestId('nodes-table-copy').click();
      await until(() => page.evaluate(() => navigator.clipboard.readText())).toContain('\t');
      const tsv = await page.evaluate(() => navigator.clipboard.readText());
      const lines = tsv.split('\n');
      expect(lines).toHaveLength(total + 1);
      const headers = await page.locator('[data-testid=nodes-table] th').allTextContents();
      expect(lines[0]!.split('\t')).toEqual(headers.map((h) => h.replace(/[▲▼↕]/g, '').trim()));
      expect(lines.some((l) => l.includes('天目山实验室\tTianmushan Laboratory'))).toBe(true);
      for (const l of lines) expect(l.split('\t')).toHaveLength(headers.length);

      const tieRows = page.locator('[data-testid=tie-row]');
      expect(await tieRows.count()).toBe(Number(await page.getByTestId('canvas').getAttribute('data-edge-count')));

      // A node opened from the details drawer becomes the chosen row.
      await page.locator(`[data-testid=node-row][data-id="${LAB}"] [data-testid=node-row-select]`).click();
      await until(() => page.getByTestId('details').getAttribute('data-id')).toBe(LAB);
      const link = page.locator(`[data-testid=details-neighbours] [data-testid=neighbour-link][data-id="${SHEN}"]`).first();
      await link.click();
      await until(() => page.getByTestId('canvas').getAttribute('data-selected')).toBe(SHEN);
      await until(() => page.locator(`[data-testid=node-row][data-id="${SHEN}"]`).getAttribute('data-selected')).toBe('true');
      expect(await page.locator('[data-testid=node-row][data-selected=true]').count()).toBe(1);

      // A tie row selects its tie on the canvas.
      const firstTie = tieRows.first();
      const tieId = (await firstTie.getAttribute('data-id'))!;
      await firstTie.locator('button').click();
      await until(() => page.getByTestId('canvas').getAttribute('data-selected-tie')).toBe(tieId);
      expect(await firstTie.getAttribute('data-selected')).toBe('true');
    },
    LONG,
  );
});
