// stats and /healthz against a real Neo4j: counts must be the ones Neo4j holds after a known write.
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/yoga.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { gqlClient } from '../support/gql.js';

const db = testDb();
let app: App;
const gql = gqlClient(() => app);

withGraph(db, async () => {
  app = await createApp({ config: testConfig(), db });
});

describe('stats', () => {
  it('reads node, relationship and label counts from Neo4j', async () => {
    const people = 3 + Math.floor(Math.random() * 5);
    await db.runText(
      'UNWIND range(1, $n) AS i CREATE (p:Entity:Person {id: "p" + i})-[:WORKS_AT]->(:Entity:Enterprise {id: "e" + i})',
      { n: people },
      'WRITE',
    );
    const { data, errors } = await gql('{ stats { nodeCount relationshipCount labels { label count } } }');
    expect(errors).toBeUndefined();
    expect(data.stats.nodeCount).toBe(people * 2);
    expect(data.stats.relationshipCount).toBe(people);
    const labels = Object.fromEntries(data.stats.labels.map((l: { label: string; count: number }) => [l.label, l.count]));
    expect(labels).toMatchObject({ Entity: people * 2, Person: people, Enterprise: people });
  });

  it('answers /healthz with the Neo4j version', async () => {
    const res = await app.fetch('http://test/healthz');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { neo4j: string };
    expect(body.neo4j).toMatch(/^Neo4j\/5\./);
  });
});
