// Query.search: full-text search over names, aliases and pinyin, best first, optionally only some node types.
// All the user's words must match; when that finds nothing, any word is enough, so a typo in one word of several
// still finds something. For viewers the query leaves out people who did not consent before it counts or cuts
// anything, so neither the hits nor their number say whether a hidden person matched.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import type { PlainNode } from '../../db.js';
import { hasRole } from '../../auth/guard.js';
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

interface SearchRow {
  scanned: number;
  hiddenRead: number;
  hits: Array<{ node: PlainNode; score: number }>;
}

/** With a type filter, how many index hits are read before filtering. */
const TYPED_SCAN = 1000;
/** How deep the index is read at most when hidden people fill the window; past it they may crowd hits out. */
const MAX_SCAN = 20_000;

const search: FieldResolver<'Query', 'search', SearchHit[]> = async (_parent, rawArgs, ctx) => {
  const args = parseArgs(Args, rawArgs);
  if (args.text.trim() === '') throw badInput('text', 'must contain something to search for');
  const words = searchWords(args.text);
  const includeHidden = hasRole(ctx, 'broker');
  const window = args.types ? Math.max(TYPED_SCAN, args.limit) : args.limit;
  let hits: SearchRow['hits'] = [];
  for (const mode of ['all', 'any'] as const) {
    const query = luceneQuery(words, mode);
    if (query === null) return [];
    // Read `window` hits that are not hidden: as deep again as the hidden ones that were read took, until the
    // window is full or the index has no more.
    for (let scan = window; ; ) {
      const [row] = await ctx.db.read<SearchRow>('search', { query, types: args.types, includeHidden, scan, window, limit: args.limit });
      hits = row?.hits ?? [];
      if (!row || row.scanned < scan || row.scanned - row.hiddenRead >= window || scan >= MAX_SCAN) break;
      scan = Math.min(MAX_SCAN, window + row.hiddenRead);
    }
    if (hits.length || words.length < 2) break;
  }
  return hits.map(({ node, score }) => {
    const m = matchedName(node.properties, words);
    return { node: toGqlNode(node), score, matched: m?.matched ?? null, matchedField: m?.field ?? null };
  });
};

export default search;
