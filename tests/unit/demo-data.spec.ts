// The demo dataset, read straight from its JSON lines files: every line validates against the model, ids are unique,
// every tie has both ends, invented people and ties are marked, and each feature the demo must show has its data.
// Expectations are computed here from the raw lines, not from the loader's output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, DemoDataError, readDemo } from '../../seed/demo/load.js';
import { CONTACT_FIELDS, LAB_KINDS, REGION_LEVELS, isNodeLabel } from '../../server/model/model.js';

interface RawNode {
  id: string;
  labels: string[];
  props: Record<string, any>;
}
interface RawRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, any>;
}

function rawLines<T>(sub: string): T[] {
  const dir = path.join(DEMO_DIR, sub);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as T),
    );
}

const nodes = rawLines<RawNode>('nodes');
const rels = rawLines<RawRel>('relationships');
const byId = new Map(nodes.map((n) => [n.id, n]));
const mainLabel = (id: string) => byId.get(id)!.labels.find(isNodeLabel)!;
const out = (id: string, type: string) => rels.filter((r) => r.start === id && r.type === type);
const into = (id: string, type: string) => rels.filter((r) => r.end === id && r.type === type);

/** People the news feature names; everyone else in the dataset is invented. */
const SOURCED_PEOPLE = ['demo:person:cheng-hao', 'demo:person:hu-lianxin', 'demo:person:yang-yihao', 'demo:person:kong-aixiang'];

/** Walks PART_OF up from a region to the given level. */
function ancestorAt(regionId: string, level: string): string | undefined {
  let cur: string | undefined = regionId;
  for (let guard = 0; cur && guard < 10; guard++) {
    if (byId.get(cur)!.props.level === level) return cur;
    cur = rels.find((r) => r.type === 'PART_OF' && r.start === cur)?.end;
  }
  return undefined;
}

describe('demo dataset files', () => {
  it('validate line by line against the model', () => {
    const data = readDemo();
    expect(data.nodes).toHaveLength(nodes.length);
    expect(data.relationships).toHaveLength(rels.length);
  });

  it('give every node a unique id following demo:<type>:<slug>, a Chinese and an English name and a source', () => {
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    for (const n of nodes) {
      const type = mainLabel(n.id).toLowerCase().replace('talentpool', 'pool').replace('techarea', 'tech');
      expect(n.id, n.id).toMatch(new RegExp(`^demo:${type}:[a-z0-9-]+$`));
      expect(n.props.nameZh, n.id).toMatch(/\p{Script=Han}/u);
      expect(n.props.nameEn, n.id).toMatch(/^[\x20-\x7e]+$/);
      expect(typeof n.props.source, n.id).toBe('string');
    }
  });

  it('joins every relationship to two nodes of the dataset, once per (start, type, end), each with a source', () => {
    const seen = new Set<string>();
    for (const r of rels) {
      expect(byId.has(r.start), `${r.type} start ${r.start}`).toBe(true);
      expect(byId.has(r.end), `${r.type} end ${r.end}`).toBe(true);
      const key = `${r.start} ${r.type} ${r.end}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(typeof r.props.source, key).toBe('string');
    }
    // Undirected ties are stored in one direction only.
    for (const r of rels.filter((x) => x.type === 'KNOWS' || x.type === 'COLLABORATED_WITH')) {
      expect(seen.has(`${r.end} ${r.type} ${r.start}`), `${r.start} ${r.type} ${r.end} both ways`).toBe(false);
    }
  });

  it('marks every invented person and every tie touching an invented node as illustrative, and no sourced fact', () => {
    const people = nodes.filter((n) => n.labels.includes('Person'));
    for (const p of people) {
      expect(p.props.illustrative === true, p.id).toBe(!SOURCED_PEOPLE.includes(p.id));
    }
    const invented = new Set(nodes.filter((n) => n.props.illustrative === true).map((n) => n.id));
    for (const r of rels) {
      if (invented.has(r.start) || invented.has(r.end)) expect(r.props.illustrative, `${r.start} ${r.type} ${r.end}`).toBe(true);
    }
    for (const x of [...nodes, ...rels]) {
      if (String(x.props.source).startsWith('news feature')) expect(x.props.illustrative).toBeUndefined();
      if (x.props.illustrative === true) expect(x.props.source).toMatch(/^illustrative/);
    }
  });

  it('keeps contact data on invented people only, with reserved example addresses, and some without consent', () => {
    const people = nodes.filter((n) => n.labels.includes('Person'));
    for (const p of people) {
      const contact = CONTACT_FIELDS.filter((f) => p.props[f] !== undefined);
      if (SOURCED_PEOPLE.includes(p.id)) expect(contact, p.id).toEqual([]);
      if (p.props.email !== undefined) expect(p.props.email).toMatch(/@example\.com$/);
      if (p.props.phone !== undefined) expect(p.props.phone).toMatch(/^\+\d{2,3}-555-\d{4}$/);
    }
    const withoutConsent = people.filter((p) => p.props.consent === false && p.props.email);
    expect(withoutConsent.length).toBeGreaterThanOrEqual(3);
  });

  it('uses only the model\'s lab kinds and region levels, and a region tree rooted in countries', () => {
    for (const n of nodes.filter((x) => x.labels.includes('Lab'))) expect(LAB_KINDS).toContain(n.props.kind);
    for (const n of nodes.filter((x) => x.labels.includes('Region'))) {
      expect(REGION_LEVELS).toContain(n.props.level);
      expect(ancestorAt(n.id, 'country'), n.id).toBeDefined();
    }
    expect(ancestorAt('demo:region:qingtian', 'province')).toBe('demo:region:zhejiang');
    expect(ancestorAt('demo:region:zhejiang', 'country')).toBe('demo:region:china');
  });
});

describe('what the demo shows', () => {
  it('holds the fixed ids other parts of the product rely on', () => {
    const expected: Record<string, string> = {
      'demo:enterprise:wuxing-aluminium': '杭州五星铝业有限公司',
      'demo:lab:tianmushan': '天目山实验室',
      'demo:region:qingtian': '青田县',
      'demo:region:lishui': '丽水市',
      'demo:region:zhejiang': '浙江省',
      'demo:region:china': '中国',
      'demo:person:cheng-hao': '程豪',
      'demo:person:hu-lianxin': '胡连信',
      'demo:person:yang-yihao': '杨怡豪',
    };
    for (const [id, name] of Object.entries(expected)) expect(byId.get(id)?.props.name, id).toBe(name);
    expect(byId.get('demo:pool:lishui')?.labels).toEqual(['TalentPool']);
    expect(byId.get('demo:competition:huzhou-2023')?.props.year).toBe(2023);
  });

  it('has the Lishui city pool with its nine county sub-pools, five dimensions and a 48-hour response', () => {
    const counties = ['liandu', 'longquan', 'qingtian', 'jinyun', 'suichang', 'songyang', 'yunhe', 'qingyuan', 'jingning'];
    const city = byId.get('demo:pool:lishui')!;
    expect(city.props.kind).toBe('city');
    expect(city.props.dimensions).toHaveLength(5);
    expect(city.props.dimensions).toEqual(expect.arrayContaining(['行业评价', '专业能力', '竞赛荣誉']));
    expect(into('demo:pool:lishui', 'PART_OF').map((r) => r.start).sort()).toEqual(counties.map((c) => `demo:pool:lishui-${c}`).sort());
    for (const c of counties) {
      const pool = byId.get(`demo:pool:lishui-${c}`)!;
      expect(pool.props).toMatchObject({ kind: 'county', responseHours: 48 });
      const [loc] = out(pool.id, 'LOCATED_IN');
      expect(loc?.end).toBe(`demo:region:${c}`);
      expect(ancestorAt(loc!.end, 'city')).toBe('demo:region:lishui');
      // Every sub-pool has at least one member to show.
      expect(into(pool.id, 'MEMBER_OF').length, pool.id).toBeGreaterThan(0);
    }
    for (const m of rels.filter((r) => r.type === 'MEMBER_OF')) {
      for (const d of m.props.dimensions) expect(city.props.dimensions).toContain(d);
    }
  });

  it('gives 五星铝业 -> 天目山实验室 several bridges, with a technology manager tied to both sides', () => {
    const firm = 'demo:enterprise:wuxing-aluminium';
    const lab = 'demo:lab:tianmushan';
    const direct = ['WORKS_AT', 'AFFILIATED_WITH', 'STUDIED_AT', 'FOUNDED', 'MEMBER_OF'];
    // Units (the joint lab) that are PART_OF an end count as that end.
    const sideOf = (end: string) => new Set([end, ...into(end, 'PART_OF').map((r) => r.start)]);
    const tiedTo = (end: string) => {
      const side = sideOf(end);
      return new Set(rels.filter((r) => direct.includes(r.type) && side.has(r.end) && mainLabel(r.start) === 'Person').map((r) => r.start));
    };
    const firmSide = tiedTo(firm);
    const labSide = tiedTo(lab);
    const onePerson = [...firmSide].filter((p) => labSide.has(p));
    const chains = rels.filter(
      (r) =>
        (r.type === 'KNOWS' || r.type === 'COLLABORATED_WITH') &&
        ((firmSide.has(r.start) && labSide.has(r.end)) || (firmSide.has(r.end) && labSide.has(r.start))) &&
        !onePerson.includes(r.start) &&
        !onePerson.includes(r.end),
    );
    expect(onePerson.length + chains.length).toBeGreaterThanOrEqual(4);
    expect(chains.length).toBeGreaterThanOrEqual(2);
    const managers = onePerson.filter((p) => byId.get(p)!.labels.includes('TechManager'));
    expect(managers).toHaveLength(1);
    const tm = managers[0]!;
    // Current, strong ties to both sides; expertise in the lab's research area; a pool; a brokered project.
    const tmTies = rels.filter((r) => r.start === tm && direct.includes(r.type));
    const current = (r: RawRel) => r.props.end === undefined;
    expect(tmTies.filter((r) => sideOf(firm).has(r.end) && current(r) && r.props.strength >= 0.8).length).toBeGreaterThan(0);
    expect(tmTies.filter((r) => sideOf(lab).has(r.end) && current(r) && r.props.strength >= 0.8).length).toBeGreaterThan(0);
    const labAreas = out(lab, 'RESEARCHES').map((r) => r.end);
    const firmAreas = out(firm, 'FOCUSES_ON').map((r) => r.end);
    const tmAreas = out(tm, 'EXPERT_IN').map((r) => r.end);
    expect(tmAreas.some((a) => labAreas.includes(a) && firmAreas.includes(a))).toBe(true);
    expect(tmTies.filter((r) => r.type === 'WORKS_AT' || r.type === 'AFFILIATED_WITH').length).toBeGreaterThanOrEqual(3);
    expect(out(tm, 'MEMBER_OF').length).toBeGreaterThan(0);
    expect(out(tm, 'BROKERED').length).toBeGreaterThan(0);
    // Some ties have ended, so an as-of date changes who bridges.
    const ended = [...firmSide, ...labSide].flatMap((p) => rels.filter((r) => r.start === p && r.props.end !== undefined));
    expect(ended.length).toBeGreaterThan(0);
  });

  it('spreads Qingtian\'s diaspora over several countries, with ties back home', () => {
    const qt = byId.get('demo:region:qingtian')!;
    expect(qt.props).toMatchObject({ overseasPopulation: 381000, level: 'county' });
    expect(qt.props.population).toBeLessThanOrEqual(600000);
    const origin = into('demo:region:qingtian', 'ORIGINATES_FROM').map((r) => r.start);
    const abroad = new Map<string, string>();
    for (const p of origin) {
      const home = rels.find((r) => r.type === 'LIVES_IN' && r.start === p && r.props.end === undefined);
      const country = home && ancestorAt(home.end, 'country');
      if (country && country !== 'demo:region:china') abroad.set(p, country);
    }
    expect(abroad.size).toBeGreaterThanOrEqual(25);
    expect(abroad.size).toBeLessThanOrEqual(40);
    expect(new Set(abroad.values()).size).toBeGreaterThanOrEqual(7);
    // Ties back: work, affiliation, founding or a project in Qingtian itself.
    const inQingtian = new Set(into('demo:region:qingtian', 'LOCATED_IN').map((r) => r.start));
    const tiedBack = [...abroad.keys()].filter((p) =>
      rels.some((r) => r.start === p && ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED', 'PARTICIPATES_IN'].includes(r.type) && inQingtian.has(r.end)),
    );
    expect(tiedBack.length).toBeGreaterThanOrEqual(12);
    expect(out('demo:person:cheng-hao', 'ORIGINATES_FROM').map((r) => r.end)).toEqual(['demo:region:qingtian']);
    expect(byId.get('demo:person:cheng-hao')!.props.illustrative).toBeUndefined();
  });

  it('records competition winners with rank, year and track who founded or joined firms', () => {
    const hu = out('demo:person:hu-lianxin', 'WON');
    expect(hu).toHaveLength(1);
    expect(hu[0]!.props).toMatchObject({ rank: 1, year: 2023 });
    expect(out('demo:person:hu-lianxin', 'FOUNDED').map((r) => r.end)).toEqual(['demo:enterprise:huzhou-liucheng']);
    const tracks = byId.get('demo:competition:huzhou-2023')!.props.tracks as string[];
    expect(tracks).toEqual(['高端装备与新材料', '数字经济与生命健康']);
    const winners = into('demo:competition:huzhou-2023', 'WON').filter((r) => mainLabel(r.start) === 'Person');
    for (const w of winners.filter((r) => r.props.track !== undefined)) expect(tracks).toContain(w.props.track);
    const withFirm = winners.filter((w) => rels.some((r) => r.start === w.start && (r.type === 'FOUNDED' || r.type === 'WORKS_AT')));
    expect(withFirm.length).toBeGreaterThanOrEqual(4);
    expect(new Set(winners.map((w) => w.props.track).filter(Boolean)).size).toBe(2);
  });

  it('has a researcher with three current affiliations, and Yang Yihao with his two', () => {
    const current = (p: string) =>
      rels.filter((r) => r.start === p && (r.type === 'WORKS_AT' || r.type === 'AFFILIATED_WITH') && r.props.end === undefined).map((r) => r.end);
    expect(current('demo:person:yang-yihao').sort()).toEqual(['demo:lab:zju', 'demo:lab:zju-hic']);
    const three = nodes.filter((n) => n.labels.includes('Researcher') && current(n.id).length === 3);
    expect(three.length).toBeGreaterThanOrEqual(1);
    expect(three.every((n) => n.props.illustrative === true)).toBe(true);
  });

  it('has an escrow project deposited at 10% with milestones, participants and a technology manager who brokered it', () => {
    const held = nodes.filter((n) => n.labels.includes('Project') && n.props.escrowState === 'deposited');
    expect(held.length).toBeGreaterThanOrEqual(1);
    const p = held[0]!;
    expect(p.props.escrowPercent).toBe(10);
    expect(p.props.milestones.length).toBeGreaterThanOrEqual(2);
    expect(p.props.milestones).toContain(p.props.nextMilestone);
    const kinds = new Set(into(p.id, 'PARTICIPATES_IN').map((r) => mainLabel(r.start)));
    expect([...kinds]).toEqual(expect.arrayContaining(['Enterprise', 'Lab', 'Person']));
    const brokers = into(p.id, 'BROKERED').map((r) => byId.get(r.start)!);
    expect(brokers.some((b) => b.labels.includes('TechManager'))).toBe(true);
  });

  it('has posted demands whose needs match their techAreaIds and whose response is due 48 hours later', () => {
    const demands = nodes.filter((n) => n.labels.includes('Demand'));
    expect(demands.length).toBeGreaterThanOrEqual(3);
    for (const d of demands) {
      expect(into(d.id, 'POSTED').map((r) => mainLabel(r.start))).toEqual(['Enterprise']);
      expect(out(d.id, 'NEEDS').map((r) => r.end).sort()).toEqual([...d.props.techAreaIds].sort());
      expect(byId.get(d.props.regionId)?.labels).toEqual(['Region']);
      expect(Date.parse(d.props.responseDue) - Date.parse(d.props.postedAt)).toBe(48 * 3600 * 1000);
    }
  });
});

describe('readDemo on bad files', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  function fixture(nodeLines: string[], relLines: string[]): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-bad-'));
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'nodes'));
    fs.mkdirSync(path.join(dir, 'relationships'));
    fs.writeFileSync(path.join(dir, 'nodes', 'a.jsonl'), nodeLines.join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'relationships', 'a.jsonl'), relLines.join('\n') + '\n');
    return dir;
  }
  function problems(dir: string): string[] {
    try {
      readDemo(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(DemoDataError);
      return (e as DemoDataError).problems;
    }
    throw new Error('readDemo accepted bad files');
  }

  it('names the file and line of each problem and the reason', () => {
    const dir = fixture(
      [
        '{"id": "demo:person:a", "labels": ["Person"], "props": {"name": "甲"}}',
        '{"id": "demo:lab:b", "labels": ["Lab"], "props": {"name": "乙", "kind": "provincial_lab"}}',
        '',
        '{"id": "demo:person:a", "labels": ["Person"], "props": {}}',
        '{"id": "demo:person:c", "labels": ["Person"], "props": {"salary": 3}}',
        '{"id": "demo:person:d", "labels": ["Person"], "props": {"consent": "yes"}}',
        '{"id": "demo:person:e", "labels": ["Person", "Lab"], "props": {}}',
        '{"id": "demo:person:f", "labels": ["Person"] "props": {}}',
      ],
      [
        '{"type": "WORKS_AT", "start": "demo:person:a", "end": "demo:lab:b", "props": {"start": "2020-13-40"}}',
        '{"type": "WORKS_AT", "start": "demo:person:a", "end": "demo:lab:missing", "props": {}}',
        '{"type": "LIVES_IN", "start": "demo:person:a", "end": "demo:lab:b", "props": {}}',
        '{"type": "LIKES", "start": "demo:person:a", "end": "demo:lab:b", "props": {}}',
        '{"type": "AFFILIATED_WITH", "start": "demo:person:a", "end": "demo:lab:b", "props": {}}',
        '{"type": "AFFILIATED_WITH", "start": "demo:person:a", "end": "demo:lab:b", "props": {"role": "x"}}',
      ],
    );
    const found = problems(dir);
    const n = (line: number) => new RegExp(`nodes[\\\\/]a\\.jsonl:${line}(:\\d+)?: `);
    const r = (line: number) => new RegExp(`relationships[\\\\/]a\\.jsonl:${line}: `);
    const expectProblem = (where: RegExp, reason: RegExp) =>
      expect(found.some((p) => where.test(p) && reason.test(p)), `${where} ${reason} in\n${found.join('\n')}`).toBe(true);
    expectProblem(n(4), /duplicate id demo:person:a/);
    expectProblem(n(5), /'salary' is not in the model/);
    expectProblem(n(6), /'consent' must be true or false/);
    expectProblem(n(7), /exactly one of the model's labels/);
    expectProblem(/nodes[\\/]a\.jsonl:8:\d+: /, /not valid JSON/);
    expectProblem(r(1), /'start' must be a date/);
    expectProblem(r(2), /end id demo:lab:missing is not a node/);
    expectProblem(r(3), /LIVES_IN cannot join Person to Lab/);
    expectProblem(r(4), /unknown relationship type 'LIKES'/);
    expectProblem(r(6), /duplicate AFFILIATED_WITH/);
    expect(found).toHaveLength(10);
  });
});
