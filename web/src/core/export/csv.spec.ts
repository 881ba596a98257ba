import { describe, expect, it } from 'vitest';
import type { ApiNodeSummary, ApiPath, BrokerScore, Bridge, DiasporaMap, Recommendation } from '../api/types.js';
import { translator } from '../i18n/translate.js';
import { BOM, bridgesCsv, brokersCsv, csvField, csvText, diasporaCsv, fragilityCsv, pathsCsv, recommendationsCsv } from './csv.js';
import { parseCsv } from '../../../../tests/support/csv.js';

const en = translator('en');
const zh = translator('zh');

function node(id: string, type: ApiNodeSummary['type'], nameZh: string | null, nameEn: string | null): ApiNodeSummary {
  return { id, type, labels: [type], name: nameZh ?? nameEn ?? id, nameZh, nameEn, illustrative: false };
}

const firm = node('e1', 'Enterprise', '青田科技', 'Qingtian Tech');
const lab = node('l1', 'Lab', '材料实验室', 'Materials Lab');
const wang = node('p1', 'Person', '王小明', 'Wang, "Ming"');
const li = node('p2', 'Person', '李四', null);

function path(nodes: ApiNodeSummary[]): ApiPath {
  return {
    length: nodes.length - 1,
    weight: 1.5,
    nodes,
    relationships: nodes.slice(1).map((n, i) => ({ id: `r${i}`, type: 'WORKS_AT', from: nodes[i]!.id, to: n.id, direction: 'FORWARD' as const, properties: {} })),
  };
}

describe('csv fields (RFC 4180)', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('青田')).toBe('青田');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('writes a BOM, CRLF records and reads back to the same cells', () => {
    const text = csvText({ header: ['名称', 'Note'], rows: [['王小明', 'a, "b"\nc'], [1, null]] });
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['名称', 'Note'],
      ['王小明', 'a, "b"\nc'],
      ['1', ''],
    ]);
  });
});

describe('list tables', () => {
  it('bridges: rank, kind, score, names in both languages, carriers, chain and reasons', () => {
    const bridges = [
      {
        kind: 'ONE_PERSON',
        score: 0.9,
        reasons: ['plain'],
        reasonDetails: [
          { code: 'a', zh: '同时任职', en: 'Works at both' },
          { code: 'b', zh: '近期合作', en: 'Recent' },
        ],
        scoreParts: [],
        intermediaries: [wang],
        carriers: [],
        path: path([firm, wang, lab]),
      },
      { kind: 'ORGANISATION', score: 0.5, reasons: ['shared, partner'], reasonDetails: [], scoreParts: [], intermediaries: [firm], carriers: [li, li, wang], path: path([firm, lab]) },
    ] as unknown as Bridge[];
    const table = bridgesCsv(bridges, en);
    expect(table.header.slice(0, 5)).toEqual(['Rank', 'Kind', 'Score', 'Name (Chinese)', 'Name (English)']);
    const rows = parseCsv(csvText(table).slice(1));
    expect(rows).toHaveLength(3);
    const [first, second] = [rows[1]!, rows[2]!];
    expect(first.slice(0, 6)).toEqual(['1', en('bridges.kind.ONE_PERSON'), '0.9', '王小明', 'Wang, "Ming"', 'p1']);
    expect(first).toContain('青田科技 → 王小明 → 材料实验室');
    expect(first).toContain('同时任职; 近期合作');
    expect(first).toContain('Works at both; Recent');
    // Carriers are listed once each; a person with no English name keeps the Chinese one.
    expect(second[6]).toBe('李四; 王小明');
    expect(second[7]).toBe('李四; Wang, "Ming"');
    // Plain reasons (no bilingual details) go in both columns as the answer gave them.
    expect(second.slice(-2)).toEqual(['shared, partner', 'shared, partner']);
  });

  it('headers follow the language of the app', () => {
    expect(pathsCsv([], zh).header[0]).toBe('排名');
    expect(pathsCsv([], en).header[0]).toBe('Rank');
  });

  it('paths: hops, weight, chain, intermediaries, ids and tie types', () => {
    const rows = pathsCsv([path([firm, wang, li, lab])], en).rows;
    expect(rows).toEqual([[1, 3, 1.5, '青田科技 → 王小明 → 李四 → 材料实验室', 'Qingtian Tech → Wang, "Ming" → 李四 → Materials Lab', '王小明; 李四', 'Wang, "Ming"; 李四', 'e1 p1 p2 l1', 'WORKS_AT WORKS_AT WORKS_AT']]);
  });

  it('recommendations: type in the app language, score, related and the length of the path (empty without one)', () => {
    const items = [
      { node: lab, score: 0.7, reasons: ['r'], reasonDetails: [], scoreParts: [], related: [wang], path: path([firm, wang, lab]) },
      { node: lab, score: 0.1, reasons: [], reasonDetails: [], scoreParts: [], related: [], path: null },
    ] as unknown as Recommendation[];
    const rows = recommendationsCsv(items, zh, 'zh').rows;
    expect(rows[0]).toEqual([1, 'l1', '实验室', '材料实验室', 'Materials Lab', 0.7, 'r', 'r', '王小明', 'Wang, "Ming"', 2]);
    expect(rows[1]![10]).toBeNull();
  });

  it('brokers: the answer\'s rank and measures', () => {
    const scores = [{ node: li, betweenness: 12.5, normalised: 1, community: 3, communitySize: 9, rank: 1, degree: 4, bridgedCommunities: 2, reasons: ['spans 2', 'high'] }] as BrokerScore[];
    expect(brokersCsv(scores, en, 'en').rows).toEqual([[1, 'p2', 'Person', '李四', '李四', 12.5, 1, 3, 9, 4, 2, 'spans 2; high']]);
  });

  it('diaspora: one row per city with its people; a country-level row leaves the city empty', () => {
    const italy = node('c1', 'Region', '意大利', 'Italy');
    const milan = node('c2', 'Region', '米兰', 'Milan');
    const ai = node('t1', 'TechArea', '人工智能', 'AI');
    const map = {
      countries: [
        {
          country: italy,
          count: 3,
          expertise: [],
          cities: [
            { city: milan, count: 2, people: [wang, li], expertise: [{ techArea: ai, count: 2 }] },
            { city: italy, count: 1, people: [], expertise: [] },
          ],
        },
      ],
    } as unknown as DiasporaMap;
    const rows = diasporaCsv(map, en).rows;
    expect(rows[0]).toEqual(['意大利', 'Italy', '米兰', 'Milan', 2, '王小明; 李四', 'Wang, "Ming"; 李四', '人工智能 (2)', 'AI (2)']);
    expect(rows[1]!.slice(0, 5)).toEqual(['意大利', 'Italy', '', '', 1]);
  });
});

describe('fragility table', () => {
  it('one row per critical node, in the answer\'s order, with what falls away and what remains', () => {
    const f = {
      paths: [{ length: 2 }, { length: 3 }],
      bridges: [{ kind: 'ONE_PERSON' }],
      critical: [
        {
          node: wang,
          singlePointOfFailure: true,
          cutsAllPaths: true,
          cutsAllBridges: true,
          pathsLost: 2,
          bridgesLost: 1,
          remainingPath: null,
          remainingBridge: null,
          reasons: ['only'],
          reasonDetails: [{ code: 'x', zh: '唯一的联系人', en: 'The only contact' }],
        },
        { node: li, singlePointOfFailure: false, cutsAllPaths: false, cutsAllBridges: true, pathsLost: 1, bridgesLost: 1, remainingPath: { length: 2, nodes: [firm, wang, lab] }, remainingBridge: null, reasons: [], reasonDetails: [] },
      ],
    } as unknown as import('../api/types.js').Fragility;
    const table = fragilityCsv(f, zh, 'zh');
    expect(table.header[5]).toBe('单点故障');
    expect(table.rows[0]).toEqual([1, 'p1', '人才', '王小明', 'Wang, "Ming"', '是', '是', '是', '2/2', '1/1', '', '', '唯一的联系人', 'The only contact']);
    expect(table.rows[1]!.slice(5, 12)).toEqual(['否', '否', '是', '1/2', '1/1', '青田科技 → 王小明 → 材料实验室', 'Qingtian Tech → Wang, "Ming" → Materials Lab']);
  });
});
