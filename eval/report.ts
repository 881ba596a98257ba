// eval/RESULTS.md from the figures of one run: the command, the splits, the samples and one table per task and split.
import type { CordisSplit } from './cordis.js';
import type { LdbcSplit } from './ldbc.js';
import { K, type MethodFigures } from './lib/metrics.js';

function table(figures: readonly MethodFigures[], product: string): string[] {
  const baselines = figures.filter((f) => f.method !== product);
  const best = Math.max(0, ...baselines.map((f) => f.hitsAtK));
  const rows = [...figures].sort((a, b) => b.hitsAtK - a.hitsAtK || b.mrr - a.mrr);
  return [
    `| method | Hits@${K} | MRR | coverage | Hits@${K} / best baseline |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((f) => {
      const name = f.method === product ? `**${f.method}** (API)` : f.method;
      const ratio = best > 0 ? (f.hitsAtK / best).toFixed(2) : 'n/a';
      return `| ${name} | ${f.hitsAtK.toFixed(3)} | ${f.mrr.toFixed(3)} | ${(f.coverage * 100).toFixed(1)}% | ${ratio} |`;
    }),
  ];
}

/** The product's Hits@10 over the best baseline's, and its coverage, for the summary. */
function against(figures: readonly MethodFigures[], product: string): { ratio: number; hits: number; best: number; coverage: number } {
  const mine = figures.find((f) => f.method === product);
  const best = Math.max(0, ...figures.filter((f) => f.method !== product).map((f) => f.hitsAtK));
  return { ratio: mine && best > 0 ? mine.hitsAtK / best : 0, hits: mine?.hitsAtK ?? 0, best, coverage: mine?.coverage ?? 0 };
}

/** The targets of the issue that asked for this harness, each met or not, from this run's figures. */
function summary(cordis: readonly CordisSplit[], ldbc: readonly LdbcSplit[]): string[] {
  const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
  const lines = ['## Summary against the targets', '', '| task | split | product Hits@10 | best baseline | ratio | coverage | target | |', '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |'];
  for (const c of cordis) {
    const a = against(c.firms.figures, 'recommendLabs');
    lines.push(
      `| CORDIS firm → new labs | ${c.cutoff} | ${a.hits.toFixed(3)} | ${a.best.toFixed(3)} | ${a.ratio.toFixed(2)} | ${(a.coverage * 100).toFixed(1)}% | ≥ 1.15× and ≥ 95% | ${yes(a.ratio >= 1.15 && a.coverage >= 0.95)} |`,
    );
  }
  for (const c of cordis) {
    const a = against(c.projects.figures, 'recommendLabs');
    lines.push(`| CORDIS project → joining labs | ${c.cutoff} | ${a.hits.toFixed(3)} | ${a.best.toFixed(3)} | ${a.ratio.toFixed(2)} | ${(a.coverage * 100).toFixed(1)}% | (none set) | |`);
  }
  for (const l of ldbc) {
    const a = against(l.figures, 'recommendCollaborators');
    lines.push(`| LDBC person → new acquaintances | ${l.cutoff} | ${a.hits.toFixed(3)} | ${a.best.toFixed(3)} | ${a.ratio.toFixed(2)} | ${(a.coverage * 100).toFixed(1)}% | ≥ 1.00× | ${yes(a.ratio >= 1)} |`);
  }
  return [...lines, ''];
}

export function writeReport(r: { command: string; seed: number; sample: number; ldbcSample: number; cordis: CordisSplit[]; ldbc: LdbcSplit[]; minutes: number }): string {
  const out = [
    '# Ranking quality on held-out real data',
    '',
    `Written by \`${r.command}\` (${r.minutes.toFixed(0)} min). Seeded sampling (seed ${r.seed}; at most ${r.sample} queries per CORDIS task and split, ${r.ldbcSample} per LDBC split).`,
    'The product is asked through its GraphQL API (`createApp`, `yoga.fetch`) on a fresh Neo4j holding only the past;',
    'baselines are computed by the harness from the same past rows. Hits@10: share of queries with at least one',
    'held-out answer in the top 10. MRR: mean reciprocal rank of the first held-out answer within the top 100 (0 if',
    'none). Coverage: share of queries answered with a non-empty list. Baseline ties go to the more popular candidate.',
    '',
    ...summary(r.cordis, r.ldbc),
  ];
  for (const c of r.cordis) {
    out.push(
      `## CORDIS H2020, cut-off ${c.cutoff}`,
      '',
      `Past: ${c.preRows} participations in projects starting before ${c.cutoff} (imported in ${(c.importMs / 1000).toFixed(0)} s).`,
      '',
      `### Firm → new lab partners (\`recommendLabs\`)`,
      '',
      `Firms (PRC) with a past network that share a project starting in ${c.cutoff} or later with a lab of the past graph`,
      `they had never shared a project with: ${c.firms.eligible}; sampled ${c.firms.sampled}; ${c.firms.meanTruth.toFixed(1)} new labs each on average.`,
      `Labs the firm already shared a project with are excluded from every baseline.`,
      '',
      ...table(c.firms.figures, 'recommendLabs'),
      '',
      `### Project → labs that join, given its coordinator (\`recommendLabs(projectPartners: RANKED)\` of the coordinator)`,
      '',
      `Projects starting in ${c.cutoff} or later, coordinated by a firm with a past network, joined by at least one lab of`,
      `the past graph: ${c.projects.eligible}; sampled ${c.projects.sampled}; ${c.projects.meanTruth.toFixed(1)} such labs each on average (earlier partners count).`,
      '',
      ...table(c.projects.figures, 'recommendLabs'),
      '',
    );
  }
  for (const l of r.ldbc) {
    out.push(
      `## LDBC SNB SF0.1, KNOWS cut-off ${l.cutoff}`,
      '',
      `Past: ${l.preTies} KNOWS ties created before ${l.cutoff}; held out: ${l.postTies}. People with a past tie who gain`,
      `a new one: ${l.eligible}; sampled ${l.sampled}; ${l.meanTruth.toFixed(1)} new acquaintances each on average.`,
      '',
      ...table(l.figures, 'recommendCollaborators'),
      '',
    );
  }
  return out.join('\n');
}
