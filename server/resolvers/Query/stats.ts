// Query.stats: node, relationship and per-label counts, read from Neo4j's count store.
import type { FieldResolver } from '../../context.js';

interface StatsRow {
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ label: string; count: number }>;
}

const stats: FieldResolver<'Query', 'stats', StatsRow> = async (_parent, _args, { db }) => {
  const [row] = await db.read<StatsRow>('stats');
  return {
    nodeCount: row?.nodeCount ?? 0,
    relationshipCount: row?.relationshipCount ?? 0,
    labels: (row?.labels ?? []).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
};

export default stats;
