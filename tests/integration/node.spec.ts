// Query.node against a real Neo4j: a node by id with its type, names and properties; null when absent.
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/yoga.js';
import { nodeRow, writeBatch } from '../../seed/import/writer.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { gqlClient } from '../support/gql.js';

const db = testDb();
let app: App;
const gql = gqlClient(() => app);

const NODE = 'query($id: ID!) { node(id: $id) { id type labels name nameZh nameEn illustrative properties } }';

withGraph(db, async () => {
  await writeBatch(
    db,
    [
      nodeRow({ id: 'n:lab', labels: ['Lab'], props: { name: '天目山实验室', nameZh: '天目山实验室', nameEn: 'Tianmushan Laboratory', kind: 'provincial_lab', founded: 2021, illustrative: false } }),
      nodeRow({ id: 'n:tm', labels: ['Person', 'TechManager'], props: { nameZh: '王敏', illustrative: true, consent: true } }),
    ],
    [],
  );
  app = await createApp({ config: testConfig(), db });
});

describe('node', () => {
  it('returns the node with its type, labels, names and properties', async () => {
    const { data, errors } = await gql(NODE, { id: 'n:lab' });
    expect(errors).toBeUndefined();
    expect(data.node).toMatchObject({ id: 'n:lab', type: 'Lab', labels: ['Lab'], name: '天目山实验室', nameEn: 'Tianmushan Laboratory', illustrative: false });
    expect(data.node.properties).toMatchObject({ kind: 'provincial_lab', founded: 2021 });
    // Derived search fields stay in the database.
    expect(data.node.properties.pinyin).toBeUndefined();
  });

  it('keeps role labels and the illustrative flag, and falls back to nameZh for the name', async () => {
    const { data } = await gql(NODE, { id: 'n:tm' });
    expect(data.node.type).toBe('Person');
    expect(data.node.labels.sort()).toEqual(['Person', 'TechManager']);
    expect(data.node.name).toBe('王敏');
    expect(data.node.illustrative).toBe(true);
  });

  it('is null for an id nothing has, whatever the id holds', async () => {
    for (const id of ['n:none', "n:lab' OR 1=1 //", '`n:lab`', 'n:LAB', '\u0000']) {
      const { data, errors } = await gql(NODE, { id });
      expect(errors).toBeUndefined();
      expect(data.node).toBeNull();
    }
  });

  it('rejects an empty or oversized id with BAD_USER_INPUT naming `id`', async () => {
    for (const id of ['', '  ', 'x'.repeat(600)]) {
      const { errors } = await gql(NODE, { id });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    }
  });
});
