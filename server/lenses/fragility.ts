// Query.fragility: what if this person (or organisation) left? A node is critical when every path of at most
// maxHops between the ends passes through it (a vertex separator of size one within the hop bound), or when it
// carries every bridge `bridges` finds. Exact: every critical node lies on any one shortest path, so only that
// path's intermediate nodes are candidates, and each is tested by a bounded search without it over the lazily read
// neighbourhood of the ends (corridor.ts), which reads only what decides the answer. For each critical node: how
// many of today's listed paths and bridges fall away, the shortest path left without it (up to maxHops + 2 hops,
// within a budget of ties read), and the best bridge left.
import { GraphQLError } from 'graphql';
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { findBridges, type GqlBridge } from '../explore/bridges.js';
import { badInput, notFound } from '../explore/validate.js';
import { reason, reasonTexts, toGqlNode, type GqlNode, type GqlPath, type Reason } from '../graph/shape.js';
import type { WalkedPath } from './bounded-graph.js';
import { BudgetExceeded, Corridor, hydratePaths } from './corridor.js';

/** Paths listed as "today's paths" (the best shortest ones) and bridges as "today's bridges". */
export const FRAGILITY_PATHS = 5;
export const FRAGILITY_BRIDGES = 20;
/** How far past maxHops the remaining path is looked for, and how many ties its search may read at most. */
export const DETOUR_EXTRA_HOPS = 2;
export const DETOUR_BUDGET = 20_000;

export interface FragilityArgs {
  from: string;
  to: string;
  maxHops: number;
  relTypes: string[] | null;
  asOf: string | null;
}

export interface GqlFragileNode {
  node: GqlNode;
  cutsAllPaths: boolean;
  cutsAllBridges: boolean;
  singlePointOfFailure: boolean;
  shortestPathsThrough: number;
  pathsLost: number;
  bridgesLost: number;
  remainingPath: GqlPath | null;
  remainingBridge: GqlBridge | null;
  reasons: string[];
  reasonDetails: Reason[];
}

export interface GqlFragility {
  from: GqlNode;
  to: GqlNode;
  maxHops: number;
  asOf: string | null;
  connected: boolean;
  shortestLength: number | null;
  shortestPathCount: number;
  corridorSize: number;
  paths: GqlPath[];
  bridges: GqlBridge[];
  critical: GqlFragileNode[];
  singlePointOfFailure: boolean;
  reasons: string[];
  reasonDetails: Reason[];
}

/** The nodes whose loss removes a bridge: its intermediaries and the inner nodes of its path. */
function bridgeCarriers(b: GqlBridge): Set<string> {
  return new Set([...b.intermediaries.map((n) => n.id), ...b.path.nodes.slice(1, -1).map((n) => n.id)]);
}

/** The shortest path, the nodes that cut every path of at most maxHops, and the numbers of shortest paths. */
async function analyse(corridor: Corridor, maxHops: number) {
  const shortest = await corridor.shortestPath({ limit: maxHops });
  const pathCritical = new Set<string>();
  // One search at a time: they share what the corridor has read.
  for (const v of shortest?.nodes.slice(1, -1) ?? []) {
    if ((await corridor.distance({ limit: maxHops, removed: new Set([v]) })) === null) pathCritical.add(v);
  }
  const counts = shortest ? corridor.graph.shortestCounts(shortest.rels.length, corridor.blocked()) : { length: null, through: new Map<string, number>(), total: 0 };
  // Today's paths: the best shortest paths, read off what the search has read (no further search).
  const best = shortest ? corridor.graph.bestShortestPaths(shortest.rels.length, FRAGILITY_PATHS, corridor.blocked()) : [];
  return { shortest, pathCritical, counts, best };
}

/** The shortest path left without `id`, of at most `hops`; undefined when its search ran out of budget. */
async function detour(corridor: Corridor, id: string, hops: number): Promise<WalkedPath | null | undefined> {
  try {
    return await corridor.shortestPath({ limit: hops, removed: new Set([id]), budget: DETOUR_BUDGET });
  } catch (e) {
    if (e instanceof BudgetExceeded || (e instanceof GraphQLError && e.extensions.code === 'RESOURCE_LIMIT')) return undefined;
    throw e;
  }
}

type Detours = Map<string, WalkedPath | null | undefined>;

/** Looks for the detours of these nodes, one search at a time, and hydrates the paths found with `extra`. */
async function detoursOf(db: Db, corridor: Corridor, ids: Iterable<string>, hops: number, extra: readonly WalkedPath[] = []) {
  const detours: Detours = new Map();
  for (const id of ids) detours.set(id, await detour(corridor, id, hops));
  const found = [...detours.values()].filter((p): p is WalkedPath => !!p);
  const walked = [...found, ...extra];
  const hydrated = walked.length ? await hydratePaths(db, walked) : [];
  return { detours, hydrated: new Map(walked.map((p, i) => [p, hydrated[i]!])) };
}

export async function fragility(db: Db, args: FragilityArgs, lang: Lang): Promise<GqlFragility> {
  if (args.from === args.to) throw badInput('to', 'must differ from `from`');
  const corridor = await Corridor.open(db, { from: args.from, to: args.to, relTypes: args.relTypes, asOf: args.asOf, exclude: [], directed: false });
  const ends = corridor.ends;
  for (const end of ['from', 'to'] as const) if (!ends.has(args[end])) throw notFound(end, args[end]);

  // The lens work and today's bridges are independent reads: asked at once. The lens side also looks for the
  // detours of the nodes that cut every path and hydrates its paths, so that little is left once bridges answer.
  const detourHops = Math.min(8, args.maxHops + DETOUR_EXTRA_HOPS);
  const lens = async () => {
    const found = await analyse(corridor, args.maxHops);
    return { ...found, ...(await detoursOf(db, corridor, found.pathCritical, detourHops, found.best)) };
  };
  const [{ shortest, pathCritical, counts, best, detours, hydrated }, bridges] = await Promise.all([
    lens(),
    findBridges(db, { from: args.from, to: args.to, maxIntermediaries: 2, asOf: args.asOf, limit: FRAGILITY_BRIDGES, kinds: ['PERSON', 'ORGANISATION'] }, lang).catch(
      // Ends that bridges does not take (a region, a tech area...) simply have no bridges.
      (e: unknown) => {
        if (e instanceof GraphQLError && e.extensions.code === 'BAD_USER_INPUT') return [] as GqlBridge[];
        throw e;
      },
    ),
  ]);
  const paths = best.map((p) => hydrated.get(p)!);

  const carriers = bridges.map(bridgeCarriers);
  const bridgeCritical = new Set<string>();
  if (carriers.length) for (const id of carriers[0]!) if (carriers.every((c) => c.has(id)) && id !== args.from && id !== args.to) bridgeCritical.add(id);

  const ids = [...new Set([...pathCritical, ...bridgeCritical])];
  // Nodes that carry every bridge without cutting every path: their detours are searched now, after the others
  // (the same order as one loop over ids, so each search starts from the same reads).
  const more = await detoursOf(db, corridor, ids.filter((id) => !detours.has(id)), detourHops);
  for (const [id, p] of more.detours) detours.set(id, p);
  const remainingOf = new Map([...hydrated, ...more.hydrated]);
  const nodeOf = new Map<string, GqlNode>();
  for (const p of [...remainingOf.values(), ...bridges.map((b) => b.path)]) for (const n of p.nodes) nodeOf.set(n.id, n);
  for (const b of bridges) for (const n of b.intermediaries) nodeOf.set(n.id, n);
  const missing = ids.filter((id) => !nodeOf.has(id));
  if (missing.length) for (const r of await db.read<{ node: PlainNode }>('node', { ids: missing })) nodeOf.set(r.node.id, toGqlNode(r.node));

  const critical = ids.map((id): GqlFragileNode => {
      const node = nodeOf.get(id)!;
      const cutsAllPaths = pathCritical.has(id);
      const cutsAllBridges = bridgeCritical.has(id);
      const singlePointOfFailure = cutsAllPaths && (bridges.length === 0 || cutsAllBridges);
      const walked = detours.get(id);
      const remaining = walked ? remainingOf.get(walked) : undefined;
      const remainingBridge = bridges.find((_, i) => !carriers[i]!.has(id)) ?? null;
      const pathsLost = paths.filter((p) => p.nodes.some((n) => n.id === id)).length;
      const bridgesLost = carriers.filter((c) => c.has(id)).length;
      const details = criticalReasons(node, {
        cutsAllPaths,
        cutsAllBridges,
        singlePointOfFailure,
        maxHops: args.maxHops,
        detourHops,
        remaining: remaining ?? null,
        searched: walked !== undefined,
        remainingBridge,
        pathsLost,
        paths: paths.length,
        bridgesLost,
        bridges: bridges.length,
      });
      return {
        node,
        cutsAllPaths,
        cutsAllBridges,
        singlePointOfFailure,
        shortestPathsThrough: counts.through.get(id) ?? 0,
        pathsLost,
        bridgesLost,
        remainingPath: remaining ?? null,
        remainingBridge,
        reasons: reasonTexts(details, lang),
        reasonDetails: details,
      };
  });
  // Single points of failure first, then nodes that cut every path, then by how much falls away; ties by the order
  // along the shortest path, then id.
  const order = new Map((shortest?.nodes ?? []).map((id, i) => [id, i]));
  critical.sort(
    (a, b) =>
      Number(b.singlePointOfFailure) - Number(a.singlePointOfFailure) ||
      Number(b.cutsAllPaths) - Number(a.cutsAllPaths) ||
      b.bridgesLost + b.pathsLost - (a.bridgesLost + a.pathsLost) ||
      (order.get(a.node.id) ?? 99) - (order.get(b.node.id) ?? 99) ||
      a.node.id.localeCompare(b.node.id),
  );

  const details = summaryReasons({ connected: shortest !== null, maxHops: args.maxHops, length: counts.length, count: counts.total, critical, bridges: bridges.length });
  return {
    from: toGqlNode(ends.get(args.from)!),
    to: toGqlNode(ends.get(args.to)!),
    maxHops: args.maxHops,
    asOf: args.asOf,
    connected: shortest !== null,
    shortestLength: counts.length,
    shortestPathCount: counts.total,
    corridorSize: corridor.size,
    paths,
    bridges,
    critical,
    singlePointOfFailure: critical.some((c) => c.singlePointOfFailure),
    reasons: reasonTexts(details, lang),
    reasonDetails: details,
  };
}

interface CriticalFacts {
  cutsAllPaths: boolean;
  cutsAllBridges: boolean;
  singlePointOfFailure: boolean;
  maxHops: number;
  detourHops: number;
  remaining: GqlPath | null;
  searched: boolean;
  remainingBridge: GqlBridge | null;
  pathsLost: number;
  paths: number;
  bridgesLost: number;
  bridges: number;
}

function criticalReasons(node: GqlNode, f: CriticalFacts): Reason[] {
  const name = node.nameZh ?? node.name;
  const nameEn = node.nameEn ?? node.name;
  const out: Reason[] = [];
  if (f.singlePointOfFailure) {
    out.push(
      reason(
        'SINGLE_POINT_OF_FAILURE',
        `单点故障:两端之间${f.maxHops}步以内的每条路径${f.bridges ? '和每一个桥接' : ''}都经过${name}`,
        `Single point of failure: every path of at most ${f.maxHops} hops${f.bridges ? ' and every bridge' : ''} between the two ends goes through ${nameEn}`,
      ),
    );
  } else if (f.cutsAllPaths) {
    out.push(reason('CUTS_ALL_PATHS', `两端之间${f.maxHops}步以内的每条路径都经过${name}`, `Every path of at most ${f.maxHops} hops between the two ends goes through ${nameEn}`));
  }
  if (f.cutsAllBridges && !f.singlePointOfFailure) {
    out.push(reason('CUTS_ALL_BRIDGES', `现有的${f.bridges}个桥接都依赖${name}`, `All ${f.bridges} current bridges depend on ${nameEn}`));
  }
  out.push(
    reason(
      'LOST',
      `失去后:列出的${f.paths}条路径中少${f.pathsLost}条,${f.bridges}个桥接中少${f.bridgesLost}个`,
      `Without it: ${f.pathsLost} of the ${f.paths} listed paths and ${f.bridgesLost} of the ${f.bridges} bridges fall away`,
    ),
  );
  if (f.remaining) {
    out.push(
      reason(
        'REMAINING_PATH',
        `没有它时最短的路径有${f.remaining.length}步${f.remaining.length > f.maxHops ? `(超过${f.maxHops}步)` : ''}`,
        `Without it the shortest path left has ${f.remaining.length} hops${f.remaining.length > f.maxHops ? ` (more than ${f.maxHops})` : ''}`,
      ),
    );
  } else if (!f.searched) {
    out.push(reason('REMAINING_PATH_UNKNOWN', `未能在时限内查完${f.detourHops}步以内的其他路径`, `The search for another path of at most ${f.detourHops} hops did not finish in time`));
  } else {
    out.push(reason('NO_REMAINING_PATH', `没有它时${f.detourHops}步以内没有任何路径`, `Without it no path of at most ${f.detourHops} hops is left`));
  }
  if (f.bridges) {
    out.push(
      f.remainingBridge
        ? reason('REMAINING_BRIDGE', '没有它时仍有其他桥接(见 remainingBridge)', 'Without it another bridge remains (see remainingBridge)')
        : reason('NO_REMAINING_BRIDGE', '没有它时不剩任何桥接', 'Without it no bridge is left'),
    );
  }
  return out;
}

function summaryReasons(f: { connected: boolean; maxHops: number; length: number | null; count: number; critical: GqlFragileNode[]; bridges: number }): Reason[] {
  if (!f.connected) {
    return [reason('NOT_CONNECTED', `两端之间没有${f.maxHops}步以内的路径`, `No path of at most ${f.maxHops} hops joins the two ends`)];
  }
  const out = [
    reason('SHORTEST', `最短路径${f.length}步,共${f.count}条`, `The shortest paths have ${f.length} hops; there are ${f.count} of them`),
  ];
  const cuts = f.critical.filter((c) => c.cutsAllPaths).length;
  out.push(
    cuts
      ? reason('CRITICAL', `${cuts}个节点各自都能切断${f.maxHops}步以内的全部路径`, `${cuts} node(s) each cut every path of at most ${f.maxHops} hops`)
      : reason('ROBUST', `没有哪个节点能单独切断${f.maxHops}步以内的全部路径`, `No single node cuts every path of at most ${f.maxHops} hops`),
  );
  if (f.critical.some((c) => c.singlePointOfFailure)) {
    out.push(reason('SINGLE_POINT_OF_FAILURE', '存在单点故障', 'There is a single point of failure'));
  }
  if (!f.bridges) out.push(reason('NO_BRIDGES', '两端之间没有桥接', 'No bridge joins the two ends'));
  return out;
}
