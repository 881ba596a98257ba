// The queries of one request and its signal (server/db-request.ts, db.ts): a request runs its fields at once, so a
// dozen of its reads wait on one signal together. They must share one abort listener (a listener each passed Node's
// limit of ten: MaxListenersExceededWarning, "Possible EventTarget memory leak"), leave none once settled, and all
// still stop when the request is cancelled.
import { getEventListeners } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withRequestSignal } from '../../server/db.js';
import { testDb } from '../support/db.js';

const db = testDb();
const SLOW = 'CALL apoc.util.sleep(400) RETURN 1 AS one';
const QUERIES = 12;

const warnings: Error[] = [];
const onWarning = (w: Error) => {
  if (w.name === 'MaxListenersExceededWarning') warnings.push(w);
};
beforeAll(() => void process.on('warning', onWarning));
afterAll(async () => {
  process.off('warning', onWarning);
  await db.close();
});
afterEach(() => {
  const seen = warnings.splice(0).map((w) => w.message);
  expect(seen).toEqual([]);
});

const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;
const tick = () => new Promise((r) => setImmediate(r));

describe('reads started by one request', () => {
  it('wait on its signal behind one listener, and leave none when they have settled', async () => {
    const controller = new AbortController();
    const running = withRequestSignal(controller.signal, () => Array.from({ length: QUERIES }, () => db.runText(SLOW)));
    await tick();
    expect(listeners(controller.signal)).toBe(1);
    const answers = await Promise.all(running);
    expect(answers).toEqual(Array.from({ length: QUERIES }, () => [{ one: 1 }]));
    expect(listeners(controller.signal)).toBe(0);
  });

  it('all stop with CANCELLED when the request is cancelled, and leave no listener', async () => {
    const controller = new AbortController();
    const running = withRequestSignal(controller.signal, () =>
      Array.from({ length: QUERIES }, () => db.runText('CALL apoc.util.sleep(20000) RETURN 1 AS one').then(() => 'answered', (e: { extensions?: { code?: string } }) => e.extensions?.code)),
    );
    await tick();
    controller.abort();
    expect(await Promise.all(running)).toEqual(Array.from({ length: QUERIES }, () => 'CANCELLED'));
    expect(listeners(controller.signal)).toBe(0);
  });

  it('leave no listener behind on a signal that outlives many of them, one after another and in batches', async () => {
    const controller = new AbortController();
    for (let batch = 0; batch < 5; batch++) {
      await withRequestSignal(controller.signal, () => Promise.all(Array.from({ length: QUERIES }, () => db.runText('RETURN 1 AS one'))));
      await withRequestSignal(controller.signal, () => db.runText('RETURN 1 AS one'));
      expect(listeners(controller.signal)).toBe(0);
    }
  });
});
