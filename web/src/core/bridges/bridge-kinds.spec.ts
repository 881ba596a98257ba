import { describe, expect, it } from 'vitest';
import type { ApiNodeSummary } from '../api/types.js';
import { bridgeKinds, bridgeTitle, carrierLine } from './bridge-kinds.js';

const node = (id: string, name: string, nameEn: string | null = null, type: ApiNodeSummary['type'] = 'Person'): ApiNodeSummary =>
  ({ id, type, labels: [type], name, nameZh: name, nameEn, illustrative: false }) as ApiNodeSummary;

describe('bridge kinds', () => {
  it('asks for people, organisations or both', () => {
    expect(bridgeKinds('both')).toEqual(['PERSON', 'ORGANISATION']);
    expect(bridgeKinds('people')).toEqual(['PERSON']);
    expect(bridgeKinds('organisations')).toEqual(['ORGANISATION']);
  });
});

describe('bridge titles and carriers', () => {
  const gu = node('p:gu', '顾晨', 'Gu Chen');
  const zhu = node('p:zhu', '诸清和', 'Zhu Qinghe');
  const shen = node('p:shen', '沈知远', 'Shen Zhiyuan');
  const lin = node('p:lin', '林晓彤', null);
  const inst = node('l:ts', '浙江清华长三角研究院', 'Tsinghua YRD Institute', 'Lab');

  it('names a chain by its people in order and an organisation by its name, in the chosen language', () => {
    expect(bridgeTitle({ intermediaries: [gu, shen] }, 'zh')).toBe('顾晨 + 沈知远');
    expect(bridgeTitle({ intermediaries: [gu, shen] }, 'en')).toBe('Gu Chen + Shen Zhiyuan');
    expect(bridgeTitle({ intermediaries: [inst] }, 'en')).toBe('Tsinghua YRD Institute');
  });

  it('lists an organisation’s carriers once each, at most three, and counts the rest', () => {
    const line = carrierLine({ kind: 'ORGANISATION', carriers: [gu, zhu, gu, shen, lin] }, 'en');
    expect(line.names).toEqual(['Gu Chen', 'Zhu Qinghe', 'Shen Zhiyuan']);
    expect(line.more).toBe(1);
    expect(carrierLine({ kind: 'ORGANISATION', carriers: [lin] }, 'en').names).toHaveLength(1);
  });

  it('gives no carrier line for people bridges or organisations without known people', () => {
    expect(carrierLine({ kind: 'ONE_PERSON', carriers: [gu] }, 'zh')).toEqual({ names: [], more: 0 });
    expect(carrierLine({ kind: 'ORGANISATION', carriers: [] }, 'zh')).toEqual({ names: [], more: 0 });
  });
});
