// The audit record on a real Neo4j: reads of contact details by brokers and admins, and every change, are
// recorded with who, when, what and which query, readable by admins through auditLog; and when the record cannot
// be written, contact details are withheld and changes are not made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { IDS, loadTrustFixture, post, trustApp } from '../support/trust-fixture.js';

const db = testDb();
let app: App;

const LOG = `query Log($actor: String, $action: AuditAction, $since: DateTime, $limit: Int) {
  auditLog(actor: $actor, action: $action, since: $since, limit: $limit) {
    id at actor role action operation fields paths subjects contactFields variables status errorCodes client finishedAt
  }
}`;

async function log(vars: Record<string, unknown> = {}) {
  const res = await post(app, LOG, vars, 'admin');
  expect(res.body.errors).toBeUndefined();
  return res.body.data.auditLog as any[];
}

beforeAll(async () => {
  await resetGraph(db);
  await db.runText('MATCH (e:AuditEvent) DETACH DELETE e', {}, 'WRITE');
  await loadTrustFixture(db);
  app = await trustApp(db);
});
afterAll(async () => {
  await db.runText('DROP CONSTRAINT audit_test_operation IF EXISTS', {}, 'WRITE');
  await db.close();
});

describe('reads of contact details', () => {
  it("records a broker's read of a contact detail with who, when, what and which query", async () => {
    const before = new Date().toISOString();
    const res = await post(app, 'query PersonCard($id: ID!) { node(id: $id) { id name properties } }', { id: 'tf:person:li' }, 'broker');
    expect(res.body.data.node.properties.email).toBe('li.ming@tianmu.example.cn');
    const events = await log({ actor: 'bea', action: 'contact_read' });
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e).toMatchObject({
      actor: 'bea',
      role: 'broker',
      action: 'contact_read',
      operation: 'PersonCard',
      fields: ['node'],
      paths: ['node.properties'],
      subjects: ['tf:person:li'],
      status: 'ok',
    });
    expect([...e.contactFields].sort()).toEqual(['email', 'phone', 'wechat']);
    expect(Date.parse(e.at)).toBeGreaterThanOrEqual(Date.parse(before) - 1000);
    expect(Date.parse(e.at)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('records every person whose details one answer carried, with the paths', async () => {
    const q = `query Around { neighbourhood(id: "${IDS.firm}", depth: 1) { nodes { id properties } } }`;
    const res = await post(app, q, {}, 'admin');
    const withEmail = res.body.data.neighbourhood.nodes.filter((n: any) => n.properties.email).map((n: any) => n.id).sort();
    expect(withEmail.length).toBeGreaterThan(1);
    const [e] = await log({ actor: 'ada', action: 'contact_read', limit: 1 });
    expect(e.operation).toBe('Around');
    expect([...e.subjects].sort()).toEqual(withEmail);
    expect(e.paths.every((p: string) => /^neighbourhood\.nodes\.\d+\.properties$/.test(p))).toBe(true);
  });

  it('records nothing when no contact detail was returned, or when a viewer asked', async () => {
    const count = async () => (await log({ action: 'contact_read', limit: 1000 })).length;
    const n = await count();
    await post(app, 'query NameOnly { node(id: "tf:person:li") { id name } }', {}, 'broker');
    await post(app, 'query Lab { node(id: "tf:lab:tianmu") { id properties } }', {}, 'broker');
    await post(app, 'query Peek { node(id: "tf:person:li") { id properties } }', {}, 'anonymous');
    await post(app, 'query Peek { node(id: "tf:person:li") { id properties } }', {}, 'viewer');
    expect(await count()).toBe(n);
  });
});

describe('changes', () => {
  it('records a change with its variables and outcome', async () => {
    const res = await post(
      app,
      'mutation AddArea($input: TechAreaInput!) { upsertTechArea(input: $input) { id name } }',
      { input: { id: 'tf:ta:audit', name: '审计测试' } },
      'admin',
    );
    expect(res.body.errors).toBeUndefined();
    const [e] = await log({ actor: 'ada', action: 'change', limit: 1 });
    expect(e).toMatchObject({ action: 'change', role: 'admin', operation: 'AddArea', fields: ['upsertTechArea'], status: 'ok', errorCodes: [] });
    expect(e.subjects).toContain('tf:ta:audit');
    expect(JSON.parse(e.variables)).toEqual({ input: { id: 'tf:ta:audit', name: '审计测试' } });
    expect(Date.parse(e.finishedAt)).toBeGreaterThanOrEqual(Date.parse(e.at));
  });

  it('records a refused change as failed, with the error code', async () => {
    const res = await post(app, 'mutation Sneak { upsertTechArea(input: {id: "tf:ta:sneak", name: "x"}) { id } }', {}, 'broker');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [e] = await log({ actor: 'bea', action: 'change', limit: 1 });
    expect(e).toMatchObject({ operation: 'Sneak', status: 'failed', errorCodes: ['FORBIDDEN'], role: 'broker' });
  });

  it("records a broker's posted demand", async () => {
    const res = await post(
      app,
      'mutation Post($e: ID!, $t: [ID!]!, $r: ID!) { postDemand(enterpriseId: $e, techAreas: $t, regionId: $r, description: "需要铝合金热处理专家") { demand { id } } }',
      { e: IDS.firm, t: [IDS.alloys], r: IDS.lishui },
      'broker',
    );
    expect(res.body.errors).toBeUndefined();
    const demandId = res.body.data.postDemand.demand.id;
    const [e] = await log({ actor: 'bea', action: 'change', limit: 1 });
    expect(e).toMatchObject({ operation: 'Post', status: 'ok', fields: ['postDemand'] });
    expect(e.subjects).toEqual(expect.arrayContaining([IDS.firm, demandId]));
  });
});

describe('the record itself', () => {
  it('filters by actor, action, time and count', async () => {
    const all = await log({ limit: 1000 });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const times = all.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await log({ limit: 2 })).length).toBe(2);
    expect((await log({ actor: 'nobody' })).length).toBe(0);
    const since = all[1].at;
    expect((await log({ since })).every((e) => Date.parse(e.at) >= Date.parse(since))).toBe(true);
    const bad = await post(app, LOG, { limit: 0 }, 'admin');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps audit events out of the graph: not Entity, not searchable, not on any path', async () => {
    const [row] = await db.runText('MATCH (e:AuditEvent) RETURN count(e) AS all, count(CASE WHEN e:Entity THEN 1 END) AS entities, COUNT { (e)--() } AS ties');
    expect(row!.all).toBeGreaterThan(0);
    expect(row!.entities).toBe(0);
    expect(row!.ties).toBe(0);
    const hits = await post(app, '{ search(text: "PersonCard") { node { id } } }', {}, 'admin');
    expect(hits.body.data.search).toEqual([]);
    const [event] = await log({ limit: 1 });
    const byId = await post(app, 'query($id: ID!) { node(id: $id) { id } }', { id: event.id }, 'admin');
    expect(byId.body.data.node).toBeNull();
  });
});

describe('when the record cannot be written', () => {
  // A uniqueness constraint on the operation name makes a second event with the same name fail to write: a real
  // refusal by Neo4j, no stand-in.
  beforeAll(async () => {
    await db.runText('CREATE CONSTRAINT audit_test_operation IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.operation IS UNIQUE', {}, 'WRITE').catch(async () => {
      // Existing duplicate operation names would block the constraint: start the record afresh.
      await db.runText('MATCH (e:AuditEvent) DETACH DELETE e', {}, 'WRITE');
      await db.runText('CREATE CONSTRAINT audit_test_operation IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.operation IS UNIQUE', {}, 'WRITE');
    });
  });

  it('withholds contact details', async () => {
    const q = 'query Twice { node(id: "tf:person:zhang") { id properties } }';
    const first = await post(app, q, {}, 'broker');
    expect(first.body.data.node.properties.email).toBe('zhang.hua@wuxing.example.cn');
    const second = await post(app, q, {}, 'broker');
    expect(second.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(second.text).not.toContain('zhang.hua@wuxing.example.cn');
  });

  it('does not make the change', async () => {
    const m = (id: string) => post(app, `mutation Same { upsertTechArea(input: {id: "${id}", name: "x"}) { id } }`, {}, 'admin');
    expect((await m('tf:ta:first')).body.errors).toBeUndefined();
    const second = await m('tf:ta:second');
    expect(second.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const [row] = await db.runText('MATCH (n:Entity {id: "tf:ta:second"}) RETURN count(n) AS c');
    expect(row!.c).toBe(0);
  });
});
