// Mutations against a real Neo4j: an upsert per node type (create, update, remove a field, roles, generated ids),
// link and unlink validated against the model, postDemand with its ties, first matches and 48-hour due time. Every
// refusal carries a typed code naming the argument or field, and leaves the graph exactly as it was (checked with a
// fingerprint of every node and relationship). Roles: admins change, brokers post demands, viewers do neither.
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { code, Fixture, gql, type GqlResult, withFixture } from './recommend-support.js';

const db = testDb();
let app: App;

const fx = new Fixture();
fx.node('r:lishui', ['Region'], { level: 'city', nameZh: '丽水市' });
fx.node('r:qingtian', ['Region'], { level: 'county' });
fx.rel('PART_OF', 'r:qingtian', 'r:lishui');
fx.node('t:materials', ['TechArea'], { nameEn: 'Materials' });
fx.node('t:foil', ['TechArea'], { nameEn: 'Foil' });
fx.rel('PART_OF', 't:foil', 't:materials');
fx.node('e:firm', ['Enterprise'], { nameEn: 'Firm' });
fx.node('l:lab', ['Lab'], { nameEn: 'Lab' });
fx.rel('LOCATED_IN', 'e:firm', 'r:lishui');
fx.node('pool:lishui', ['TalentPool'], { nameEn: 'Lishui Pool' });
fx.rel('LOCATED_IN', 'pool:lishui', 'r:lishui');
for (const [id, area] of [['p:1', 't:foil'], ['p:2', 't:materials'], ['p:3', 't:foil']] as const) {
  fx.node(id, ['Person'], { nameEn: `Talent ${id}` });
  fx.rel('EXPERT_IN', id, area, { level: 0.8 });
  fx.rel('MEMBER_OF', id, 'pool:lishui');
}

const NODE = 'id type labels name nameZh nameEn properties';

/** Every node's id, labels and properties and every relationship, as one comparable value. */
async function fingerprint(): Promise<string> {
  const [row] = await db.runText(`
    CALL () { MATCH (n) WITH n ORDER BY n.id RETURN collect([n.id, labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
    RETURN nodes, rels`);
  return JSON.stringify(row);
}

async function refused(query: string, variables: Record<string, unknown>, want: string, mention: RegExp | string, role: 'admin' | 'broker' | 'viewer' = 'admin'): Promise<GqlResult> {
  const before = await fingerprint();
  const r = await gql(app, query, variables, { role });
  expect(code(r), JSON.stringify(r.errors)).toBe(want);
  if (typeof mention === 'string') expect(r.errors![0]!.message).toContain(mention);
  else expect(r.errors![0]!.message).toMatch(mention);
  expect(await fingerprint()).toBe(before);
  return r;
}

withFixture(db, fx, (made) => (app = made));

const UPSERTS: Array<[string, string, Record<string, unknown>, string]> = [
  ['upsertPerson', 'PersonInput', { nameZh: '张三', nameEn: 'Zhang San', birthday: '1980-05-01', email: 'z@example.com', consent: true, roles: ['TechManager'] }, 'Person'],
  ['upsertEnterprise', 'EnterpriseInput', { name: '示例企业', founded: 2001, employees: 120, sme: true }, 'Enterprise'],
  ['upsertLab', 'LabInput', { nameZh: '示例实验室', kind: 'joint_lab', founded: 2020 }, 'Lab'],
  ['upsertOrganisation', 'OrganisationInput', { name: 'Office', kind: 'public_body' }, 'Organisation'],
  ['upsertCompetition', 'CompetitionInput', { name: 'Cup', year: 2024, edition: 3, tracks: ['材料', 'AI'] }, 'Competition'],
  ['upsertTalentPool', 'TalentPoolInput', { name: 'Pool', kind: 'county', responseHours: 48, dimensions: ['专业能力'] }, 'TalentPool'],
  ['upsertRegion', 'RegionInput', { name: 'Town', level: 'county', lat: 28.1, lon: 120.3, population: 1000 }, 'Region'],
  ['upsertTechArea', 'TechAreaInput', { nameEn: 'Batteries', code: 'B1' }, 'TechArea'],
  ['upsertProject', 'ProjectInput', { name: 'Pilot', start: '2024-01-01', escrowPercent: 10, escrowState: 'deposited', budget: 1000000 }, 'Project'],
  ['upsertDemand', 'DemandInput', { name: 'Need', postedAt: '2025-01-01T08:00:00Z', techAreaIds: ['t:foil'], regionId: 'r:lishui' }, 'Demand'],
];

describe('upserts', () => {
  it.each(UPSERTS)('%s creates the node with typed values, then updates only the fields given', async (field, input, values, label) => {
    const id = `new:${label.toLowerCase()}`;
    const q = `mutation($input: ${input}!) { ${field}(input: $input) { ${NODE} } }`;
    const created = await gql(app, q, { input: { id, ...values } }, { role: 'admin' });
    expect(created.errors).toBeUndefined();
    expect(created.data[field]).toMatchObject({ id, type: label });
    const [stored] = await db.runText('MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS p, valueType(n.start) AS startType, valueType(n.postedAt) AS postedType, valueType(n.lat) AS latType', { id });
    expect(stored!.labels).toEqual(expect.arrayContaining(['Entity', label]));
    if (label === 'Project') expect(stored!.startType).toBe('DATE NOT NULL');
    if (label === 'Demand') expect(stored!.postedType).toBe('ZONED DATETIME NOT NULL');
    if (label === 'Region') expect(stored!.latType).toBe('FLOAT NOT NULL');
    const p = stored!.p as Record<string, unknown>;
    expect(typeof p.name).toBe('string');
    const name = p.name;
    // Update: only the description changes; the name stays; then remove it again with null.
    const updated = await gql(app, q, { input: { id, description: 'updated' } }, { role: 'admin' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data[field].properties.description).toBe('updated');
    expect(updated.data[field].name).toBe(name);
    const removed = await gql(app, q, { input: { id, description: null } }, { role: 'admin' });
    expect(removed.errors).toBeUndefined();
    expect(removed.data[field].properties.description).toBeUndefined();
    const [count] = await db.runText('MATCH (n:Entity {id: $id}) RETURN count(n) AS c', { id });
    expect(Number(count!.c)).toBe(1);
  });

  it('stores a new demand without a status as open (the desk reads it), and an update without one keeps the stored status', async () => {
    const q = 'mutation($input: DemandInput!) { upsertDemand(input: $input) { id } }';
    await gql(app, q, { input: { id: 'new:open-demand', name: 'Need', postedAt: '2025-01-01T08:00:00Z' } }, { role: 'admin' });
    const status = async () => (await db.runText("MATCH (d:Demand {id: 'new:open-demand'}) RETURN d.status AS s"))[0]!.s;
    expect(await status()).toBe('open');
    await db.runText("MATCH (d:Demand {id: 'new:open-demand'}) SET d.status = 'answered'", {}, 'WRITE');
    const updated = await gql(app, q, { input: { id: 'new:open-demand', description: 'later' } }, { role: 'admin' });
    expect(updated.errors).toBeUndefined();
    expect(await status()).toBe('answered');
  });

  it('keeps search fields right after a partial update, replaces roles, and generates ids', async () => {
    const q = 'mutation($input: LabInput!) { upsertLab(input: $input) { id name } }';
    await gql(app, q, { input: { id: 'new:search', nameZh: '青田示范实验室' } }, { role: 'admin' });
    await gql(app, q, { input: { id: 'new:search', nameEn: 'Qingtian Demo Lab' } }, { role: 'admin' });
    const [row] = await db.runText("MATCH (n {id: 'new:search'}) RETURN n.name AS name, n.pinyin AS pinyin");
    expect(row!.name).toBe('青田示范实验室');
    expect(String(row!.pinyin)).toContain('qingtian');
    const hits = await db.runText("CALL db.index.fulltext.queryNodes('entity_search', 'qingtian') YIELD node RETURN node.id AS id");
    expect(hits.map((h) => h.id)).toContain('new:search');

    const person = 'mutation($input: PersonInput!) { upsertPerson(input: $input) { labels } }';
    await gql(app, person, { input: { id: 'new:roles', name: 'R', roles: ['TechManager', 'Expert'] } }, { role: 'admin' });
    const r = await gql(app, person, { input: { id: 'new:roles', roles: ['Researcher'] } }, { role: 'admin' });
    expect(r.data.upsertPerson.labels.sort()).toEqual(['Person', 'Researcher']);
    const keep = await gql(app, person, { input: { id: 'new:roles', title: 'Dr' } }, { role: 'admin' });
    expect(keep.data.upsertPerson.labels.sort()).toEqual(['Person', 'Researcher']);

    const gen = await gql(app, 'mutation { upsertEnterprise(input: {name: "No Id Ltd"}) { id } }', {}, { role: 'admin' });
    expect(gen.data.upsertEnterprise.id).toMatch(/^enterprise:[0-9a-f-]{36}$/);
  });

  it('refuses bad values naming the field, and writes nothing', async () => {
    const lab = 'mutation($input: LabInput!) { upsertLab(input: $input) { id } }';
    await refused(lab, { input: { id: 'bad:1', name: 'X', kind: 'spaceship' } }, 'BAD_USER_INPUT', /input\.kind.*joint_lab/);
    await refused(lab, { input: { id: 'p:1', name: 'X' } }, 'BAD_USER_INPUT', /input\.id.*already a Person/);
    await refused(lab, { input: { id: 'bad:2' } }, 'BAD_USER_INPUT', /input\.name.*needs a name/);
    await refused(lab, { input: { id: ' spaced ', name: 'X' } }, 'BAD_USER_INPUT', 'input.id');
    await refused(lab, { input: { id: 'l:lab', name: null } }, 'BAD_USER_INPUT', 'input.name');
    await refused(lab, { input: { id: 'bad:3', name: 'x'.repeat(501) } }, 'BAD_USER_INPUT', 'input.name');
    await refused(lab, { input: { id: 'bad:4', name: 'X', founded: 99999 } }, 'BAD_USER_INPUT', 'input.founded');
    await refused('mutation($input: RegionInput!) { upsertRegion(input: $input) { id } }', { input: { id: 'bad:5', name: 'X', lat: 200 } }, 'BAD_USER_INPUT', 'input.lat');
    await refused(lab, { input: { id: 'bad:6', name: 'X', founded: 'soon' } }, 'BAD_USER_INPUT', /founded|Int/);
  });

  it('lets only admins change the graph', async () => {
    const q = 'mutation { upsertLab(input: {id: "role:lab", name: "X"}) { id } }';
    await refused(q, {}, 'FORBIDDEN', 'admin', 'viewer');
    await refused(q, {}, 'FORBIDDEN', 'admin', 'broker');
    await refused('mutation { link(type: "WORKS_AT", from: "p:1", to: "l:lab") { id } }', {}, 'FORBIDDEN', 'admin', 'broker');
    await refused('mutation { unlink(type: "EXPERT_IN", from: "p:1", to: "t:foil") }', {}, 'FORBIDDEN', 'admin', 'viewer');
  });
});

describe('link and unlink', () => {
  const LINK = 'mutation($type: String!, $from: ID!, $to: ID!, $props: JSON) { link(type: $type, from: $from, to: $to, properties: $props) { id type from to properties } }';
  const UNLINK = 'mutation($type: String!, $from: ID!, $to: ID!) { unlink(type: $type, from: $from, to: $to) }';
  const ties = async (type: string, a: string, b: string) =>
    db.runText(`MATCH (:Entity {id: $a})-[r]-(:Entity {id: $b}) WHERE type(r) = $type RETURN properties(r) AS p, valueType(r.start) AS startType, valueType(r.strength) AS strengthType`, { a, b, type });

  it('creates, updates and removes a typed relationship, one per type and pair', async () => {
    const made = await gql(app, LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab', props: { role: 'engineer', start: '2020-01-01', strength: 1 } }, { role: 'admin' });
    expect(made.errors).toBeUndefined();
    expect(made.data.link).toMatchObject({ type: 'WORKS_AT', from: 'p:1', to: 'l:lab' });
    let rows = await ties('WORKS_AT', 'p:1', 'l:lab');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.startType).toBe('DATE NOT NULL');
    expect(rows[0]!.strengthType).toBe('FLOAT NOT NULL');
    await gql(app, LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab', props: { role: null, strength: 0.4 } }, { role: 'admin' });
    rows = await ties('WORKS_AT', 'p:1', 'l:lab');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.p).toEqual(expect.objectContaining({ strength: 0.4 }));
    expect((rows[0]!.p as Record<string, unknown>).role).toBeUndefined();
    expect((await gql(app, UNLINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab' }, { role: 'admin' })).data.unlink).toBe(true);
    expect((await gql(app, UNLINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab' }, { role: 'admin' })).data.unlink).toBe(false);
    expect(await ties('WORKS_AT', 'p:1', 'l:lab')).toHaveLength(0);
  });

  it('never doubles a symmetric tie and removes it from either end', async () => {
    await gql(app, LINK, { type: 'KNOWS', from: 'p:1', to: 'p:2', props: { since: '2019-01-01' } }, { role: 'admin' });
    const again = await gql(app, LINK, { type: 'KNOWS', from: 'p:2', to: 'p:1', props: { strength: 0.9 } }, { role: 'admin' });
    expect(again.errors).toBeUndefined();
    const rows = await ties('KNOWS', 'p:1', 'p:2');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.p).toEqual(expect.objectContaining({ strength: 0.9 }));
    expect((await gql(app, UNLINK, { type: 'KNOWS', from: 'p:2', to: 'p:1' }, { role: 'admin' })).data.unlink).toBe(true);
    expect(await ties('KNOWS', 'p:1', 'p:2')).toHaveLength(0);
  });

  it('refuses unknown types, disallowed endpoints, unknown properties and missing nodes, writing nothing', async () => {
    await refused(LINK, { type: 'LIKES', from: 'p:1', to: 'p:2' }, 'BAD_USER_INPUT', /`type`.*unknown relationship type/);
    await refused(LINK, { type: 'WORKS_AT]->() DETACH DELETE n //', from: 'p:1', to: 'p:2' }, 'BAD_USER_INPUT', '`type`');
    await refused(LINK, { type: 'WORKS_AT', from: 'p:1', to: 'r:lishui' }, 'BAD_USER_INPUT', /WORKS_AT cannot join Person to Region.*Person→Lab/);
    await refused(LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:nowhere' }, 'NOT_FOUND', '`to`');
    await refused(LINK, { type: 'WORKS_AT', from: 'p:none', to: 'l:lab' }, 'NOT_FOUND', '`from`');
    await refused(LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab', props: { colour: 'red' } }, 'BAD_USER_INPUT', 'properties.colour');
    await refused(LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab', props: { start: 'yesterday' } }, 'BAD_USER_INPUT', /start.*YYYY-MM-DD/);
    await refused(LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab', props: { strength: 7 } }, 'BAD_USER_INPUT', 'properties.strength');
    await refused(LINK, { type: 'WORKS_AT', from: 'p:1', to: 'l:lab', props: ['x'] }, 'BAD_USER_INPUT', '`properties`');
    await refused(LINK, { type: 'KNOWS', from: 'p:1', to: 'p:1' }, 'BAD_USER_INPUT', '`to`');
    await refused(UNLINK, { type: 'NOPE', from: 'p:1', to: 'p:2' }, 'BAD_USER_INPUT', '`type`');
    await refused(UNLINK, { type: 'KNOWS', from: 'p:1', to: 'p:none' }, 'NOT_FOUND', '`to`');
  });
});

describe('postDemand', () => {
  const POST = `mutation($e: ID!, $areas: [ID!]!, $r: ID!, $d: String!, $limit: Int) {
    postDemand(enterpriseId: $e, techAreas: $areas, regionId: $r, description: $d, limit: $limit) {
      demand { ${NODE} } postedAt responseDue matches { node { id } score reasons reasonDetails { code } path { nodes { id } } } } }`;

  it('writes the demand with its ties and returns first matches due 48 hours later', async () => {
    const before = Date.now();
    const r = await gql(app, POST, { e: 'e:firm', areas: ['t:materials', 't:foil', 't:materials'], r: 'r:lishui', d: '电池铝箔\nBattery foil' }, { role: 'broker' });
    expect(r.errors).toBeUndefined();
    const out = r.data.postDemand;
    expect(out.demand.type).toBe('Demand');
    expect(out.demand.name).toBe('电池铝箔');
    const posted = Date.parse(out.postedAt);
    expect(posted).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(out.responseDue) - posted).toBe(48 * 3600 * 1000);
    const [row] = await db.runText(
      `MATCH (d:Demand {id: $id}) RETURN [(e)-[:POSTED]->(d) | e.id] AS posters, [(d)-[:NEEDS]->(t) | t.id] AS needs,
       d.regionId AS region, d.status AS status, duration.inSeconds(d.postedAt, d.responseDue).hours AS hours`,
      { id: out.demand.id },
    );
    expect(row!.posters).toEqual(['e:firm']);
    expect((row!.needs as string[]).sort()).toEqual(['t:foil', 't:materials']);
    expect(row!).toMatchObject({ region: 'r:lishui', status: 'open', hours: 48 });
    // The matches are the recommendTalents answer for the new demand.
    expect(out.matches.map((m: any) => m.node.id).sort()).toEqual(['p:1', 'p:2', 'p:3']);
    const again = await gql(app, `query($id: ID!) { recommendTalents(demandId: $id) { node { id } score } }`, { id: out.demand.id });
    expect(again.data.recommendTalents).toEqual(out.matches.map((m: any) => ({ node: m.node, score: m.score })));
    for (const m of out.matches) {
      expect(m.reasonDetails.map((x: { code: string }) => x.code)).toEqual(['EXPERTISE_MATCH', 'LOCAL_POOL_MEMBER']);
      expect(m.path.nodes[0].id).toBe(out.demand.id);
    }
  });

  it('refuses bad arguments by name and writes nothing', async () => {
    const ok = { e: 'e:firm', areas: ['t:foil'], r: 'r:lishui', d: 'need' };
    await refused(POST, { ...ok, areas: ['t:foil', 't:nope'] }, 'NOT_FOUND', 'techAreas[1]', 'broker');
    await refused(POST, { ...ok, areas: ['t:foil', 'l:lab'] }, 'BAD_USER_INPUT', /techAreas\[1\].*Lab/, 'broker');
    await refused(POST, { ...ok, areas: [] }, 'BAD_USER_INPUT', 'techAreas', 'broker');
    await refused(POST, { ...ok, e: 'l:lab' }, 'BAD_USER_INPUT', /enterpriseId.*Lab/, 'broker');
    await refused(POST, { ...ok, e: 'e:none' }, 'NOT_FOUND', 'enterpriseId', 'broker');
    await refused(POST, { ...ok, r: 't:foil' }, 'BAD_USER_INPUT', 'regionId', 'broker');
    await refused(POST, { ...ok, d: '   ' }, 'BAD_USER_INPUT', 'description', 'broker');
    await refused(POST, { ...ok, limit: 0 }, 'BAD_USER_INPUT', 'limit', 'broker');
    await refused(POST, ok, 'FORBIDDEN', 'broker', 'viewer');
  });

  it('posts a demand on the demo data and returns matches with reasons', async () => {
    await resetGraph(db);
    await loadDemo(db);
    const r = await gql(
      app,
      POST,
      { e: 'demo:enterprise:wuxing-aluminium', areas: ['demo:tech:aluminium-foil', 'demo:tech:new-energy-materials'], r: 'demo:region:lishui', d: '电池铝箔涂层人才' },
      { role: 'broker', lang: 'zh' },
    );
    expect(r.errors).toBeUndefined();
    const out = r.data.postDemand;
    expect(Date.parse(out.responseDue) - Date.parse(out.postedAt)).toBe(48 * 3600 * 1000);
    expect(out.matches.length).toBeGreaterThan(0);
    for (const m of out.matches) {
      expect(m.reasons.length).toBeGreaterThan(1);
      expect(m.score).toBeGreaterThan(0);
    }
  });
});
