// diaspora: where the people from a region live now, grouped by country and city, with expertise and ties back to
// organisations in the home region (cypher/diaspora*.cypher; grouping and pages in diaspora-groups.ts, the page
// cursor in diaspora-cursor.ts). Counts cover everyone on every page; people and their ties only the page's.
import { cypherDate, type Db, type PlainNode, type PlainRelationship } from '../db.js';
import { toGqlNode, toGqlRelationship, type GqlNode, type GqlRelationship } from '../graph/shape.js';
import { checkNode, explainMissing, nodesById, uniq } from './graph-reads.js';
import { decodeDiasporaCursor, encodeDiasporaCursor, type DiasporaQuestion } from './diaspora-cursor.js';
import { groupDiaspora, type AreaCount, type DiasporaPerson } from './diaspora-groups.js';

export const TIES_PER_PERSON = 20;
export const MAX_TIES = 5_000;
/** People per page at most (the `limit` argument). */
export const MAX_PAGE = 200;

interface OriginRow {
  origin: PlainNode;
  techArea: PlainNode | null;
  homeIds: string[];
  areaIds: string[];
}

interface TechAreaCount {
  techArea: GqlNode;
  count: number;
}

export interface DiasporaMap {
  origin: GqlNode;
  techArea: GqlNode | null;
  homeRegionCount: number;
  total: number;
  listed: number;
  truncated: boolean;
  offset: number;
  nextCursor: string | null;
  countries: Array<{
    country: GqlNode;
    count: number;
    cities: Array<{ city: GqlNode; count: number; people: GqlNode[]; expertise: TechAreaCount[] }>;
    expertise: TechAreaCount[];
  }>;
  expertise: TechAreaCount[];
  ties: GqlRelationship[];
  homeOrganisations: GqlNode[];
  tiesTruncated: boolean;
}

export interface DiasporaArgs extends DiasporaQuestion {
  /** People on this page. */
  limit: number;
  /** The previous page's nextCursor, or null for the first page. */
  after: string | null;
}

/** `asOf` (ISO date): where people lived, what they were expert in and their ties home on that date; null for today. */
export async function diaspora(db: Db, args: DiasporaArgs): Promise<DiasporaMap> {
  const { originRegionId, techAreaId, limit } = args;
  const offset = decodeDiasporaCursor(args.after, args);
  const asOf = args.asOf ? cypherDate(args.asOf) : null;
  const [o] = await db.read<OriginRow>('diasporaOrigin', { originRegionId, techAreaId });
  if (!o) return explainMissing(db, 'originRegionId', originRegionId, ['Region']);
  if (techAreaId !== null && !o.techArea) await explainMissing(db, 'techArea', techAreaId, ['TechArea']);

  const people = await db.read<DiasporaPerson>('diasporaPeople', { homeIds: o.homeIds, areaIds: techAreaId !== null ? o.areaIds : null, asOf });
  const residenceIds = uniq(people.map((p) => p.residenceId));
  const places = residenceIds.length
    ? await db.read<{ region: PlainNode; country: PlainNode }>('diasporaPlaces', { regionIds: residenceIds })
    : [];
  const regionNodes = new Map<string, PlainNode>();
  const countryOf = new Map<string, string>();
  for (const p of places) {
    regionNodes.set(p.region.id, p.region);
    regionNodes.set(p.country.id, p.country);
    countryOf.set(p.region.id, p.country.id);
  }
  const groups = groupDiaspora(people, countryOf, limit, offset);

  const listedIds = groups.countries.flatMap((c) => c.cities.flatMap((x) => x.listed));
  const tieRows = listedIds.length
    ? await db.read<{ person: PlainNode; ties: Array<{ tie: PlainRelationship; org: PlainNode }> }>('diasporaTies', {
        personIds: listedIds,
        homeIds: o.homeIds,
        asOf,
      })
    : [];
  const personNodes = new Map(tieRows.map((r) => [r.person.id, r.person]));
  const ties: GqlRelationship[] = [];
  const orgs = new Map<string, PlainNode>();
  let tiesTruncated = false;
  for (const row of tieRows) {
    if (row.ties.length >= TIES_PER_PERSON) tiesTruncated = true;
    for (const t of row.ties) {
      if (ties.length >= MAX_TIES) {
        tiesTruncated = true;
        break;
      }
      ties.push(toGqlRelationship({ ...t.tie, start: row.person.id, end: t.org.id }));
      orgs.set(t.org.id, t.org);
    }
  }

  const areaNodes = await nodesById(db, groups.expertise.map((a) => a.areaId));
  const areaCounts = (counts: AreaCount[]): TechAreaCount[] =>
    counts.flatMap((a) => {
      const n = areaNodes.get(a.areaId);
      return n ? [{ techArea: toGqlNode(n), count: a.count }] : [];
    });
  const region = (id: string) => toGqlNode(checkNode('originRegionId', id, regionNodes.get(id), ['Region']));

  return {
    origin: toGqlNode(o.origin),
    techArea: o.techArea ? toGqlNode(o.techArea) : null,
    homeRegionCount: o.homeIds.length,
    total: groups.total,
    listed: groups.listed,
    truncated: groups.truncated,
    offset: Math.min(offset, groups.total),
    nextCursor: groups.next === null ? null : encodeDiasporaCursor(groups.next, args),
    countries: groups.countries.map((c) => ({
      country: region(c.countryId),
      count: c.count,
      expertise: areaCounts(c.expertise),
      cities: c.cities.map((x) => ({
        city: region(x.cityId),
        count: x.count,
        people: x.listed.flatMap((id) => {
          const n = personNodes.get(id);
          return n ? [toGqlNode(n)] : [];
        }),
        expertise: areaCounts(x.expertise),
      })),
    })),
    expertise: areaCounts(groups.expertise),
    ties,
    homeOrganisations: [...orgs.values()].map(toGqlNode),
    tiesTruncated,
  };
}
