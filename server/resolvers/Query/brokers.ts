// Query.brokers: betweenness and Louvain communities with GDS around a scope or on the whole graph
// (server/recommend/brokers.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, intArg, nodeTypesArg, parseArgs } from '../../explore/validate.js';
import { brokers as run, type BrokerScore } from '../../recommend/brokers.js';

const Args = z.object({
  scopeId: z.preprocess((v) => (v === undefined ? null : v), idArg.nullable()),
  limit: intArg(1, 200, 20),
  types: nodeTypesArg,
});

/** Projection, Louvain and betweenness on a large scope take longer than an ordinary read. */
const MIN_BROKERS_TIMEOUT_MS = 120_000;

const brokers: FieldResolver<'Query', 'brokers', BrokerScore[]> = async (_p, args, ctx) => {
  const { scopeId, limit, types } = parseArgs(Args, args);
  return run(ctx.db, { scopeId, limit, types, lang: ctx.lang, timeoutMs: Math.max(ctx.config.queryTimeoutMs, MIN_BROKERS_TIMEOUT_MS) });
};

export default brokers;
