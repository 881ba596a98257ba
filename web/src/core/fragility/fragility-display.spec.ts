import { describe, expect, it } from 'vitest';
import type { ApiNodeSummary, Fragility } from '../api/types.js';
import { translator } from '../i18n/translate.js';
import { bridgesFragilityHops, fragilitySummary, pathsFragilityHops } from './fragility-display.js';

function node(id: string, nameZh: string, nameEn: string): ApiNodeSummary {
  return { id, type: 'Person', labels: ['Person'], name: nameZh, nameZh, nameEn, illustrative: false };
}
const wang = node('p1', '王小明', 'Wang Xiaoming');
const li = node('p2', '李四', 'Li Si');
const en = translator('en');

function critical(n: ApiNodeSummary, over: Partial<Fragility['critical'][number]> = {}): Fragility['critical'][number] {
  return {
    node: n,
    cutsAllPaths: true,
    cutsAllBridges: false,
    singlePointOfFailure: false,
    pathsLost: 2,
    bridgesLost: 0,
    reasons: ['plain'],
    reasonDetails: [{ code: 'c', zh: '所有路径都经过此人', en: 'Every path goes through them' }],
    remainingPath: null,
    remainingBridge: null,
    ...over,
  };
}

function answer(over: Partial<Fragility> = {}): Fragility {
  return {
    maxHops: 4,
    connected: true,
    shortestLength: 2,
    corridorSize: 5,
    singlePointOfFailure: false,
    reasons: [],
    reasonDetails: [],
    paths: [{ length: 2 }, { length: 3 }],
    bridges: [{ kind: 'ONE_PERSON' }],
    critical: [],
    ...over,
  };
}

describe('fragility, in words', () => {
  it('names a single point of failure in the headline and on its line', () => {
    const s = fragilitySummary(answer({ singlePointOfFailure: true, critical: [critical(wang, { singlePointOfFailure: true, cutsAllBridges: true, bridgesLost: 1 })] }), 'en');
    expect(en(s.headline.key, s.headline.params)).toBe('Single point of failure: Wang Xiaoming carries every tie between the ends.');
    expect(s.lines[0]!.spof).toBe(true);
    expect(en(s.lines[0]!.cuts.key)).toMatch(/^Single point of failure/);
    expect(en(s.lines[0]!.lost.key, s.lines[0]!.lost.params)).toBe('2 of 2 paths and 1 of 1 bridges fall away');
    expect(en(s.lines[0]!.remains.key, s.lines[0]!.remains.params)).toBe('Nothing remains');
    expect(s.criticalIds).toEqual(['p1']);
  });

  it('says what remains: the best bridge left, else the shortest path left', () => {
    const s = fragilitySummary(
      answer({
        critical: [
          critical(wang, { remainingBridge: { kind: 'ONE_PERSON', intermediaries: [li] } }),
          critical(li, { cutsAllPaths: false, cutsAllBridges: true, remainingPath: { length: 5, nodes: [] } }),
        ],
      }),
      'zh',
    );
    expect(translator('zh')(s.lines[0]!.remains.key, s.lines[0]!.remains.params)).toBe('剩下最好的桥梁：李四');
    expect(en(s.lines[1]!.remains.key, s.lines[1]!.remains.params)).toBe('Shortest path left: 5 hops');
    expect(en(s.lines[1]!.cuts.key)).toBe('Cuts every bridge');
    expect(s.lines[0]!.reasons).toEqual(['所有路径都经过此人']);
    expect(en(s.headline.key, s.headline.params)).toMatch(/^2 critical nodes/);
  });

  it('says when nothing is critical and when the ends are not joined', () => {
    expect(fragilitySummary(answer(), 'en').headline.key).toBe('fragility.headline.none');
    expect(fragilitySummary(answer({ connected: false, paths: [] }), 'en').headline.key).toBe('fragility.notConnected');
  });

  it('asks with the views\' own hop bounds, within 1..6', () => {
    expect(pathsFragilityHops(8)).toBe(6);
    expect(pathsFragilityHops(3)).toBe(3);
    expect(bridgesFragilityHops(1)).toBe(2);
    expect(bridgesFragilityHops(2)).toBe(3);
  });
});
