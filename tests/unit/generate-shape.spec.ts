// The generated graph keeps to the model and has the shape the product needs. Every figure here is recomputed from
// the CSV files themselves (degrees, shares, counts), never taken from the generator's own summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../seed/generate/generate.js';
import { checkEndpoints, nodeRow, relRow } from '../../seed/import/writer.js';
import { NODE_LABELS, ROLE_LABELS, isNodeLabel, nodePropType, relPropType, type PropType, type RelType } from '../../server/model/model.js';

const PERSONS = 20_000;
/** The generator's documented "as of" day: no tie starts after it. */
const AS_OF = '2025-06-30';

interface Column {
  name: string;
  type: string;
  array: boolean;
  role: 'id' | 'start' | 'end' | 'label' | 'type' | 'prop';
  space?: string;
}
interface Table {
  file: string;
  columns: Column[];
  rows: string[][];
}

function readHeader(fields: string[]): Column[] {
  return fields.map((f) => {
    const m = /^(.*?):(ID|START_ID|END_ID)\((\w+)\)$/.exec(f);
    if (m) return { name: m[1]!, type: 'string', array: false, role: ({ ID: 'id', START_ID: 'start', END_ID: 'end' } as const)[m[2] as 'ID'], space: m[3]! };
    if (f === ':LABEL') return { name: '', type: 'string', array: false, role: 'label' };
    if (f === ':TYPE') return { name: '', type: 'string', array: false, role: 'type' };
    const t = /^(\w+):(\w+)(\[\])?$/.exec(f);
    if (t) return { name: t[1]!, type: t[2]!, array: Boolean(t[3]), role: 'prop' };
    return { name: f, type: 'string', array: false, role: 'prop' };
  });
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-generate-shape-'));
const tables: Table[] = [];
const byFile = (name: string): Table => {
  const t = tables.find((x) => x.file === name);
  if (!t) throw new Error(`no file ${name}`);
  return t;
};
const col = (t: Table, name: string) => {
  const i = t.columns.findIndex((c) => c.name === name || (name.startsWith(':') && c.role === name.slice(1).toLowerCase()));
  if (i < 0) throw new Error(`${t.file} has no column ${name}`);
  return i;
};

beforeAll(async () => {
  await generate({ persons: PERSONS, seed: 42, out: root });
  for (const file of fs.readdirSync(root).sort()) {
    const records = parse(fs.readFileSync(path.join(root, file)), { relax_column_count: false }) as string[][];
    const [header, ...rows] = records;
    tables.push({ file, columns: readHeader(header!), rows });
  }
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A cell as the importer would type it from the header. */
function typed(text: string, c: Column): unknown {
  if (text === '') return null;
  const one = (v: string): unknown => (c.type === 'int' || c.type === 'float' ? Number(v) : v);
  return c.array ? text.split(';').map(one) : one(text);
}

const PROP_TYPE: Record<string, PropType> = { string: 'string', int: 'int', float: 'float', boolean: 'boolean', date: 'date', datetime: 'datetime' };

describe('generated files keep to the model', () => {
  it('declares only model properties with the model types, and every node row passes the import validator', () => {
    const nodeFiles = tables.filter((t) => t.columns.some((c) => c.role === 'id'));
    expect(nodeFiles.map((t) => t.columns[0]!.space).sort()).toEqual(NODE_LABELS.filter((l) => l !== 'Organisation').sort());
    for (const t of nodeFiles) {
      const space = t.columns[0]!.space!;
      expect(isNodeLabel(space), t.file).toBe(true);
      for (const c of t.columns.filter((x) => x.role === 'prop')) {
        const declared = c.array ? `${c.type}[]` : PROP_TYPE[c.type];
        expect(nodePropType([space], c.name), `${t.file} ${c.name}`).toBe(declared);
      }
      const labelAt = col(t, ':LABEL');
      const problems: string[] = [];
      for (const [line, row] of t.rows.entries()) {
        const where = `${t.file}:${line + 2}`;
        const labels = row[labelAt]!.split(';');
        if (labels[0] !== space) problems.push(`${where}: first label ${labels[0]}`);
        for (const l of labels.slice(1)) if (!(ROLE_LABELS as readonly string[]).includes(l)) problems.push(`${where}: label ${l}`);
        // Pinyin derivation in nodeRow is slow; a sample of people is enough, everything else is checked.
        if (space === 'Person' && line % 25 !== 0) continue;
        const props: Record<string, unknown> = {};
        t.columns.forEach((c, i) => {
          if (c.role === 'prop') props[c.name] = typed(row[i]!, c);
        });
        try {
          nodeRow({ id: `${space}:${row[0]}`, labels, props });
        } catch (e) {
          problems.push(`${where}: ${(e as Error).message}`);
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
    }
  }, 120_000);

  it('uses model types between allowed endpoints, with no dangling ids and no repeated (start, type, end)', () => {
    const ids = new Map<string, Set<string>>();
    for (const t of tables) {
      if (t.columns[0]!.role !== 'id') continue;
      const set = new Set(t.rows.map((r) => r[0]!));
      expect(set.size, `${t.file} ids are unique`).toBe(t.rows.length);
      ids.set(t.columns[0]!.space!, set);
    }
    const seen = new Set<string>();
    // Plain checks collected per row (an expect() per cell would take minutes over a quarter million rows).
    const problems: string[] = [];
    const fail = (where: string, what: string) => {
      if (problems.length < 20) problems.push(`${where}: ${what}`);
    };
    let rels = 0;
    for (const t of tables.filter((x) => x.columns[0]!.role === 'start')) {
      const from = t.columns[0]!.space!;
      const to = t.columns[1]!.space!;
      const typeAt = col(t, ':TYPE');
      for (const c of t.columns.filter((x) => x.role === 'prop')) {
        const declared = c.array ? `${c.type}[]` : PROP_TYPE[c.type];
        const type = t.rows[0]?.[typeAt] as RelType | undefined;
        if (type) expect(relPropType(type, c.name), `${t.file} ${c.name}`).toBe(declared);
      }
      const startAt = t.columns.findIndex((c) => c.role === 'prop' && c.name === 'start');
      const endAt = t.columns.findIndex((c) => c.role === 'prop' && c.name === 'end');
      const strengthAt = t.columns.findIndex((c) => c.name === 'strength');
      const sourceAt = col(t, 'source');
      const props = t.columns.map((c, i) => [c, i] as const).filter(([c]) => c.role === 'prop');
      for (const [line, row] of t.rows.entries()) {
        const where = `${t.file}:${line + 2}`;
        const type = row[typeAt]!;
        try {
          checkEndpoints(type as RelType, from, to);
        } catch (e) {
          fail(where, (e as Error).message);
        }
        if (!ids.get(from)!.has(row[0]!)) fail(where, `dangling start ${row[0]}`);
        if (!ids.get(to)!.has(row[1]!)) fail(where, `dangling end ${row[1]}`);
        const key = `${from}:${row[0]}|${type}|${to}:${row[1]}`;
        if (seen.has(key)) fail(where, `repeats ${key}`);
        seen.add(key);
        if (row[sourceAt] !== 'synthetic') fail(where, `source ${row[sourceAt]}`);
        if (strengthAt >= 0) {
          const s = Number(row[strengthAt]);
          if (!(s >= 0 && s <= 1)) fail(where, `strength ${row[strengthAt]}`);
        }
        if (startAt >= 0 && row[startAt]) {
          if (row[startAt]! > AS_OF) fail(where, `starts ${row[startAt]}, after ${AS_OF}`);
          if (endAt >= 0 && row[endAt] && row[startAt]! > row[endAt]!) fail(where, `ends ${row[endAt]} before it starts ${row[startAt]}`);
        }
        const values: Record<string, unknown> = {};
        for (const [c, i] of props) values[c.name] = typed(row[i]!, c);
        try {
          relRow({ type, start: `${from}:${row[0]}`, end: `${to}:${row[1]}`, props: values });
        } catch (e) {
          fail(where, (e as Error).message);
        }
        rels++;
      }
    }
    expect(problems).toEqual([]);
    expect(rels).toBeGreaterThan(PERSONS * 8);
  }, 120_000);

  it('gives organisations, regions and areas both a Chinese and an English name, and people a pinyin name', () => {
    for (const t of tables.filter((x) => x.columns[0]!.role === 'id')) {
      const zh = col(t, 'nameZh');
      const en = col(t, 'nameEn');
      const bad = t.rows.filter((row) => !/\p{Script=Han}/u.test(row[zh]!) || !/^[A-Za-z0-9]/.test(row[en]!));
      expect(bad.slice(0, 5), t.file).toEqual([]);
    }
    const people = byFile('nodes-person.csv');
    const en = col(people, 'nameEn');
    for (const row of people.rows.slice(0, 500)) expect(row[en]).toMatch(/^[A-Z][a-z]+ [A-Z][a-z']+$/);
  });
});

describe('generated graph shape', () => {
  const rowsOf = (file: string) => byFile(file).rows;

  it('has about ten persons per enterprise, with heavy-tailed firm sizes', () => {
    const firms = rowsOf('nodes-enterprise.csv').length;
    expect(PERSONS / firms).toBeGreaterThan(9);
    expect(PERSONS / firms).toBeLessThan(11);
    const works = byFile('rels-person-works_at-enterprise.csv');
    const endAt = col(works, 'end');
    const staff = new Map<string, number>();
    for (const r of works.rows) if (!r[endAt]) staff.set(r[1]!, (staff.get(r[1]!) ?? 0) + 1);
    const current = [...staff.values()].reduce((a, b) => a + b, 0);
    expect(current / firms).toBeGreaterThan(7);
    expect(current / firms).toBeLessThan(11);
    const sizes = [...staff.values()].sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(sizes[sizes.length - 1]!).toBeGreaterThan(20 * median);
  });

  it('has a heavy-tailed KNOWS degree around 8-10 on average, clustered by county', () => {
    const degree = new Map<string, number>();
    const knows = rowsOf('rels-person-knows-person.csv');
    for (const [a, b] of knows) {
      degree.set(a!, (degree.get(a!) ?? 0) + 1);
      degree.set(b!, (degree.get(b!) ?? 0) + 1);
    }
    const mean = (2 * knows.length) / PERSONS;
    expect(mean).toBeGreaterThan(7.5);
    expect(mean).toBeLessThan(11);
    const max = Math.max(...degree.values());
    expect(max).toBeGreaterThan(15 * mean);
    // A heavy tail: many people far above the mean, which a Poisson graph of that mean would practically never have.
    const far = [...degree.values()].filter((d) => d >= 5 * mean).length;
    expect(far).toBeGreaterThan(PERSONS / 1000);

    // The county a person belongs to: where they live now in Zhejiang, or (abroad) where they come from.
    const county = new Map<string, string>();
    const lives = byFile('rels-person-lives_in-region.csv');
    const endAt = col(lives, 'end');
    for (const r of lives.rows) if (!r[endAt] && r[1]!.startsWith('cn.zj.')) county.set(r[0]!, r[1]!);
    for (const r of rowsOf('rels-person-originates_from-region.csv')) if (!county.has(r[0]!) && r[1]!.startsWith('cn.zj.')) county.set(r[0]!, r[1]!);
    let same = 0;
    let known = 0;
    for (const [a, b] of knows) {
      const ca = county.get(a!);
      const cb = county.get(b!);
      if (!ca || !cb) continue;
      known++;
      if (ca === cb) same++;
    }
    // Random pairs would share a county a few percent of the time.
    expect(same / known).toBeGreaterThan(0.5);
  });

  it('gives each county its own diaspora share: Qingtian and Wencheng far above the rest', () => {
    const abroad = new Set<string>();
    const lives = byFile('rels-person-lives_in-region.csv');
    const endAt = col(lives, 'end');
    for (const r of lives.rows) if (!r[endAt] && !r[1]!.startsWith('cn')) abroad.add(r[0]!);
    const from = new Map<string, { n: number; abroad: number }>();
    for (const [p, region] of rowsOf('rels-person-originates_from-region.csv')) {
      const s = from.get(region!) ?? { n: 0, abroad: 0 };
      s.n++;
      if (abroad.has(p!)) s.abroad++;
      from.set(region!, s);
    }
    const share = (id: string) => from.get(id)!.abroad / from.get(id)!.n;
    expect(share('cn.zj.lishui.qingtian')).toBeGreaterThan(0.2);
    expect(share('cn.zj.lishui.qingtian')).toBeLessThan(0.5);
    expect(share('cn.zj.wenzhou.wencheng')).toBeGreaterThan(0.12);
    let n = 0;
    let out = 0;
    for (const [region, s] of from) {
      if (!region.startsWith('cn.zj.') || region.startsWith('cn.zj.wenzhou') || region.startsWith('cn.zj.lishui')) continue;
      n += s.n;
      out += s.abroad;
    }
    expect(out / n).toBeLessThan(0.03);
    expect(out).toBeGreaterThan(0);
    // Migrants from other provinces never appear abroad here.
    for (const [region, s] of from) if (!region.startsWith('cn.zj')) expect(s.abroad, region).toBe(0);
    // The diaspora spreads over several countries.
    const countries = new Set(lives.rows.filter((r) => !r[1]!.startsWith('cn')).map((r) => r[1]!.split('.')[0]));
    expect(countries.size).toBeGreaterThan(8);
  });

  it('has researchers with several current affiliations, and labs with heavy-tailed ties', () => {
    const aff = byFile('rels-person-affiliated_with-lab.csv');
    const endAt = col(aff, 'end');
    const current = new Map<string, number>();
    for (const r of aff.rows) if (!r[endAt]) current.set(r[0]!, (current.get(r[0]!) ?? 0) + 1);
    const several = [...current.values()].filter((n) => n >= 2).length;
    const three = [...current.values()].filter((n) => n >= 3).length;
    expect(several).toBeGreaterThan(50);
    expect(three).toBeGreaterThan(10);

    const labTies = new Map<string, number>();
    for (const t of tables) {
      const s = t.columns[0]!;
      const e = t.columns[1]!;
      if (s.role !== 'start') continue;
      for (const r of t.rows) {
        if (s.space === 'Lab') labTies.set(r[0]!, (labTies.get(r[0]!) ?? 0) + 1);
        if (e.space === 'Lab') labTies.set(r[1]!, (labTies.get(r[1]!) ?? 0) + 1);
      }
    }
    const ties = [...labTies.values()].sort((a, b) => a - b);
    expect(ties[ties.length - 1]!).toBeGreaterThan(20 * ties[Math.floor(ties.length / 2)]!);
    const kinds = new Set(rowsOf('nodes-lab.csv').map((r) => r[col(byFile('nodes-lab.csv'), 'kind')]));
    expect([...kinds].sort()).toEqual(['innovation_platform', 'joint_lab', 'provincial_lab', 'research_institute', 'university']);
    // Joint labs sit in a host and partner a firm, named on the partnership.
    const partners = byFile('rels-lab-partners_with-enterprise.csv');
    const jointAt = col(partners, 'jointLabId');
    const jointLabs = rowsOf('nodes-lab.csv').filter((r) => r[col(byFile('nodes-lab.csv'), 'kind')] === 'joint_lab').map((r) => r[0]!);
    const named = new Set(partners.rows.map((r) => r[jointAt]).filter(Boolean));
    for (const j of jointLabs) expect(named.has(`Lab:${j}`), j).toBe(true);
  });

  it('has about 1% technology managers tied to both firms and labs, who broker projects', () => {
    const people = byFile('nodes-person.csv');
    const labelAt = col(people, ':LABEL');
    const tms = new Set(people.rows.filter((r) => r[labelAt]!.split(';').includes('TechManager')).map((r) => r[0]!));
    expect(tms.size / PERSONS).toBeGreaterThan(0.006);
    expect(tms.size / PERSONS).toBeLessThan(0.015);
    const firmSide = new Set<string>();
    const labSide = new Set<string>();
    for (const f of ['rels-person-works_at-enterprise.csv', 'rels-person-affiliated_with-enterprise.csv']) for (const r of rowsOf(f)) firmSide.add(r[0]!);
    for (const f of ['rels-person-works_at-lab.csv', 'rels-person-affiliated_with-lab.csv']) for (const r of rowsOf(f)) labSide.add(r[0]!);
    const both = [...tms].filter((t) => firmSide.has(t) && labSide.has(t)).length;
    expect(both / tms.size).toBeGreaterThan(0.9);
    const brokers = new Set(rowsOf('rels-person-brokered-project.csv').map((r) => r[0]!));
    expect(brokers.size).toBeGreaterThan(10);
    for (const b of brokers) expect(tms.has(b), b).toBe(true);
  });

  it('has the region tree, the area taxonomy and talent pools whose member counts match their members', () => {
    const regions = byFile('nodes-region.csv');
    const levelAt = col(regions, 'level');
    const parent = new Map(rowsOf('rels-region-part_of-region.csv').map((r) => [r[0]!, r[1]!]));
    const zjCounties = regions.rows.filter((r) => r[levelAt] === 'county').map((r) => r[0]!);
    expect(zjCounties.length).toBe(90);
    const cities = new Set(zjCounties.map((c) => parent.get(c)));
    expect(cities.size).toBe(11);
    for (const c of cities) expect(parent.get(c!)).toBe('cn.zj');
    expect(parent.get('cn.zj')).toBe('cn');
    const qingtian = regions.rows.find((r) => r[0] === 'cn.zj.lishui.qingtian')!;
    expect(qingtian[col(regions, 'nameZh')]).toBe('青田县');

    const areas = byFile('nodes-techarea.csv').rows.map((r) => r[0]!);
    const areaParent = new Map(rowsOf('rels-techarea-part_of-techarea.csv').map((r) => [r[0]!, r[1]!]));
    const tops = areas.filter((a) => !areaParent.has(a));
    expect(tops.length).toBe(10);
    expect(areas.length - tops.length).toBeGreaterThanOrEqual(50);
    for (const [, top] of areaParent) expect(tops).toContain(top);

    const pools = byFile('nodes-talentpool.csv');
    const countAt = col(pools, 'memberCount');
    const kindAt = col(pools, 'kind');
    const members = new Map<string, number>();
    for (const r of rowsOf('rels-person-member_of-talentpool.csv')) members.set(r[1]!, (members.get(r[1]!) ?? 0) + 1);
    for (const r of pools.rows) expect(Number(r[countAt]), r[0]).toBe(members.get(r[0]!) ?? 0);
    expect(pools.rows.filter((r) => r[kindAt] === 'city').length).toBe(11);
    const poolParent = new Map(rowsOf('rels-talentpool-part_of-talentpool.csv').map((r) => [r[0]!, r[1]!]));
    expect([...poolParent.keys()].length).toBe(90);
    expect(poolParent.get('lishui.qingtian')).toBe('lishui');
    expect([...members.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(PERSONS / 100);
  });

  it('has competition winners, some of whom founded firms, and projects with escrow', () => {
    const winners = new Set(rowsOf('rels-person-won-competition.csv').map((r) => r[0]!));
    const founders = new Set(rowsOf('rels-person-founded-enterprise.csv').map((r) => r[0]!));
    const foundingWinners = [...winners].filter((w) => founders.has(w)).length;
    expect(foundingWinners).toBeGreaterThan(10);
    expect(winners.size - foundingWinners).toBeGreaterThan(0);
    const won = byFile('rels-person-won-competition.csv');
    const rankAt = col(won, 'rank');
    const ranks = new Map<string, number[]>();
    for (const r of won.rows) ranks.set(r[1]!, [...(ranks.get(r[1]!) ?? []), Number(r[rankAt])]);
    // Ranks within one competition are 1..n without gaps or repeats (firms share their founder's rank).
    for (const [comp, list] of ranks) expect(new Set(list).size, comp).toBe(list.length);

    const projects = byFile('nodes-project.csv');
    const state = col(projects, 'escrowState');
    const pct = col(projects, 'escrowPercent');
    const held = projects.rows.filter((r) => r[state] === 'deposited');
    expect(held.length).toBeGreaterThan(0);
    for (const r of held) expect(Number(r[pct])).toBe(10);
    const demands = byFile('nodes-demand.csv');
    const posted = new Set(rowsOf('rels-enterprise-posted-demand.csv').map((r) => r[1]!));
    expect(posted.size).toBe(demands.rows.length);
  });

  it('gives people contact fields to mask and mostly consenting flags', () => {
    const people = byFile('nodes-person.csv');
    const email = col(people, 'email');
    const phone = col(people, 'phone');
    const consent = col(people, 'consent');
    const bad = people.rows.filter((r) => !/^[a-z]+\.\d+@example\.(com|net|org)$/.test(r[email]!) || !/^\+86 100 \d{4} \d{4}$/.test(r[phone]!));
    expect(bad.slice(0, 5)).toEqual([]);
    const yes = people.rows.filter((r) => r[consent] === 'true').length;
    expect(yes / PERSONS).toBeGreaterThan(0.85);
    expect(yes / PERSONS).toBeLessThan(0.99);
  });
});
