// The order desk's visibility and pools on a real Neo4j: what viewers may and may not see of a demand, and pool
// admission with the classified index. The demand lifecycle is in desk-lifecycle.spec.ts.
import { describe, expect, it } from 'vitest';
import { testDb } from '../support/db.js';
import { ANSWER, code, deskHarness, DIMENSIONS, fx, PROPOSE, READ, WITHDRAW, type GqlResult } from './desk-support.js';

const db = testDb();
const { gql, postDemand, demandFingerprint, ranking } = deskHarness(db);

describe('what viewers see', () => {
  it('never who was proposed, who answered or what was written; counts and times yes', async () => {
    const id = await postDemand();
    const [a, b] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a, b], note: 'secret note' });
    await gql(ANSWER, { id, m: `We propose ${a}` });
    const r = await gql(READ, { id }, 'viewer');
    expect(r.errors).toBeUndefined();
    const d = r.data.demand;
    expect(d.shortlistSize).toBe(2);
    expect(d.shortlist).toEqual([]);
    expect(d.answeredBy).toBeNull();
    expect(d.answerMessage).toBeNull();
    expect(d.history).toEqual([]);
    expect(d.timeline.every((s: any) => s.actor === null && s.personId === null)).toBe(true);
    const text = JSON.stringify(r.data);
    for (const secret of [a, b, 'secret note', 'broker-a', 'We propose']) expect(text).not.toContain(secret);
    const desk = await gql(`{ demandDesk(limit: 200) { items { id shortlistSize shortlist { person { id } } answeredBy node { properties } } } }`, {}, 'viewer');
    expect(desk.errors).toBeUndefined();
    const deskText = JSON.stringify(desk.data);
    for (const secret of [a, b, 'broker-a', 'We propose']) expect(deskText).not.toContain(secret);
    // Exploring around the demand does not show the shortlist either.
    const nb = await gql(`query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } edges { type } } }`, { id }, 'viewer');
    expect(nb.errors).toBeUndefined();
    const nbText = JSON.stringify(nb.data);
    expect(nbText).not.toContain('PROPOSED');
    for (const secret of [a, b]) expect(nbText).not.toContain(`"${secret}"`);
    // Viewers change nothing.
    const before = await demandFingerprint(id);
    const w = await gql(WITHDRAW, { id }, 'viewer');
    expect(code(w)).toBe('FORBIDDEN');
    expect(await demandFingerprint(id)).toBe(before);
    // Aggregates are open to them.
    const s = await gql(`{ deskStats(scopeId: "pool:lishui") { total { posted answered } } }`, {}, 'viewer');
    expect(s.errors).toBeUndefined();
    expect(s.data.deskStats.total.posted).toBeGreaterThan(0);
  });
});

describe('pool admission and the classified index', () => {
  const ADMIT = `mutation($p: ID!, $pool: ID!, $s: [DimensionScoreInput!]!, $t: [String!], $on: Date) {
    admitToPool(personId: $p, poolId: $pool, scores: $s, tags: $t, admittedOn: $on) { person { id } pool { id } dimensions scores { dimension score } averageScore tags admittedOn admittedBy } }`;
  const MEMBERS = `query($pool: ID!, $t: [String!], $m: [DimensionScoreInput!], $ta: ID, $l: Int, $a: String) {
    poolMembers(poolId: $pool, tags: $t, minScores: $m, techArea: $ta, limit: $l, after: $a) { total nextCursor items { person { id } pool { id } scores { dimension score } averageScore tags admittedBy } } }`;
  const scores = (xs: number[]) => DIMENSIONS.map((dimension, i) => ({ dimension, score: xs[i] }));

  it('admits on exactly the pool dimensions, 0..100, and names what is wrong otherwise', async () => {
    const before = await db.runText(`MATCH (:Person {id: 'p:5'})-[m:MEMBER_OF]->() RETURN count(m) AS n`);
    let r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 60]).slice(0, 3) });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('学历职称');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: [...scores([80, 70, 60, 50, 40]), { dimension: '颜值', score: 90 }] });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('颜值');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 101, 50, 40]) });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('0 to 100');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: [...scores([80, 70, 60, 50, 40]), { dimension: '专业能力', score: 1 }] });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(await db.runText(`MATCH (:Person {id: 'p:5'})-[m:MEMBER_OF]->() RETURN count(m) AS n`)).toEqual(before);
    const v = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 60, 50, 40]) }, 'viewer');
    expect(code(v)).toBe('FORBIDDEN');

    // In any order; stored in the pool's order.
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([80, 70, 60, 50, 40]).reverse(), t: ['新材料', '高级工程师'], on: '2025-02-01' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.admitToPool).toMatchObject({
      person: { id: 'p:5' },
      pool: { id: 'pool:qingtian' },
      dimensions: DIMENSIONS,
      scores: scores([80, 70, 60, 50, 40]),
      averageScore: 60,
      tags: ['新材料', '高级工程师'],
      admittedOn: '2025-02-01',
      admittedBy: 'broker-a',
    });
    // Already in the family (the city pool counts its sub-pools): CONFLICT.
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:lishui', s: scores([1, 2, 3, 4, 5]) });
    expect(code(r)).toBe('CONFLICT');
    r = await gql(ADMIT, { p: 'p:5', pool: 'pool:qingtian', s: scores([1, 2, 3, 4, 5]) });
    expect(code(r)).toBe('CONFLICT');
  });

  it('lists a city pool with its sub-pools members, filtered by tag, minimum score and expertise, paginated', async () => {
    await gql(ADMIT, { p: 'p:6', pool: 'pool:liandu', s: scores([90, 90, 90, 90, 90]), t: ['新材料'] });
    await gql(ADMIT, { p: 'p:7', pool: 'pool:lishui', s: scores([50, 95, 40, 60, 70]), t: ['人工智能'] });
    const [counted] = await db.runText(`MATCH (:Person)-[m:MEMBER_OF]->(q:TalentPool) WHERE m.end IS NULL AND q.id IN ['pool:lishui', 'pool:qingtian', 'pool:liandu'] RETURN count(m) AS n`);
    const all = await gql(MEMBERS, { pool: 'pool:lishui', l: 200 });
    expect(all.errors).toBeUndefined();
    const items = all.data.poolMembers.items as Array<{ person: { id: string }; pool: { id: string }; averageScore: number | null; tags: string[]; scores: Array<{ dimension: string; score: number }> }>;
    expect(all.data.poolMembers.total).toBe(counted!.n);
    expect(items).toHaveLength(counted!.n as number);
    expect(items.find((i) => i.person.id === 'p:6')!.pool.id).toBe('pool:liandu');
    // Best average first, unscored last.
    const keys = items.map((i) => i.averageScore ?? -1);
    expect(keys).toEqual([...keys].sort((x, y) => y - x));
    expect(items[0]!.person.id).toBe('p:6');

    const tagged = await gql(MEMBERS, { pool: 'pool:lishui', t: ['新材料'] });
    expect(tagged.data.poolMembers.items.map((i: any) => i.person.id).sort()).toEqual(items.filter((i) => i.tags.includes('新材料')).map((i) => i.person.id).sort());
    const strong = await gql(MEMBERS, { pool: 'pool:lishui', m: [{ dimension: '专业能力', score: 85 }] });
    expect(strong.data.poolMembers.items.map((i: any) => i.person.id).sort()).toEqual(
      items.filter((i) => i.scores.some((s) => s.dimension === '专业能力' && s.score >= 85)).map((i) => i.person.id).sort(),
    );
    const ai = await gql(MEMBERS, { pool: 'pool:lishui', ta: 't:ai' });
    expect(ai.data.poolMembers.items.map((i: any) => i.person.id).sort()).toEqual(
      fx.relsOf('EXPERT_IN').filter((r) => r.end === 't:ai').map((r) => r.start).filter((p) => items.some((i) => i.person.id === p)).sort(),
    );
    const sub = await gql(MEMBERS, { pool: 'pool:liandu', l: 200 });
    expect(sub.data.poolMembers.items.every((i: any) => i.pool.id === 'pool:liandu')).toBe(true);

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult = await gql(MEMBERS, { pool: 'pool:lishui', l: 2, a: after });
      paged.push(...page.data.poolMembers.items.map((i: any) => i.person.id));
      after = page.data.poolMembers.nextCursor;
    } while (after);
    expect(paged).toEqual(items.map((i) => i.person.id));

    // Viewers: members yes, scores and who admitted no, and no filtering on scores.
    const v = await gql(MEMBERS, { pool: 'pool:lishui', l: 200 }, 'viewer');
    expect(v.errors).toBeUndefined();
    expect(v.data.poolMembers.items.every((i: any) => i.scores.length === 0 && i.averageScore === null && i.admittedBy === null)).toBe(true);
    const vm = await gql(MEMBERS, { pool: 'pool:lishui', m: [{ dimension: '专业能力', score: 85 }] }, 'viewer');
    expect(code(vm)).toBe('FORBIDDEN');
  });

  it('leavePool ends the membership for the record; the person may be admitted again', async () => {
    const LEAVE = `mutation($p: ID!, $pool: ID!) { leavePool(personId: $p, poolId: $pool, reason: "moved", leftOn: "2025-05-01") { leftOn pool { id } } }`;
    let r = await gql(LEAVE, { p: 'p:6', pool: 'pool:lishui' });
    expect(code(r)).toBe('NOT_FOUND'); // a sub-pool member leaves the sub-pool
    r = await gql(LEAVE, { p: 'p:6', pool: 'pool:liandu' });
    expect(r.data.leavePool).toEqual({ leftOn: '2025-05-01', pool: { id: 'pool:liandu' } });
    const [tie] = await db.runText(`MATCH (:Person {id: 'p:6'})-[m:MEMBER_OF]->(:TalentPool {id: 'pool:liandu'}) RETURN toString(m.end) AS end, m.leftReason AS why`);
    expect(tie).toEqual({ end: '2025-05-01', why: 'moved' });
    const listed = await gql(MEMBERS, { pool: 'pool:lishui', l: 200 });
    expect(listed.data.poolMembers.items.map((i: any) => i.person.id)).not.toContain('p:6');
    r = await gql(ADMIT, { p: 'p:6', pool: 'pool:lishui', s: scores([60, 60, 60, 60, 60]) });
    expect(r.errors).toBeUndefined();
  });
});
