// Query.search: full-text search over names, aliases and pinyin, best first, optionally only some node types.
// All the user's words must match; when that finds nothing, any word is enough, so a typo in one word of several
// still finds something.
import * as z from 'zod';
import type { Resolver } from '../../context.js';
import type { PlainNode } from '../../db.js';
import { toGqlNode, type GqlNode } from '../../graph/shape.js';
import { luceneQuery, matchedName, searchWords } from '../../explore/search-query.js';
import { badInput, intArg, nodeTypesArg, parseArgs } from '../../explore/validate.js';

const Args = z.object({
  text: z.string('must be a string'),
  types: nodeTypesArg,
  limit: intArg(1, 100, 20),
});

interface SearchHit {
  node: GqlNode;
  score: number;
  matched: string | null;
  matchedField: string | null;
}

/** With a type filter, how many index hits are read before filtering. */
const TYPED_SCAN = 1000;

const search: Resolver<Record<string, unknown>, SearchHit[]> = async (_parent, rawArgs, { db }) => {
  const args = parseArgs(Args, rawArgs);
  if (args.text.trim() === '') throw badInput('text', 'must contain something to search for');
  const words = searchWords(args.text);
  const scan = args.types ? Math.max(TYPED_SCAN, args.limit) : args.limit;
  let rows: Array<{ node: PlainNode; score: number }> = [];
  for (const mode of ['all', 'any'] as const) {
    const query = luceneQuery(words, mode);
    if (query === null) return [];
    rows = await db.read('search', { query, types: args.types, scan, limit: args.limit });
    if (rows.length || words.length < 2) break;
  }
  return rows.map(({ node, score }) => {
    const m = matchedName(node.properties, words);
    return { node: toGqlNode(node), score, matched: m?.matched ?? null, matchedField: m?.field ?? null };
  });
};

export default search;
