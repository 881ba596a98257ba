// The recommendation answers on the demo dataset, as the demo README describes its key ids: labs for 五星铝业 (its
// partner 天目山实验室 and its own joint lab flagged, each with a supporting path), collaborators for 林若溪 (never
// someone she already knows, per the demo files), and Pinghu's technology managers as the brokers of 平湖市.
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import type { App } from '../../server/yoga.js';
import { testDb, withGraph } from '../support/db.js';
import { demoLines, gql, makeApp } from './recommend-support.js';

const db = testDb();
let app: App;

withGraph(db, async () => {
  await loadDemo(db);
  app = await makeApp(db);
});

describe('recommendations on the demo', () => {
  it('recommends labs to 杭州五星铝业 with reasons, flagging its partner and its own joint lab', async () => {
    const { data, errors } = await gql(
      app,
      '{ recommendLabs(enterpriseId: "demo:enterprise:wuxing-aluminium", limit: 20) { node { id } score reasons reasonDetails { code } path { nodes { id } } } }',
      {},
      { lang: 'zh' },
    );
    expect(errors).toBeUndefined();
    const labs = data.recommendLabs as any[];
    const byId = new Map(labs.map((l) => [l.node.id, l]));
    const codes = (id: string) => byId.get(id)?.reasonDetails.map((r: { code: string }) => r.code) ?? [];
    expect(codes('demo:lab:tianmushan')).toContain('ALREADY_PARTNER');
    expect(codes('demo:lab:tianmushan')).toContain('DIRECT_BRIDGES');
    expect(codes('demo:lab:tianmushan-wuxing-joint')).toContain('OWN_JOINT_LAB');
    for (const l of labs) {
      expect(l.reasons.length).toBeGreaterThan(0);
      expect(l.path.nodes[0].id).toBe('demo:enterprise:wuxing-aluminium');
      expect(l.path.nodes.at(-1).id).toBe(l.node.id);
    }
    // The partner's path is its strongest bridge, a person tied to both.
    expect(byId.get('demo:lab:tianmushan').path.nodes).toHaveLength(3);
  });

  it('suggests collaborators for 林若溪 whom she does not know yet', async () => {
    const me = 'demo:person:lin-ruoxi';
    const known = new Set(
      demoLines('relationships')
        .filter((r) => (r.type === 'KNOWS' || r.type === 'COLLABORATED_WITH') && (r.start === me || r.end === me))
        .map((r) => (r.start === me ? r.end : r.start)),
    );
    const { data, errors } = await gql(app, `{ recommendCollaborators(personId: "${me}") { node { id } score reasons } }`, {}, { role: 'broker' });
    expect(errors).toBeUndefined();
    const got = data.recommendCollaborators as any[];
    expect(got.length).toBeGreaterThan(0);
    for (const c of got) {
      expect(known.has(c.node.id)).toBe(false);
      expect(c.node.id).not.toBe(me);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
  });

  it("ranks Pinghu's technology managers as the brokers of 平湖市", async () => {
    const { data, errors } = await gql(app, '{ brokers(scopeId: "demo:region:pinghu", limit: 3, types: [Person]) { node { id labels } rank betweenness reasons } }', {}, { role: 'broker' });
    expect(errors).toBeUndefined();
    const top = data.brokers as any[];
    expect(top[0].betweenness).toBeGreaterThan(0);
    expect(top.slice(0, 2).every((b) => b.node.labels.includes('TechManager'))).toBe(true);
  });
});
