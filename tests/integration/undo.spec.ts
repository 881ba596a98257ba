// undoLastChange against a real Neo4j: the caller's own last edit is put back from its audit record (a person's
// title, a tie added, a tie's end date), repeated undos walk back, nothing left to undo is BAD_USER_INPUT, a node
// changed since is CONFLICT with nothing written, another admin's changes are not the caller's to undo, and viewers
// and brokers are refused.
import { describe, expect, it } from 'vitest';
import { auditPlugin } from '../../server/auth/audit.js';
import { createApp, type App } from '../../server/yoga.js';
import type { Role } from '../../server/context.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { gqlClient, type GqlResult } from '../support/gql.js';
import { Fixture } from '../support/store.js';

const db = testDb();
let app: App;

const fx = new Fixture();
fx.node('p:ada', ['Person'], { nameEn: 'Ada', title: 'Engineer' });
fx.node('p:bo', ['Person'], { nameEn: 'Bo' });
fx.node('l:lab', ['Lab'], { nameEn: 'Lab' });

/** Calls as `role`, with the caller's id from x-test-actor (so two admins can be told apart). */
function call(query: string, variables: Record<string, unknown> = {}, role: Role = 'admin', actor = 'admin-1'): Promise<GqlResult> {
  return gqlClient(app)(query, variables, { lang: 'en', headers: { 'x-test-role': role, 'x-test-actor': actor } });
}
const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code as string | undefined;

const UNDO = 'mutation Undo { undoLastChange { eventId operation subjects } }';
const SET_TITLE = 'mutation SetTitle($id: ID!, $title: String) { upsertPerson(input: {id: $id, title: $title}) { id } }';
const LINK = 'mutation Tie($type: String!, $from: ID!, $to: ID!, $p: JSON) { link(type: $type, from: $from, to: $to, properties: $p) { type } }';

async function title(id: string): Promise<unknown> {
  const [row] = await db.runText('MATCH (n:Entity {id: $id}) RETURN n.title AS title', { id });
  return row?.title ?? null;
}
async function tie(type: string, from: string, to: string): Promise<Record<string, unknown> | null> {
  const [row] = await db.runText(`MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to}) RETURN properties(r) AS p`, { from, to });
  return (row?.p as Record<string, unknown>) ?? null;
}

withGraph(db, async () => {
  await fx.write(db);
  app = await createApp({
    config: testConfig(),
    db,
    resolveViewer: (request) => ({
      role: (request.headers.get('x-test-role') as Role | null) ?? 'viewer',
      id: request.headers.get('x-test-actor') ?? 'test',
    }),
    // The audit record, as the product's auth wires it (server/auth/auth.ts): undo reads what it kept.
    extraPlugins: [auditPlugin(db)],
  });
});

describe('undoLastChange', () => {
  it('with nothing changed yet is BAD_USER_INPUT', async () => {
    const r = await call(UNDO);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/nothing to undo/);
  });

  it("puts a person's title back, and the undo is audited", async () => {
    expect((await call(SET_TITLE, { id: 'p:ada', title: 'Chief Engineer' })).errors).toBeUndefined();
    expect(await title('p:ada')).toBe('Chief Engineer');
    const r = await call(UNDO);
    expect(r.errors).toBeUndefined();
    expect(r.data.undoLastChange).toMatchObject({ operation: 'SetTitle', subjects: ['p:ada'] });
    expect(await title('p:ada')).toBe('Engineer');
    const [audit] = await db.runText(
      "MATCH (e:AuditEvent {actor: 'admin-1', operation: 'Undo', status: 'ok'}) RETURN e.replaced AS replaced ORDER BY e.at DESC LIMIT 1",
    );
    expect(JSON.parse(String(audit?.replaced))).toEqual([{ kind: 'node-field', id: 'p:ada', label: 'Person', property: 'title', old: 'Chief Engineer', new: 'Engineer' }]);
    // The edit is undone: the next undo has nothing left.
    expect(code(await call(UNDO))).toBe('BAD_USER_INPUT');
  });

  it('removes a tie it added; clears the end date an "end tie" set; repeated undos walk back', async () => {
    expect((await call(LINK, { type: 'WORKS_AT', from: 'p:bo', to: 'l:lab', p: { start: '2020-01-01', strength: 0.6 } })).errors).toBeUndefined();
    expect((await call(LINK, { type: 'WORKS_AT', from: 'p:bo', to: 'l:lab', p: { end: '2024-06-30' } })).errors).toBeUndefined();
    expect(await tie('WORKS_AT', 'p:bo', 'l:lab')).toMatchObject({ end: '2024-06-30' });
    expect((await call(UNDO)).errors).toBeUndefined();
    const after = await tie('WORKS_AT', 'p:bo', 'l:lab');
    expect(after).not.toBeNull();
    expect(after!.end).toBeUndefined();
    expect(after).toMatchObject({ start: '2020-01-01', strength: 0.6 });
    expect((await call(UNDO)).errors).toBeUndefined();
    expect(await tie('WORKS_AT', 'p:bo', 'l:lab')).toBeNull();
  });

  it('puts back a tie that unlink removed', async () => {
    expect((await call(LINK, { type: 'KNOWS', from: 'p:ada', to: 'p:bo', p: { since: '2019-03-01' } })).errors).toBeUndefined();
    const unlinked = await call('mutation Cut { unlink(type: "KNOWS", from: "p:ada", to: "p:bo") }');
    expect(unlinked.data.unlink).toBe(true);
    expect(await tie('KNOWS', 'p:ada', 'p:bo')).toBeNull();
    expect((await call(UNDO)).errors).toBeUndefined();
    expect(await tie('KNOWS', 'p:ada', 'p:bo')).toMatchObject({ since: '2019-03-01' });
  });

  it('refuses with CONFLICT, writing nothing, when the node changed since; another admin cannot undo my change', async () => {
    expect((await call(SET_TITLE, { id: 'p:bo', title: 'Broker' })).errors).toBeUndefined();
    await db.runText("MATCH (n:Entity {id: 'p:bo'}) SET n.title = 'Changed elsewhere'", {}, 'WRITE');
    const r = await call(UNDO);
    expect(code(r)).toBe('CONFLICT');
    expect(await title('p:bo')).toBe('Changed elsewhere');
    // admin-2 made no change: nothing of admin-1's is theirs to undo.
    expect(code(await call(UNDO, {}, 'admin', 'admin-2'))).toBe('BAD_USER_INPUT');
    expect(await title('p:bo')).toBe('Changed elsewhere');
  });

  it('removes a node it created, but not once the node has ties (CONFLICT)', async () => {
    const create = 'mutation New($id: ID!) { upsertLab(input: {id: $id, nameEn: "New lab", kind: "university"}) { id } }';
    expect((await call(create, { id: 'l:new' })).errors).toBeUndefined();
    expect((await call(UNDO)).errors).toBeUndefined();
    expect(await db.runText("MATCH (n {id: 'l:new'}) RETURN n")).toHaveLength(0);

    expect((await call(create, { id: 'l:new2' })).errors).toBeUndefined();
    await db.runText("MATCH (a:Entity {id: 'p:ada'}), (b:Entity {id: 'l:new2'}) CREATE (a)-[:WORKS_AT]->(b)", {}, 'WRITE');
    expect(code(await call(UNDO))).toBe('CONFLICT');
    expect(await db.runText("MATCH (n {id: 'l:new2'}) RETURN n")).toHaveLength(1);
    await db.runText("MATCH (n {id: 'l:new2'}) DETACH DELETE n", {}, 'WRITE');
  });

  it.each(['viewer', 'broker'] as const)('refuses a %s with FORBIDDEN', async (role) => {
    expect((await call(SET_TITLE, { id: 'p:ada', title: 'Set by admin' })).errors).toBeUndefined();
    const r = await call(UNDO, {}, role, 'admin-1');
    expect(code(r)).toBe('FORBIDDEN');
    expect(await title('p:ada')).toBe('Set by admin');
  });
});

describe('the model for the forms', () => {
  it('lists a type\'s fields with allowed values, and the tie types the model allows between two types', async () => {
    const r = await call('{ modelFields(type: "Lab") { name type allowed } tieTypes(fromType: "Person", toType: "Lab") { type } }', {}, 'viewer');
    expect(r.errors).toBeUndefined();
    const kind = r.data.modelFields.find((f: { name: string }) => f.name === 'kind');
    expect(kind).toMatchObject({ type: 'string', allowed: expect.arrayContaining(['joint_lab', 'university']) });
    expect(r.data.modelFields.map((f: { name: string }) => f.name)).not.toContain('pinyin');
    expect(r.data.tieTypes.map((t: { type: string }) => t.type).sort()).toEqual(['AFFILIATED_WITH', 'FOUNDED', 'STUDIED_AT', 'WORKS_AT']);
    expect(code(await call('{ modelFields(type: "Nope") { name } }'))).toBe('BAD_USER_INPUT');
  });
});
