// Loading the demo dataset into a real Neo4j: every line lands once, values keep their types, full-text search finds
// the key entities by Chinese characters and by pinyin or English, a second load changes nothing, a bad file writes
// nothing, and the as-of dates in the data change who bridges the firm to the lab. Expected values come from the
// JSON lines files and from Cypher written here, not from the loader's own report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR, DemoDataError, loadDemo } from '../../seed/demo/load.js';
import { testDb, withGraph } from '../support/db.js';

const db = testDb();

function lineCount(sub: string): number {
  const dir = path.join(DEMO_DIR, sub);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .reduce((n, f) => n + fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== '').length, 0);
}
const NODE_LINES = lineCount('nodes');
const REL_LINES = lineCount('relationships');
// The order desk's shortlists (desk/*.jsonl) are PROPOSED ties in the graph too, one per line.
const DESK_LINES = lineCount('desk');

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.runText('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
  return { nodes: Number(row!.nodes), rels: Number(row!.rels) };
}

async function search(text: string): Promise<string[]> {
  const rows = await db.runText(
    "CALL db.index.fulltext.queryNodes('entity_search', $text, {limit: 10}) YIELD node RETURN node.id AS id",
    { text },
  );
  return rows.map((r) => String(r.id));
}

withGraph(db, async () => {
  await loadDemo(db);
});

describe('loadDemo', () => {
  it('writes one node per node line and one relationship per relationship line', async () => {
    expect(await counts()).toEqual({ nodes: NODE_LINES, rels: REL_LINES + DESK_LINES });
  });

  it('gives every node the base label and exactly one model label', async () => {
    const [row] = await db.runText(`
      MATCH (n)
      WITH n, [l IN labels(n) WHERE l IN ['Person','Enterprise','Lab','Organisation','Competition','TalentPool','Region','TechArea','Project','Demand']] AS main
      RETURN count(*) AS total, count(CASE WHEN n:Entity AND size(main) = 1 THEN 1 END) AS ok`);
    expect(Number(row!.ok)).toBe(Number(row!.total));
  });

  it('stores dates as dates, date-times as date-times and flags as booleans', async () => {
    const [row] = await db.runText(`
      MATCH (:Person {id: 'demo:person:shen-zhiyuan'})-[w:WORKS_AT]->(:Lab {id: 'demo:lab:tianmushan'})
      MATCH (d:Demand {id: 'demo:demand:wuxing-battery-foil'})
      MATCH (p:Project {id: 'demo:project:zhaofeng-anxinbao'})
      RETURN valueType(w.start) AS start, valueType(w.illustrative) AS flag, valueType(d.postedAt) AS posted,
             duration.inSeconds(d.postedAt, d.responseDue).hours AS hours, valueType(p.milestones) AS milestones`);
    expect(row).toMatchObject({
      start: 'DATE NOT NULL',
      flag: 'BOOLEAN NOT NULL',
      posted: 'ZONED DATETIME NOT NULL',
      hours: 48,
      milestones: 'LIST<STRING NOT NULL> NOT NULL',
    });
  });

  it('finds 杭州五星铝业 by "五星" and by "wuxing", and the county by "青田" and by "Qingtian"', async () => {
    expect(await search('五星')).toContain('demo:enterprise:wuxing-aluminium');
    expect(await search('wuxing')).toContain('demo:enterprise:wuxing-aluminium');
    expect(await search('Five Star')).toContain('demo:enterprise:wuxing-aluminium');
    const zh = await search('青田');
    const en = await search('Qingtian');
    // Many Qingtian firms and offices carry the name; the county itself, with the shortest name, comes first.
    expect(zh[0]).toBe('demo:region:qingtian');
    expect(en[0]).toBe('demo:region:qingtian');
    expect(await search('天目山')).toContain('demo:lab:tianmushan');
    expect(await search('tianmushan')).toContain('demo:lab:tianmushan');
  });

  it('changes no count, and no property, when loaded a second time', async () => {
    const fingerprint = async () =>
      (
        await db.runText(`
          MATCH (n) WITH n ORDER BY n.id
          WITH collect(n.id + ':' + toString(size(keys(n)))) AS ns
          MATCH (a)-[r]->(b) WITH ns, r, a, b ORDER BY a.id, type(r), b.id
          RETURN ns, collect(a.id + type(r) + b.id + toString(size(keys(r)))) AS rs`)
      )[0];
    const before = await fingerprint();
    const loaded = await loadDemo(db);
    expect(loaded).toEqual({ nodes: NODE_LINES, relationships: REL_LINES });
    expect(await counts()).toEqual({ nodes: NODE_LINES, rels: REL_LINES + DESK_LINES });
    expect(await fingerprint()).toEqual(before);
  });

  it('writes nothing when one line of a file is bad, and names that line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-bad-'));
    try {
      fs.mkdirSync(path.join(dir, 'nodes'));
      fs.mkdirSync(path.join(dir, 'relationships'));
      fs.writeFileSync(
        path.join(dir, 'nodes', 'x.jsonl'),
        '{"id": "demo:person:new-one", "labels": ["Person"], "props": {"name": "新人"}}\n' +
          '{"id": "demo:lab:new-lab", "labels": ["Lab"], "props": {"name": "新实验室", "kind": "moon_base"}}\n',
      );
      fs.writeFileSync(
        path.join(dir, 'relationships', 'x.jsonl'),
        '{"type": "WORKS_AT", "start": "demo:person:new-one", "end": "demo:lab:new-lab", "props": {"strength": "strong"}}\n',
      );
      const before = await counts();
      const err = await loadDemo(db, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DemoDataError);
      expect((err as DemoDataError).message).toMatch(/relationships[\\/]x\.jsonl:1: property 'strength' must be a number/);
      expect(await counts()).toEqual(before);
      const [row] = await db.runText("MATCH (n {id: 'demo:person:new-one'}) RETURN count(n) AS c");
      expect(Number(row!.c)).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the demo graph', () => {
  // People tied to both the firm and the lab (directly or through a unit PART_OF either) on a date; ties without
  // dates are open-ended. Written here independently of the product's bridge queries.
  async function bridgesOn(asOf: string): Promise<string[]> {
    const rows = await db.runText(
      `
      MATCH (f:Entity {id: 'demo:enterprise:wuxing-aluminium'}), (l:Entity {id: 'demo:lab:tianmushan'})
      MATCH (p:Person)
      WHERE all(end IN [f, l] WHERE EXISTS {
        MATCH (p)-[r:WORKS_AT|AFFILIATED_WITH|STUDIED_AT|FOUNDED|MEMBER_OF]->(x)
        WHERE (x = end OR EXISTS { (x)-[:PART_OF]->(end) })
          AND (r.start IS NULL OR r.start <= date($asOf)) AND (r.end IS NULL OR r.end >= date($asOf))
      })
      RETURN p.id AS id ORDER BY id`,
      { asOf },
    );
    return rows.map((r) => String(r.id));
  }

  it('has a technology manager bridging 五星铝业 and 天目山 now, and a Sunday engineer who bridged them earlier', async () => {
    const now = await bridgesOn('2025-06-01');
    const then = await bridgesOn('2020-06-01');
    expect(now).toContain('demo:person:shen-zhiyuan');
    expect(then).not.toContain('demo:person:shen-zhiyuan');
    expect(then).toContain('demo:person:chen-yalin');
    expect(now).not.toContain('demo:person:chen-yalin');
    const [tm] = await db.runText("MATCH (p:Person:TechManager {id: 'demo:person:shen-zhiyuan'}) RETURN p.illustrative AS flag");
    expect(tm?.flag).toBe(true);
  });

  it('places Qingtian natives in cities of several countries', async () => {
    const rows = await db.runText(`
      MATCH (:Region {id: 'demo:region:qingtian'})<-[:ORIGINATES_FROM]-(p:Person)-[l:LIVES_IN]->(c:Region)
      WHERE l.end IS NULL
      MATCH (c)-[:PART_OF]->*(country:Region {level: 'country'})
      WHERE country.id <> 'demo:region:china'
      RETURN country.nameEn AS country, count(DISTINCT p) AS people`);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(rows.reduce((n, r) => n + Number(r.people), 0)).toBeGreaterThanOrEqual(25);
  });

  it('ties each of the nine Lishui sub-pools to the city pool and to its county inside Lishui', async () => {
    const [row] = await db.runText(`
      MATCH (sub:TalentPool {kind: 'county'})-[:PART_OF]->(:TalentPool {id: 'demo:pool:lishui'})
      MATCH (sub)-[:LOCATED_IN]->(county:Region {level: 'county'})-[:PART_OF]->(:Region {id: 'demo:region:lishui'})
      RETURN count(DISTINCT sub) AS pools, count(DISTINCT county) AS counties`);
    expect(row).toMatchObject({ pools: 9, counties: 9 });
  });
});
