// The 48-hour order desk on a real Neo4j: every legal transition of a demand's lifecycle, every illegal one refused
// with the state named and nothing changed (the demand's properties and ties compared before and after), races
// between brokers (exactly one wins, the others get CONFLICT), the audit record of every change, and the desk's list
// of the demands posted by these tests. What viewers see and pool admission are in desk-visibility.spec.ts.
import { describe, expect, it } from 'vitest';
import { testDb } from '../support/db.js';
import { ANSWER, code, deskHarness, PROPOSE, READ, REMOVE, REORDER, RESPOND, WITHDRAW, type GqlResult } from './desk-support.js';

const db = testDb();
const { gql, postDemand, expectRefused, ranking } = deskHarness(db);

describe('the demand lifecycle', () => {
  it('walks open -> answered -> accepted, with the shortlist snapshot kept when the ranking changes', { timeout: 400_000 }, async () => {
    const id = await postDemand();
    const start = Date.now();
    const rank = await ranking(id);
    expect(rank.size).toBeGreaterThan(2);
    const [first, second, third] = [...rank.keys()] as [string, string, string];

    let r = await gql(PROPOSE, { id, p: [first, second], note: 'strong fit' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    let d = r.data.proposeCandidates;
    expect(d.status).toBe('open');
    expect(d.version).toBe(1);
    expect(d.shortlist.map((c: any) => [c.person.id, c.rank])).toEqual([[first, 1], [second, 2]]);
    for (const c of d.shortlist) {
      expect(c.score).toBe(rank.get(c.person.id)!.score);
      expect(c.reasons).toEqual(rank.get(c.person.id)!.reasons);
      expect(c.proposedBy).toBe('broker-a');
      expect(c.note).toBe('strong fit');
      expect(Date.parse(c.proposedAt)).toBeGreaterThanOrEqual(start - 1000);
    }

    r = await gql(PROPOSE, { id, p: [third] });
    expect(r.data.proposeCandidates.shortlist.map((c: any) => c.person.id)).toEqual([first, second, third]);
    r = await gql(REMOVE, { id, p: first });
    expect(r.data.removeCandidate.shortlist.map((c: any) => [c.person.id, c.rank])).toEqual([[second, 1], [third, 2]]);
    r = await gql(REORDER, { id, p: [third, second] });
    d = r.data.reorderShortlist;
    expect(d.shortlist.map((c: any) => [c.person.id, c.rank])).toEqual([[third, 1], [second, 2]]);
    expect(d.version).toBe(4);

    // The ranking changes (a new, stronger expert); the snapshot does not.
    const snapshot = new Map(d.shortlist.map((c: any) => [c.person.id, c.score]));
    await db.runText(`MATCH (p:Person {id: $p}), (t:TechArea {id: 't:foil'}) MERGE (p)-[e:EXPERT_IN]->(t) SET e.level = 1.0`, { p: second }, 'WRITE');
    const after = await ranking(id);
    expect(after.get(second)!.score).not.toBe(snapshot.get(second));
    r = await gql(READ, { id });
    expect(new Map(r.data.demand.shortlist.map((c: any) => [c.person.id, c.score]))).toEqual(snapshot);

    r = await gql(ANSWER, { id, m: 'Two candidates for you' });
    d = r.data.answerDemand;
    expect(d.status).toBe('answered');
    expect(d.answeredBy).toBe('broker-a');
    expect(d.answerMessage).toBe('Two candidates for you');
    expect(d.answeredInTime).toBe(true);
    expect(d.late).toBe(false);
    expect(d.hoursLeft).toBeNull();
    const [stored] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN toString(d.postedAt) AS postedAt, toString(d.answeredAt) AS answeredAt`, { id });
    expect(String(stored!.answeredAt)).toMatch(/Z$/); // stored in UTC
    expect(d.hoursToAnswer).toBe(Math.round(((Date.parse(String(stored!.answeredAt)) - Date.parse(String(stored!.postedAt))) / 3_600_000) * 100) / 100);

    r = await gql(RESPOND, { id, p: third, a: false, n: 'too far away' });
    d = r.data.recordFirmResponse;
    expect(d.status).toBe('answered');
    expect(d.closedAt).toBeNull();
    r = await gql(RESPOND, { id, p: second, a: true });
    d = r.data.recordFirmResponse;
    expect(d.status).toBe('accepted');
    expect(d.acceptedCount).toBe(1);
    expect(d.closedAt).not.toBeNull();
    expect(d.shortlist.map((c: any) => [c.person.id, c.response, c.responseNote])).toEqual([[third, 'declined', 'too far away'], [second, 'accepted', null]]);

    r = await gql(READ, { id });
    expect(r.data.demand.timeline.map((s: any) => s.kind)).toEqual(['posted', 'proposed', 'proposed', 'answered', 'declined', 'accepted', 'closed_accepted']);
  });

  it('becomes declined when the firm declines every candidate', async () => {
    const id = await postDemand();
    const [a, b] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a, b] });
    await gql(ANSWER, { id });
    let r = await gql(RESPOND, { id, p: a, a: false });
    expect(r.data.recordFirmResponse.status).toBe('answered');
    r = await gql(RESPOND, { id, p: b, a: false });
    expect(r.data.recordFirmResponse.status).toBe('declined');
    expect(r.data.recordFirmResponse.closedAt).not.toBeNull();
  });

  it('is withdrawn from open and from answered, with the reason', async () => {
    const open = await postDemand();
    let r = await gql(WITHDRAW, { id: open, r: 'solved in house' });
    expect(r.data.withdrawDemand).toMatchObject({ status: 'withdrawn', withdrawReason: 'solved in house' });
    expect(r.data.withdrawDemand.closedAt).not.toBeNull();
    const answered = await postDemand();
    const [a] = [...(await ranking(answered)).keys()];
    await gql(PROPOSE, { id: answered, p: [a] });
    await gql(ANSWER, { id: answered });
    r = await gql(WITHDRAW, { id: answered });
    expect(r.data.withdrawDemand.status).toBe('withdrawn');
    expect(r.data.withdrawDemand.answeredAt).not.toBeNull();
  });

  it('refuses every illegal transition with the state named, and changes nothing', async () => {
    const open = await postDemand();
    const [a, b] = [...(await ranking(open)).keys()];
    // An open demand: no response can be recorded, no empty shortlist answered.
    await gql(PROPOSE, { id: open, p: [a] });
    await expectRefused(RESPOND, { id: open, p: a, a: true }, 'BAD_USER_INPUT', 'is open');
    await expectRefused(PROPOSE, { id: open, p: [a] }, 'BAD_USER_INPUT', 'already on the shortlist');
    await expectRefused(REMOVE, { id: open, p: b }, 'NOT_FOUND', 'not on this demand');
    await expectRefused(REORDER, { id: open, p: [a, b] }, 'BAD_USER_INPUT', 'not on the shortlist');
    await expectRefused(PROPOSE, { id: open, p: ['p:nobody'] }, 'NOT_FOUND', 'personIds[0]');
    await expectRefused(PROPOSE, { id: open, p: ['r:lishui'] }, 'BAD_USER_INPUT', 'not a Person');
    await expectRefused(ANSWER, { id: open, v: 99 }, 'CONFLICT', 'version 99');

    const empty = await postDemand();
    await expectRefused(ANSWER, { id: empty }, 'BAD_USER_INPUT', 'shortlist');

    // Answered: no second answer, no new candidates, no reordering, no response recorded twice.
    await gql(ANSWER, { id: open });
    await expectRefused(ANSWER, { id: open }, 'BAD_USER_INPUT', 'is answered');
    await expectRefused(PROPOSE, { id: open, p: [b] }, 'BAD_USER_INPUT', 'is answered');
    await expectRefused(REMOVE, { id: open, p: a }, 'BAD_USER_INPUT', 'is answered');
    await expectRefused(REORDER, { id: open, p: [a] }, 'BAD_USER_INPUT', 'is answered');
    // Another broker finding it answered lost a race: CONFLICT, naming the state.
    await expectRefused(ANSWER, { id: open }, 'CONFLICT', 'already answered', 'broker-b');
    await gql(RESPOND, { id: open, p: a, a: true });
    await expectRefused(RESPOND, { id: open, p: a, a: false }, 'BAD_USER_INPUT', 'already recorded');
    await expectRefused(WITHDRAW, { id: open }, 'BAD_USER_INPUT', 'is accepted');
    await expectRefused(ANSWER, { id: open }, 'BAD_USER_INPUT', 'is accepted');

    // Withdrawn: nothing more.
    const gone = await postDemand();
    await gql(PROPOSE, { id: gone, p: [a] });
    await gql(WITHDRAW, { id: gone });
    await expectRefused(ANSWER, { id: gone }, 'BAD_USER_INPUT', 'is withdrawn');
    await expectRefused(PROPOSE, { id: gone, p: [b] }, 'BAD_USER_INPUT', 'is withdrawn');
    await expectRefused(WITHDRAW, { id: gone }, 'BAD_USER_INPUT', 'is withdrawn');
    await expectRefused(RESPOND, { id: gone, p: a, a: true }, 'BAD_USER_INPUT', 'is withdrawn');

    // Declined: closed too.
    const declined = await postDemand();
    await gql(PROPOSE, { id: declined, p: [a] });
    await gql(ANSWER, { id: declined });
    await gql(RESPOND, { id: declined, p: a, a: false });
    await expectRefused(WITHDRAW, { id: declined }, 'BAD_USER_INPUT', 'is declined');
    await expectRefused(RESPOND, { id: declined, p: a, a: true }, 'BAD_USER_INPUT', 'is declined');

    // Not a demand at all.
    const r = await gql(ANSWER, { id: 'd:none' });
    expect(code(r)).toBe('NOT_FOUND');
    const f = await gql(ANSWER, { id: 'e:firm' });
    expect(code(f)).toBe('BAD_USER_INPUT');
  });

  it('audits every change, and the demand shows its history', async () => {
    const id = await postDemand();
    const [a] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a] }, 'broker', 'broker-audit');
    await gql(ANSWER, { id, m: 'here' }, 'broker', 'broker-audit');
    await gql(ANSWER, { id }, 'broker', 'broker-audit'); // refused, audited as failed
    await gql(RESPOND, { id, p: a, a: true }, 'broker', 'broker-audit');
    const log = await gql(`{ auditLog(limit: 1000, actor: "broker-audit") { fields subjects status errorCodes } }`, {}, 'admin');
    const mine = (log.data.auditLog as Array<{ fields: string[]; subjects: string[]; status: string; errorCodes: string[] }>).filter((e) => e.subjects.includes(id)).reverse();
    expect(mine.map((e) => [e.fields[0], e.status])).toEqual([
      ['proposeCandidates', 'ok'],
      ['answerDemand', 'ok'],
      ['answerDemand', 'failed'],
      ['recordFirmResponse', 'ok'],
    ]);
    expect(mine[2]!.errorCodes).toEqual(['BAD_USER_INPUT']);
    const r = await gql(READ, { id });
    expect(r.data.demand.history.filter((h: any) => h.actor === 'broker-audit').map((h: any) => [h.fields[0], h.status])).toEqual(mine.map((e) => [e.fields[0], e.status]));
  });
});

describe('concurrent changes', () => {
  it('of six brokers answering at once with the version they saw, exactly one succeeds; the others get CONFLICT', async () => {
    const id = await postDemand();
    const [a] = [...(await ranking(id)).keys()];
    const v = (await gql(PROPOSE, { id, p: [a] })).data.proposeCandidates.version as number;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(ANSWER, { id, m: `answer ${i}`, v }, 'broker', `racer-${i}`)));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(5);
    const [row] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN d.answeredBy AS by, d.answerMessage AS m, d.version AS v`, { id });
    expect(row!.by).toBe(ok[0]!.data.answerDemand.answeredBy);
    expect(row!.m).toBe(ok[0]!.data.answerDemand.answerMessage);
    expect(row!.v).toBe(v + 1);
  });

  it('without a version, distinct brokers answering at once: one succeeds, the others get CONFLICT naming the state', async () => {
    const id = await postDemand();
    const [a] = [...(await ranking(id)).keys()];
    await gql(PROPOSE, { id, p: [a] });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(ANSWER, { id, m: `answer ${i}` }, 'broker', `free-${i}`)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused.map(code)).toEqual(Array(5).fill('CONFLICT'));
    for (const r of refused) expect(r.errors![0]!.message).toContain('answered');
  });

  it('proposals racing an answer: exactly one change lands, and the answer sent is the shortlist stored', async () => {
    const id = await postDemand();
    const people = [...(await ranking(id)).keys()];
    const v = (await gql(PROPOSE, { id, p: [people[0]] })).data.proposeCandidates.version as number;
    const calls = [
      gql(PROPOSE, { id, p: [people[1]], v }, 'broker', 'p-1'),
      gql(ANSWER, { id, v }, 'broker', 'a-1'),
      gql(PROPOSE, { id, p: [people[2]], v }, 'broker', 'p-2'),
      gql(ANSWER, { id, v }, 'broker', 'a-2'),
      gql(PROPOSE, { id, p: [people[1]], v }, 'broker', 'p-3'),
      gql(ANSWER, { id, v }, 'broker', 'a-3'),
    ];
    const results = await Promise.all(calls);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(5);
    const r = await gql(READ, { id });
    const d = r.data.demand;
    expect(d.version).toBe(v + 1);
    const [ties] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN COUNT { (d)-[:PROPOSED]->() } AS n`, { id });
    expect(d.shortlistSize).toBe(ties!.n);
    if (d.status === 'answered') expect(d.shortlistSize).toBe(1);
    else expect(d.shortlistSize).toBe(2);
  });
});
describe('demandDesk', () => {
  it('lists the scope soonest due first, with statuses, filters and cursor pages that add up to the whole', async () => {
    const all = await gql(`{ demandDesk(scopeId: "pool:lishui", limit: 200) { total items { id responseDue status } } }`);
    expect(all.errors).toBeUndefined();
    const items = all.data.demandDesk.items as Array<{ id: string; responseDue: string; status: string }>;
    const [expected] = await db.runText(`MATCH (d:Demand) RETURN count(d) AS n`);
    expect(all.data.demandDesk.total).toBe(expected!.n); // every fixture demand is posted in Qingtian
    const sorted = [...items].sort((x, y) => x.responseDue.localeCompare(y.responseDue) || x.id.localeCompare(y.id));
    expect(items.map((i) => i.id)).toEqual(sorted.map((i) => i.id));
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: GqlResult = await gql(`query($a: String) { demandDesk(scopeId: "r:lishui", limit: 2, after: $a) { total nextCursor items { id } } }`, { a: after });
      expect(page.errors).toBeUndefined();
      paged.push(...page.data.demandDesk.items.map((i: { id: string }) => i.id));
      after = page.data.demandDesk.nextCursor;
    } while (after);
    expect(paged).toEqual(items.map((i) => i.id));
    const open = await gql(`{ demandDesk(scopeId: "pool:qingtian", status: [open], limit: 200) { total items { id status } } }`);
    expect(open.data.demandDesk.items.map((i: any) => i.id)).toEqual(items.filter((i) => i.status === 'open').map((i) => i.id));
    const elsewhere = await gql(`{ demandDesk(scopeId: "pool:liandu") { total items { id } } }`);
    expect(elsewhere.data.demandDesk.total).toBe(0);
    const bad = await gql(`{ demandDesk(after: "nonsense") { total } }`);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const wrong = await gql(`{ demandDesk(scopeId: "t:ai") { total } }`);
    expect(code(wrong)).toBe('BAD_USER_INPUT');
  });

  it('measures hours left and overdue at asOf', async () => {
    const id = await postDemand();
    const [row] = await db.runText(`MATCH (d:Demand {id: $id}) RETURN toString(d.responseDue) AS due`, { id });
    const due = Date.parse(String(row!.due));
    const before = new Date(due - 5 * 3_600_000).toISOString();
    const after = new Date(due + 3 * 3_600_000).toISOString();
    const q = `query($id: ID!, $at: DateTime) { demand(id: $id, asOf: $at) { hoursLeft hoursLate overdue late } }`;
    expect((await gql(q, { id, at: before })).data.demand).toEqual({ hoursLeft: 5, hoursLate: null, overdue: false, late: false });
    expect((await gql(q, { id, at: after })).data.demand).toEqual({ hoursLeft: -3, hoursLate: 3, overdue: true, late: false });
    const overdue = await gql(`query($at: DateTime) { demandDesk(status: [open], dueBefore: $at, limit: 200) { items { id } } }`, { at: after });
    expect(overdue.data.demandDesk.items.map((i: any) => i.id)).toContain(id);
  });
});

