// Shared by the CORDIS specs (H2020 participations, the portal's own export): the participation graph worked out
// from the file in the test, independently of the Cypher (who took part in what, the organisations in between a firm
// and a lab, firm-lab pairs at distance 4 within the organisation search's bounds), and the bridges query they
// compare it with.
import { expect } from 'vitest';
import { ORG_SEARCH } from '../../server/explore/bridges.js';
import type { App } from '../../server/yoga.js';

/** One row of a participation file: an organisation (PIC) in a project, its activity type, the project's start. */
export interface Participation {
  org: string;
  project: string;
  type: string;
  start: string;
}

/**
 * The graph's counts against the file's: organisations per label as both CORDIS mappings give them (PRC enterprises,
 * HES/REC labs, PUB/OTH organisations), projects and participations.
 */
export function expectCordisCounts(
  got: { labels: Record<string, number>; types: Record<string, number> },
  file: { typeOf: ReadonlyMap<string, string>; projects: number; participations: number },
): void {
  const byType = (...types: string[]) => [...file.typeOf.values()].filter((t) => types.includes(t)).length;
  const { labels, types } = got;
  expect(labels.Enterprise).toBe(byType('PRC'));
  expect(labels.Lab).toBe(byType('HES', 'REC'));
  expect(labels.Organisation).toBe(byType('PUB', 'OTH'));
  expect(labels.Enterprise! + labels.Lab! + labels.Organisation!).toBe(file.typeOf.size);
  expect(labels.Project).toBe(file.projects);
  expect(types.PARTICIPATES_IN).toBe(file.participations);
}

/** The bipartite organisation-project graph of the rows, and the questions the specs ask of it. */
export function participationGraph(rows: readonly Participation[]) {
  const typeOf = new Map<string, string>();
  const projectsOf = new Map<string, Set<string>>();
  const orgsOf = new Map<string, Set<string>>();
  const startOf = new Map<string, string>();
  for (const r of rows) {
    typeOf.set(r.org, r.type);
    projectsOf.set(r.org, (projectsOf.get(r.org) ?? new Set()).add(r.project));
    orgsOf.set(r.project, (orgsOf.get(r.project) ?? new Set()).add(r.org));
    startOf.set(r.project, r.start);
  }
  const isLab = (org: string) => ['HES', 'REC'].includes(typeOf.get(org) ?? '');
  const shared = (a: string, b: string) => [...projectsOf.get(a)!].filter((p) => projectsOf.get(b)!.has(p));
  const neighbours = (org: string) => {
    const out = new Set<string>();
    for (const p of projectsOf.get(org)!) for (const o of orgsOf.get(p)!) if (o !== org) out.add(o);
    return out;
  };
  /** Organisations in between a firm and a lab: each took part in a project with each of them. */
  const between = (firm: string, lab: string): string[] => {
    const nl = neighbours(lab);
    return [...neighbours(firm)].filter((o) => o !== lab && nl.has(o)).sort();
  };
  /**
   * Firm-lab pairs at distance 4, spread over the firms: both ends within the per-side project bound (so every
   * organisation in between must be found) and at most `maxOrgs` organisations in between.
   */
  const pickPairs = (n: number): Array<{ firm: string; lab: string }> => {
    const small = (org: string) => projectsOf.get(org)!.size <= ORG_SEARCH.maxProjects;
    const firms = [...typeOf.keys()].filter((o) => typeOf.get(o) === 'PRC' && projectsOf.get(o)!.size >= 2 && small(o)).sort();
    const pairs: Array<{ firm: string; lab: string }> = [];
    for (let i = 0; i < n; i++) {
      for (let j = Math.floor((i * firms.length) / n); j < firms.length; j++) {
        const firm = firms[j]!;
        const direct = neighbours(firm);
        const labs = new Set<string>();
        for (const o of direct) for (const q of neighbours(o)) if (isLab(q) && !direct.has(q) && small(q)) labs.add(q);
        const lab = [...labs].sort().find((l) => shared(firm, l).length === 0 && between(firm, l).length <= ORG_SEARCH.maxOrgs);
        if (lab) {
          pairs.push({ firm, lab });
          break;
        }
      }
    }
    return pairs;
  };
  return { typeOf, projectsOf, orgsOf, startOf, isLab, shared, neighbours, between, pickPairs };
}

export interface BridgeTie {
  side: 'FROM' | 'TO';
  kind: string;
  type: string;
  via: { id: string } | null;
  year: number | null;
}
export interface BridgeOut {
  kind: string;
  score: number;
  intermediaries: Array<{ id: string }>;
  reasonDetails: Array<{ code: string; zh: string; en: string }>;
  ties: BridgeTie[];
  path: { nodes: Array<{ id: string }> };
}

/** Query.bridges from `from` to `to` (up to 100, in English), of the given kinds (default: the field's). */
export async function bridgesBetween(app: App, from: string, to: string, kinds?: string[]): Promise<BridgeOut[]> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({
      query: `query($from: ID!, $to: ID!${kinds ? ', $kinds: [BridgeIntermediary!]' : ''}) {
        bridges(from: $from, to: $to, limit: 100${kinds ? ', kinds: $kinds' : ''}) {
        kind score intermediaries { id } reasonDetails { code zh en } ties { side kind type via { id } year } path { nodes { id } }
      } }`,
      variables: { from, to, ...(kinds ? { kinds } : {}) },
    }),
  });
  const body = (await res.json()) as { data?: { bridges: BridgeOut[] }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.bridges;
}

/** The distinct projects (ids) a bridge's ties on one side go through, sorted. */
export const bridgeVias = (b: BridgeOut, side: 'FROM' | 'TO') => [...new Set(b.ties.filter((t) => t.side === side).map((t) => t.via!.id))].sort();
