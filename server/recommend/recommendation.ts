// The Recommendation shape every recommendation answer returns (see server/schema/recommend.graphql).
import type { PlainNode, PlainPath } from '../db.js';
import { reasonTexts, toGqlNode, toGqlPath, type GqlNode, type GqlPath, type Reason } from '../graph/shape.js';
import type { Lang } from '../context.js';
import type { ScorePart } from './score-parts.js';

export interface Recommendation {
  node: GqlNode;
  score: number;
  reasons: string[];
  reasonDetails: Reason[];
  path: GqlPath | null;
  scoreParts: ScorePart[];
  related: GqlNode[];
}

export function recommendation(args: {
  node: PlainNode;
  score: number;
  reasons: Reason[];
  parts: ScorePart[];
  path: PlainPath | null;
  related: Array<PlainNode | undefined>;
  lang: Lang;
}): Recommendation {
  const seen = new Set<string>([args.node.id]);
  const related: GqlNode[] = [];
  for (const n of args.related) {
    if (n && !seen.has(n.id)) {
      seen.add(n.id);
      related.push(toGqlNode(n));
    }
  }
  return {
    node: toGqlNode(args.node),
    score: args.score,
    reasons: reasonTexts(args.reasons, args.lang),
    reasonDetails: args.reasons,
    path: args.path ? toGqlPath(args.path) : null,
    scoreParts: args.parts.map((p) => ({ code: p.code, value: Math.round(p.value * 10_000) / 10_000, weight: p.weight })),
    related,
  };
}
