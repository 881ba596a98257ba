// A candidate learned ranker for recommendLabs on a project network (offline analysis, not in the product): a linear
// model over network signals a Cypher read of the firm's project network can give per lab (shared partners, a
// recency- and size-weighted walk through them, the lab's activity, same country), fitted by eval/fit-lab-model.ts.
// It did not beat the product's ranking on held-out data, so the server does not use it (docs/scoring.md).

/** Half-life in years of a project's weight in the walk, counted back from the firm's latest project. */
export const WALK_HALF_LIFE = 3;

/** What the network read gives per candidate lab, and the highest of each among the answer's candidates. */
export interface LabModelInput {
  /** Distinct partners of the firm that worked with the lab (common neighbours). */
  partnerCount: number;
  /** Walk firm -> project -> partner -> project -> lab, each step weighted by recency and 1 / ln(1 + size). */
  walk: number;
  /** The lab's project participations. */
  activity: number;
  /** The lab is in the firm's country. */
  sameCountry: boolean;
}

export interface LabModelMax {
  partnerCount: number;
  walk: number;
  activity: number;
}

export const LAB_MODEL_FEATURES = ['logPartners', 'partnersShare', 'logWalk', 'walkShare', 'logActivity', 'activityShare', 'sameCountry'] as const;

/** The model's inputs: counts on a log scale and as a share of the answer's highest, so both size and rank count. */
export function labModelFeatures(x: LabModelInput, max: LabModelMax): number[] {
  const share = (v: number, m: number) => (m > 0 ? v / m : 0);
  return [
    Math.log1p(x.partnerCount),
    share(x.partnerCount, max.partnerCount),
    // A walk's scale depends on the reference year; on a log scale that is a shift every candidate shares.
    Math.log(1e-6 + x.walk),
    share(x.walk, max.walk),
    Math.log1p(x.activity),
    share(Math.log1p(x.activity), Math.log1p(max.activity)),
    x.sameCountry ? 1 : 0,
  ];
}

export interface LinearModel {
  features: readonly string[];
  mean: readonly number[];
  sd: readonly number[];
  weights: readonly number[];
}

/** The linear score of standardised features; only its order within one answer matters. */
export function linearScore(model: LinearModel, features: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < features.length; i++) s += (model.weights[i]! * (features[i]! - model.mean[i]!)) / model.sd[i]!;
  return s;
}
