// Editing in the web app, in Chromium against the product with the demo data: an admin edits a person's title in
// the details drawer, adds a tie with dates, ends it, and undoes the last change (the tie's end is cleared, checked
// through the API), then removes the tie after a confirmation that lists its properties; a viewer and a broker see
// none of the edit controls, and the API refuses them. The test puts the person's title back and removes the tie at
// the end, so the other specs find the demo data as loaded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from '../support/browser.js';

const PERSON = 'demo:person:shen-yue';
const LAB = 'demo:lab:scut';

const base = inject('baseUrl');
const adminToken = inject('adminToken');
const brokerToken = inject('brokerToken');
let browser: Browser;
let page: Page;
let originalTitle: string | null = null;
const run = { createdId: '' };

interface Answer<T> {
  data: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function call<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql?lang=en`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Answer<T>;
}

const TITLE = `query($id: ID!) { node(id: $id) { properties } }`;
const TIES = `query($id: ID!) { neighbourhood(id: $id, depth: 1, relTypes: ["AFFILIATED_WITH"], limitPerType: 200) { edges { type from to properties } } }`;

async function title(): Promise<unknown> {
  const r = await call<{ node: { properties: Record<string, unknown> } }>(TITLE, { id: PERSON }, adminToken);
  return r.data.node.properties.title ?? null;
}
async function tie(): Promise<Record<string, unknown> | null> {
  const r = await call<{ neighbourhood: { edges: Array<{ type: string; from: string; to: string; properties: Record<string, unknown> }> } }>(TIES, { id: PERSON }, adminToken);
  return r.data.neighbourhood.edges.find((e) => e.from === PERSON && e.to === LAB)?.properties ?? null;
}

const until = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });

async function signIn(token: string, role: string): Promise<void> {
  await page.getByTestId('token-button').click();
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('token-save').click();
  await until(() => page.getByTestId('token-button').getAttribute('data-role')).toBe(role);
}

beforeAll(async () => {
  expect(adminToken, 'the product needs an admin token (tests/setup/product.ts)').not.toBe('');
  originalTitle = (await title()) as string | null;
  browser = await openBrowser({ locale: 'en-GB', timeoutMs: 30_000 });
  page = browser.page;
});

afterAll(async () => {
  // Put the demo data back as it was loaded.
  await call(`mutation($id: ID!, $title: String) { upsertPerson(input: {id: $id, title: $title}) { id } }`, { id: PERSON, title: originalTitle }, adminToken);
  await call(`mutation($from: ID!, $to: ID!) { unlink(type: "AFFILIATED_WITH", from: $from, to: $to) }`, { from: PERSON, to: LAB }, adminToken);
  await browser?.close();
});

describe('editing in the details drawer', () => {
  it('an admin edits a title, adds a tie with dates, ends it and undoes the end', async () => {
    expect(await tie()).toBeNull();
    await page.goto(`${base}/?lang=en&sel=${encodeURIComponent(PERSON)}`);
    await signIn(adminToken, 'admin');
    await page.getByTestId('edit-panel').waitFor();

    // Edit the title through the form the model drives.
    await page.getByTestId('edit-open').click();
    const field = page.getByTestId('edit-field-title');
    await field.fill('Senior technology manager');
    await page.getByTestId('edit-save').click();
    await until(title).toBe('Senior technology manager');

    // A bad value is refused next to its field, tied to it for assistive technology.
    await page.getByTestId('edit-open').click();
    await page.getByTestId('edit-field-title').fill('x'.repeat(600));
    await page.getByTestId('edit-save').click();
    await until(() => page.getByTestId('edit-field-title').getAttribute('aria-describedby')).toBeTruthy();
    const errorId = await page.getByTestId('edit-field-title').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/at most 500/);
    expect(await title()).toBe('Senior technology manager');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Add a tie with dates to a lab: the types offered are the model's for Person → Lab.
    await page.getByTestId('tie-open').click();
    const box = page.getByTestId('tie-other-search');
    await box.getByTestId('tie-other-search-input').fill('SCUT');
    await box.locator(`[data-testid=suggestion][data-id="${LAB}"]`).click();
    await until(() => page.getByTestId('tie-type').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).sort())).toEqual([
      'AFFILIATED_WITH',
      'FOUNDED',
      'STUDIED_AT',
      'WORKS_AT',
    ]);
    await page.getByTestId('tie-type').selectOption('AFFILIATED_WITH');
    await page.getByTestId('tie-start').fill('2021-03-01');
    await page.getByTestId('tie-strength').fill('0.7');
    await page.getByTestId('tie-save').click();
    await until(tie).toMatchObject({ start: '2021-03-01', strength: 0.7 });
    expect((await tie())!.end).toBeUndefined();

    // End it: an end date, not a deletion.
    const row = page.locator(`[data-testid=edit-tie][data-type=AFFILIATED_WITH][data-other="${LAB}"]`);
    await row.getByTestId('tie-end-now').click();
    await until(async () => (await tie())?.end ?? null).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await tie()).toMatchObject({ start: '2021-03-01' });

    // Undo the last change: the end is cleared, the tie stays.
    await page.getByTestId('edit-undo').click();
    await until(async () => (await tie())?.end ?? 'cleared').toBe('cleared');
    expect(await tie()).toMatchObject({ start: '2021-03-01', strength: 0.7 });

    // Removing asks first, listing what goes with the tie; only the confirmation removes it.
    await until(() => row.getByTestId('tie-end-now').count()).toBe(1);
    await row.getByTestId('tie-remove').click();
    const goes = row.getByTestId('tie-remove-goes');
    await until(() => goes.locator('li').allTextContents()).toEqual(expect.arrayContaining(['start: 2021-03-01', 'strength: 0.7']));
    expect(await tie()).not.toBeNull();
    await row.getByTestId('tie-remove-yes').click();
    await until(tie).toBeNull();

    // Create a node from the model's form: without a name the API's error shows next to the name field; with one,
    // the new node opens in the drawer.
    await page.getByTestId('new-open').click();
    await page.getByTestId('new-node-type').selectOption('Lab');
    const newForm = page.getByTestId('new-node');
    await newForm.getByTestId('edit-field-kind').selectOption('university');
    await newForm.getByTestId('edit-save').click();
    await until(() => newForm.getByTestId('edit-field-name').getAttribute('aria-describedby')).toBeTruthy();
    await newForm.getByTestId('edit-field-name').fill('E2E test lab');
    await newForm.getByTestId('edit-save').click();
    await until(() => page.getByTestId('details').getAttribute('data-type')).toBe('Lab');
    run.createdId = (await page.getByTestId('details').getAttribute('data-id')) ?? '';
    expect(await page.getByTestId('details-name').textContent()).toBe('E2E test lab');
    // Undo the creation: the node is gone.
    await page.getByTestId('edit-undo').click();
    await until(async () => (await call<{ node: unknown }>(TITLE, { id: run.createdId }, adminToken)).data.node).toBeNull();
  });

  it.each([
    ['a viewer', null, 'viewer'],
    ['a broker', 'broker', 'broker'],
  ] as const)('%s sees no edit controls, and the API refuses the changes', async (_who, token, role) => {
    await browser.context.clearCookies();
    await page.goto(`${base}/?lang=en`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${base}/?lang=en&sel=${encodeURIComponent(PERSON)}`);
    if (token) await signIn(brokerToken, role);
    await page.getByTestId('details-name').waitFor();
    await until(() => page.getByTestId('token-button').getAttribute('data-role')).toBe(role);
    expect(await page.getByTestId('edit-panel').count()).toBe(0);
    expect(await page.getByTestId('edit-undo').count()).toBe(0);
    expect(await page.getByTestId('tie-end-now').count()).toBe(0);
    expect(await page.getByTestId('tie-remove').count()).toBe(0);
    const asCaller = token ? brokerToken : null;
    for (const [query, variables] of [
      ['mutation { undoLastChange { eventId } }', {}],
      ['mutation($id: ID!) { upsertPerson(input: {id: $id, title: "Not allowed"}) { id } }', { id: PERSON }],
      ['mutation($from: ID!, $to: ID!) { link(type: "AFFILIATED_WITH", from: $from, to: $to, properties: {end: "2020-01-01"}) { id } }', { from: PERSON, to: LAB }],
    ] as const) {
      const r = await call(query, variables, asCaller);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect(await title()).toBe('Senior technology manager');
  });
});
