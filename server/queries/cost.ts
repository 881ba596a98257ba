// Named queries of the cost estimate (server/plugins/cost.ts): sizes read before a request runs, so that they
// must stay cheap on any graph.
export const COST_QUERIES = ['costGraphSize', 'costScopeSize'] as const;
