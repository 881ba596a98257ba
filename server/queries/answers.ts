// Named queries behind the GraphQL answers (search, node, neighbourhood, paths, bridges, recommendations, diaspora,
// brokers) and the mutations.
export const ANSWER_QUERIES = [] as const;
