// Every named query the code runs. Each name must have a file cypher/<name>.cypher: start-up stops if one is
// missing, and `db.read`/`db.write` only accept these names, so a typo fails the type check instead of a request.
export const QUERY_NAMES = [
  'stats',
  'databaseIsEmpty',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
