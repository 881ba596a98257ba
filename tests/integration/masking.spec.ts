// Masking in every answer. For each role, every query field of the schema (discovered, so new fields are walked
// too) is called with the fixture's ids and names, asking for every field down to the paths' nodes, in Chinese
// and English; then every document the web app sends, and the web app's JSON export built from those answers.
// A viewer's answers must not contain any of the fixture's contact values or birthdays, nor any name of the people
// who did not consent, nor any personal field with a value; brokers and admins must see all of them.
import { describe, expect, it } from 'vitest';
import type { App } from '../../server/yoga.js';
import { PERSONAL_FIELDS } from '../../server/model/model.js';
import * as documents from '../../web/src/core/api/documents.js';
import { subgraphExport } from '../../web/src/core/export/subgraph-json.js';
import { testDb, withGraph } from '../support/db.js';
import { introspect, isRequired, namedType, selection, typeText, type Field, type InputValue, type SchemaView } from '../support/schema-walk.js';
import { CONTACT_VALUES, HIDDEN_NAMES, IDS, NODES, PEOPLE, TOKENS, loadTrustFixture, trustApp } from '../support/trust-fixture.js';

const db = testDb();
let app: App;
let view: SchemaView;

type As = 'anonymous' | 'viewer' | 'broker' | 'admin';
const ROLES: As[] = ['anonymous', 'viewer', 'broker', 'admin'];
const SEES_ALL = new Set<As>(['broker', 'admin']);

interface Answer {
  as: As;
  what: string;
  text: string;
  body: any;
  /** What the request itself sent; a value the caller sent may come back (an id echoed in NOT_FOUND). */
  sent?: string;
}
const answers: Answer[] = [];

async function ask(as: As, what: string, query: string, variables: Record<string, unknown>, lang: 'zh' | 'en'): Promise<Answer> {
  const res = await app.fetch(`http://test/graphql?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as === 'anonymous' ? {} : { authorization: `Bearer ${TOKENS[as]}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  expect(res.status, `${as} ${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  const a = { as, what, text, body: JSON.parse(text), sent: JSON.stringify(variables) };
  answers.push(a);
  return a;
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments drawn from the fixture, by argument name; anything unknown gets every fixture id.

const ALL_IDS = NODES.map((n) => n.id);
const PERSON_IDS = PEOPLE.map((p) => p.id);
const PAIRS: Array<[string, string]> = [
  [IDS.firm, IDS.lab],
  [IDS.lab, IDS.firm],
  [IDS.firm, IDS.university],
  ['tf:person:zhang', 'tf:person:li'],
  ['tf:person:sun', 'tf:person:wang'],
  ['tf:person:chen', IDS.firm],
  [IDS.qingtian, IDS.lab],
];
const SEARCH_TEXTS = [...PEOPLE.flatMap((p) => p.names), '天目山', 'wuxing', 'wangjing', 'chenwei', '王', 'jing', ...PEOPLE.map((p) => p.email)];

function candidates(arg: InputValue): unknown[] {
  const name = arg.name;
  const base = namedType(arg.type).name;
  const list = arg.type.kind === 'LIST' || arg.type.ofType?.kind === 'LIST';
  if (base === 'ID') {
    const ids =
      name === 'enterpriseId' ? [IDS.firm] :
      name === 'demandId' ? [IDS.demand] :
      name === 'personId' ? PERSON_IDS :
      name === 'originRegionId' ? [IDS.qingtian, IDS.lishui, IDS.zhejiang] :
      name === 'scopeId' ? [null, IDS.lishui, IDS.alloys, IDS.pool, IDS.qingtian] :
      name === 'techArea' ? [null, IDS.alloys] :
      isRequired(arg) ? ALL_IDS : [undefined];
    return list ? (isRequired(arg) ? [ids.filter(Boolean)] : [undefined]) : ids;
  }
  if (name === 'text') return SEARCH_TEXTS;
  // The editing forms' model queries take a node type's name.
  if (base === 'String' && (name === 'type' || name === 'fromType' || name === 'toType')) return ['Person', 'Lab'];
  if (name === 'depth') return [1, 3];
  if (name === 'maxIntermediaries') return [1, 2];
  if (isRequired(arg)) {
    if (base === 'String') return ['铝合金'];
    if (base === 'Int') return [5];
    if (base === 'Boolean') return [false];
    return [null];
  }
  return [undefined];
}

/** Argument sets for a field: from/to pairs together, the rest as a product (bounded). */
function calls(field: Field): Array<Record<string, unknown>> {
  // from/to name a pair of nodes (paths, bridges); deskStats' from/to are instants and take the general rule.
  const pair = field.args.some((a) => a.name === 'from' && namedType(a.type).name === 'ID');
  const rest = pair ? field.args.filter((a) => a.name !== 'from' && a.name !== 'to') : field.args;
  let out: Array<Record<string, unknown>> = pair ? PAIRS.map(([from, to]) => ({ from, to })) : [{}];
  for (const a of rest) {
    const next: Array<Record<string, unknown>> = [];
    for (const partial of out) for (const v of candidates(a)) next.push(v === undefined ? partial : { ...partial, [a.name]: v });
    out = next.slice(0, 80);
  }
  return out;
}

function operation(field: Field, vals: Record<string, unknown>): string {
  const used = field.args.filter((a) => a.name in vals);
  const decl = used.length ? `(${used.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ')})` : '';
  const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `query Walk${decl} { ${field.name}${call} ${selection(view, field.type, 3)} }`;
}

// ---------------------------------------------------------------------------------------------------------------
// What a viewer must never see.

const CONTACT_LOWER = CONTACT_VALUES.map((v) => v.toLowerCase());
const HIDDEN_LOWER = HIDDEN_NAMES.map((v) => v.toLowerCase());
/** Ids of the people who did not consent: ids often spell names, so viewers get an alias instead. */
const HIDDEN_IDS = PEOPLE.filter((p) => !p.consent).map((p) => p.id);
const PERSONAL = new Set<string>(PERSONAL_FIELDS);

function personalKeys(value: unknown, path = '', found: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) value.forEach((v, i) => personalKeys(v, `${path}[${i}]`, found));
  else
    for (const [k, v] of Object.entries(value)) {
      if (PERSONAL.has(k) && v !== null && v !== undefined) found.push(`${path}.${k}`);
      personalKeys(v, `${path}.${k}`, found);
    }
  return found;
}

function leaks(text: string, body: unknown, sent = ''): string[] {
  // JSON escapes nothing in these values, but compare against the decoded text too in case of \u escapes.
  const decoded = JSON.stringify(body).toLowerCase();
  const lower = text.toLowerCase();
  return [
    ...CONTACT_LOWER.filter((v) => lower.includes(v) || decoded.includes(v)).map((v) => `contact value ${v}`),
    ...HIDDEN_LOWER.filter((v) => lower.includes(v) || decoded.includes(v)).map((v) => `hidden name ${v}`),
    ...personalKeys(body).map((p) => `personal field ${p}`),
    ...HIDDEN_IDS.filter((id) => !sent.includes(id) && text.includes(`"${id}"`)).map((id) => `hidden id ${id}`),
  ];
}

// ---------------------------------------------------------------------------------------------------------------

withGraph(db, async () => {
  await loadTrustFixture(db);
  app = await trustApp(db);
  view = await introspect(app);
});

const LEDGER_FIELDS = new Set(['introductions', 'introduction']);
const ADMIN_FIELDS = new Set(['auditLog', 'importJobs', 'importJob', 'importUploadLimit', 'importMappings', 'suggestImportMappings']);
/** Fields that only answer for files staged by an upload, which this walk has none of (import-shipped-mappings.spec asks them). */
const NEEDS_UPLOADS = new Set(['suggestImportMappings']);

describe('masking in every answer', () => {
  const succeeded = new Map<string, Set<As>>();

  it(
    'walks every query field for every role',
    async () => {
      expect(view.queryFields.length).toBeGreaterThan(10);
      for (const field of view.queryFields) {
        for (const vals of calls(field)) {
          const query = operation(field, vals);
          for (const as of ROLES) {
            for (const lang of SEES_ALL.has(as) ? (['zh'] as const) : (['zh', 'en'] as const)) {
              const a = await ask(as, `${field.name}(${JSON.stringify(vals)}) ${lang}`, query, vals, lang);
              if (!a.body.errors && a.body.data?.[field.name] !== undefined) {
                if (!succeeded.has(field.name)) succeeded.set(field.name, new Set());
                succeeded.get(field.name)!.add(as);
              }
            }
          }
        }
      }
      // Every field answered at least once for every role that may use it, so the walk saw real data.
      for (const field of view.queryFields) {
        if (NEEDS_UPLOADS.has(field.name)) continue;
        const roles = succeeded.get(field.name) ?? new Set();
        // The audit record and imports are for admins; the introductions ledger for brokers and admins (docs/security.md).
        const expected = ADMIN_FIELDS.has(field.name) ? ['admin'] : LEDGER_FIELDS.has(field.name) ? ['broker', 'admin'] : ROLES;
        expect([...roles].sort(), field.name).toEqual(expect.arrayContaining(expected));
      }
    },
    600_000,
  );

  it(
    'sends every document of the web app, and builds its JSON export from the answers',
    async () => {
      const docs = Object.entries(documents).filter(([, d]) => typeof d === 'string' && /^\s*query\b/.test(d)) as Array<[string, string]>;
      expect(docs.length).toBeGreaterThan(5);
      for (const [name, doc] of docs) {
        const vars = [...doc.matchAll(/\$(\w+):/g)].map((m) => m[1]!);
        const sets: Array<Record<string, unknown>> = vars.includes('from')
          ? PAIRS.map(([from, to]) => ({ from, to }))
          : vars.includes('text')
            ? SEARCH_TEXTS.map((text) => ({ text }))
            : vars.some((v) => ['id', 'origin'].includes(v))
              ? ALL_IDS.map((id) => ({ id, origin: id }))
              : [{}];
        for (const s of sets) {
          const variables = Object.fromEntries(Object.entries(s).filter(([k]) => vars.includes(k)));
          if (vars.includes('depth')) variables.depth = 2;
          for (const as of ROLES) {
            const a = await ask(as, `web ${name} ${JSON.stringify(variables)}`, doc, variables, 'zh');
            const sub = a.body.data?.neighbourhood;
            if (sub) {
              const exported = subgraphExport(sub.nodes, sub.edges, `neighbourhood-${variables.id}`);
              answers.push({ as, what: `export of ${name} ${variables.id}`, text: JSON.stringify(exported), body: exported });
            }
          }
        }
      }
    },
    600_000,
  );

  it('never lets a contact value, a hidden name or a personal field reach a viewer', () => {
    const viewerAnswers = answers.filter((a) => !SEES_ALL.has(a.as));
    expect(viewerAnswers.length).toBeGreaterThan(500);
    const found = viewerAnswers.flatMap((a) => leaks(a.text, a.body, a.sent).map((l) => `${a.as} ${a.what}: ${l}`));
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('shows brokers and admins every contact value and every name', () => {
    for (const as of ['broker', 'admin'] as const) {
      const text = answers.filter((a) => a.as === as).map((a) => a.text.toLowerCase()).join('\n');
      expect(CONTACT_LOWER.filter((v) => !text.includes(v)), as).toEqual([]);
      expect(HIDDEN_LOWER.filter((v) => !text.includes(v)), as).toEqual([]);
    }
  });
});

describe('what a viewer sees instead', () => {
  const NODE_Q = 'query($id: ID!) { node(id: $id) { id type labels name nameZh nameEn properties } }';

  /** 王静's alias as a viewer meets it: the lab's researcher who did not consent (her real id finds nothing). */
  async function wangAlias(): Promise<string> {
    const q = 'query($id: ID!) { neighbourhood(id: $id) { nodes { id nameEn } } }';
    const around = await ask('anonymous', 'lab neighbourhood', q, { id: IDS.lab }, 'en');
    const wang = around.body.data.neighbourhood.nodes.find((n: any) => n.nameEn === 'a researcher at Tianmushan Laboratory');
    expect(wang).toBeDefined();
    return wang.id;
  }

  it('shows a non-consenting person as a researcher at their organisation', async () => {
    const alias = await wangAlias();
    const zh = await ask('anonymous', 'node wang zh', NODE_Q, { id: alias }, 'zh');
    expect(zh.body.data.node).toEqual({
      id: expect.stringMatching(/^anon:[\w-]{16,}$/),
      type: 'Person',
      labels: ['Person'],
      name: '一位天目山实验室的研究人员',
      nameZh: '一位天目山实验室的研究人员',
      nameEn: 'a researcher at Tianmushan Laboratory',
      properties: { consent: false },
    });
    const en = await ask('viewer', 'node wang en', NODE_Q, { id: alias }, 'en');
    expect(en.body.data.node.name).toBe('a researcher at Tianmushan Laboratory');
    // The real id is not accepted from a viewer: it would confirm a guess.
    expect((await ask('viewer', 'node wang by real id', NODE_Q, { id: 'tf:person:wang' }, 'zh')).body.data.node).toBeNull();
    const broker = await ask('broker', 'node wang', NODE_Q, { id: 'tf:person:wang' }, 'zh');
    expect(broker.body.data.node).toMatchObject({ name: '王静', labels: expect.arrayContaining(['Person', 'Researcher']) });
    expect(broker.body.data.node.properties).toMatchObject({ email: 'wang.jing@tianmu.example.cn', consent: false });
  });

  it('gives a non-consenting person an opaque id that still opens their neighbourhood', async () => {
    const alias = await wangAlias();
    expect(alias).not.toContain('wang');
    const again = await ask('anonymous', 'by alias', NODE_Q, { id: alias }, 'en');
    expect(again.body.data.node).toMatchObject({ id: alias, name: 'a researcher at Tianmushan Laboratory' });
    const q = 'query($id: ID!) { neighbourhood(id: $id, depth: 1) { root { id } nodes { id } edges { from to } distances { id } } }';
    const around = await ask('anonymous', 'neighbourhood by alias', q, { id: alias }, 'zh');
    const sub = around.body.data.neighbourhood;
    expect(sub.root.id).toBe(alias);
    const ids = new Set(sub.nodes.map((n: any) => n.id));
    for (const e of sub.edges) expect(ids.has(e.from) && ids.has(e.to), `${e.from}->${e.to}`).toBe(true);
    expect(sub.distances.map((d: any) => d.id)).toContain(alias);
    expect(around.text).not.toContain('tf:person:wang');
    const broker = await ask('broker', 'broker by alias', NODE_Q, { id: alias }, 'zh');
    expect(broker.body.data.node).toMatchObject({ id: 'tf:person:wang', name: '王静' });
  });

  it('shows consenting people without their personal fields', async () => {
    const a = await ask('anonymous', 'node li', NODE_Q, { id: 'tf:person:li' }, 'zh');
    expect(a.body.data.node.name).toBe('李明');
    expect(a.body.data.node.properties).toMatchObject({ title: '技术经理人', consent: true });
    for (const f of PERSONAL_FIELDS) expect(a.body.data.node.properties).not.toHaveProperty(f);
  });

  it('keeps personal ties in paths but strips their detail', async () => {
    const q = 'query($id: ID!) { neighbourhood(id: $id, depth: 1) { edges { type from to properties } } }';
    const viewer = await ask('anonymous', 'ties zhang', q, { id: 'tf:person:zhang' }, 'zh');
    const broker = await ask('broker', 'ties zhang', q, { id: 'tf:person:zhang' }, 'zh');
    const knows = (a: Answer) => a.body.data.neighbourhood.edges.filter((e: any) => e.type === 'KNOWS');
    expect(knows(viewer).length).toBe(2);
    for (const e of knows(viewer)) expect(e.properties).toEqual({});
    expect(knows(broker).map((e: any) => e.properties.since).sort()).toEqual(['2009-09-01', '2016-09-01']);
    const works = viewer.body.data.neighbourhood.edges.find((e: any) => e.type === 'WORKS_AT');
    expect(works.properties).toMatchObject({ role: '工程师' });
  });

  it('drops search hits on hidden people for viewers only', async () => {
    const q = 'query($t: String!) { search(text: $t) { node { id name } matched } }';
    for (const t of ['王静', 'Wang Jing', 'wangjing', '静老师', '陈伟']) {
      const v = await ask('anonymous', `search ${t}`, q, { t }, 'zh');
      expect(v.body.data.search.map((h: any) => h.node.id), t).not.toEqual(expect.arrayContaining(['tf:person:wang']));
      expect(v.body.data.search.map((h: any) => h.node.id), t).not.toEqual(expect.arrayContaining(['tf:person:chen']));
    }
    const b = await ask('broker', 'search 王静', q, { t: '王静' }, 'zh');
    expect(b.body.data.search.map((h: any) => h.node.id)).toContain('tf:person:wang');
  });

  it('names a hidden bridge anonymously in its reasons', async () => {
    const q = 'query($f: ID!, $t: ID!) { bridges(from: $f, to: $t, maxIntermediaries: 1) { intermediaries { id name } reasons reasonDetails { zh en } } }';
    const alias = await wangAlias();
    const v = await ask('anonymous', 'bridges firm lab', q, { f: IDS.firm, t: IDS.lab }, 'zh');
    const wang = v.body.data.bridges.find((b: any) => b.intermediaries.some((n: any) => n.id === alias));
    expect(wang, 'the lab researcher is a one-person bridge').toBeDefined();
    expect(wang.intermediaries.find((n: any) => n.id === alias).name).toBe('一位天目山实验室的研究人员');
    expect(JSON.stringify(wang)).not.toMatch(/王静|Wang Jing/i);
    const b = await ask('broker', 'bridges firm lab', q, { f: IDS.firm, t: IDS.lab }, 'zh');
    expect(JSON.stringify(b.body.data.bridges)).toContain('王静');
  });
});
