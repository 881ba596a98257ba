// Real Neo4j errors reach the API classified by their status code (server/db-errors.ts): a constraint violation is
// BAD_USER_INPUT, a missing procedure UNAVAILABLE, and a defect in a query (syntax, arithmetic) stays an internal
// error that yoga masks, carrying the Neo4j code and the query's name for the log.
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyNeo4jCode } from '../../server/db-errors.js';
import type { Db } from '../../server/db.js';
import { resetGraph, testDb } from '../support/db.js';

let db: Db;

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
});

afterAll(async () => {
  await db.close();
});

async function failure(text: string, label: string): Promise<unknown> {
  try {
    await db.runText(text, {}, 'WRITE', label);
  } catch (e) {
    return e;
  }
  throw new Error(`${label} did not fail`);
}

describe('Neo4j errors', () => {
  it('a duplicate id refused by the unique constraint is BAD_USER_INPUT', async () => {
    await db.runText("CREATE (:Entity:Person {id: 'db-errors:dup', name: 'a'})", {}, 'WRITE');
    const e = await failure("CREATE (:Entity:Person {id: 'db-errors:dup', name: 'b'})", 'duplicate');
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', query: 'duplicate' });
    const [row] = await db.runText("MATCH (n:Entity {id: 'db-errors:dup'}) RETURN count(n) AS n, collect(n.name) AS names");
    expect(row).toEqual({ n: 1, names: ['a'] });
  });

  it('a procedure that is not installed is UNAVAILABLE and named', async () => {
    const e = await failure('CALL tb.noSuchProcedure()', 'procedure');
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions).toMatchObject({ code: 'UNAVAILABLE', query: 'procedure' });
    expect((e as GraphQLError).message).toContain('tb.noSuchProcedure');
  });

  it.each([
    ['syntax', 'RETURN 1 +', 'Neo.ClientError.Statement.SyntaxError'],
    ['arithmetic', 'RETURN 1 / 0 AS x', 'Neo.ClientError.Statement.ArithmeticError'],
  ])('a %s error is a defect: not a GraphQLError, so it is masked, with its code and query for the log', async (label, text, code) => {
    const e = (await failure(text, label)) as Error & { code?: string; query?: string };
    expect(e).not.toBeInstanceOf(GraphQLError);
    expect(e.code).toBe(code);
    expect(e.query).toBe(label);
    expect(classifyNeo4jCode(e.code)).toBeNull();
  });
});
