// Query.regionGaps: the tech areas a region's firms need against what its own labs and people cover; for each
// uncovered need, outside labs, diaspora natives with the expertise, and the bridges to them. A need is covered
// when a lab located in the region researches it or a narrower area (up to two levels down), or one of the
// region's people is expert in it or a narrower area. Reads: cypher/regionGaps*.cypher, and the diaspora and
// taxonomy queries the recommendations use.
import type { Lang } from '../context.js';
import type { Db, PlainNode, PlainRelationship } from '../db.js';
import { reason, reasonTexts, toGqlNode, type GqlNode, type Reason } from '../graph/shape.js';
import { explainMissing, nodesById, uniq } from '../recommend/graph-reads.js';
import type { DiasporaPerson } from '../recommend/diaspora-groups.js';

export interface GqlRegionNeed {
  techArea: GqlNode;
  firms: GqlNode[];
  demands: GqlNode[];
  weight: number;
  localLabs: GqlNode[];
  localPeople: number;
  covered: boolean;
}

interface Reasoned {
  reasons: string[];
  reasonDetails: Reason[];
}

export interface GqlGapBridge extends Reasoned {
  intermediaries: GqlNode[];
  firm: GqlNode;
  lab: GqlNode;
}

export interface GqlGapLab extends Reasoned {
  node: GqlNode;
  place: GqlNode | null;
  country: GqlNode | null;
  abroad: boolean;
  experts: number;
  homeLinks: number;
  bridges: GqlGapBridge[];
}

export interface GqlGapPerson extends Reasoned {
  node: GqlNode;
  residence: GqlNode | null;
  country: GqlNode | null;
  abroad: boolean;
  homeTies: GqlNode[];
}

export interface GqlRegionGap extends Reasoned {
  need: GqlRegionNeed;
  outsideLabs: GqlGapLab[];
  diaspora: GqlGapPerson[];
  diasporaTotal: number;
  onlyFromAbroad: boolean;
}

export interface GqlRegionGaps extends Reasoned {
  region: GqlNode;
  homeRegionCount: number;
  needs: GqlRegionNeed[];
  gaps: GqlRegionGap[];
}

interface NeedRow {
  firm: PlainNode;
  needs: Array<{ areaId: string; demand: PlainNode | null; weight: number }>;
}

interface LabCandidate {
  lab: PlainNode;
  experts: number;
  homeLinks: number;
  placeId: string | null;
}

const reasoned = (details: Reason[], lang: Lang): Reasoned => ({ reasons: reasonTexts(details, lang), reasonDetails: details });
const zh = (n: { nameZh: string | null; name: string }) => n.nameZh ?? n.name;
const en = (n: { nameEn: string | null; name: string }) => n.nameEn ?? n.name;

/** The needs of the home firms grouped by area, and each need's family: itself and narrower areas (two levels). */
async function readNeeds(db: Db, homeIds: string[]) {
  const needRows = await db.read<NeedRow>('regionGapsNeeds', { homeIds });
  const byArea = new Map<string, { firms: Map<string, PlainNode>; demands: Map<string, PlainNode>; weight: number }>();
  for (const { firm, needs: wanted } of needRows) {
    for (const r of wanted) {
      const need = byArea.get(r.areaId) ?? byArea.set(r.areaId, { firms: new Map(), demands: new Map(), weight: 0 }).get(r.areaId)!;
      need.firms.set(firm.id, firm);
      if (r.demand) need.demands.set(r.demand.id, r.demand);
      need.weight += typeof r.weight === 'number' ? r.weight : 1;
    }
  }
  const areaIds = [...byArea.keys()];
  const family = new Map<string, Set<string>>(areaIds.map((id) => [id, new Set([id])]));
  if (areaIds.length) {
    const rows = await db.read<{ wantedId: string; areaId: string; relation: string }>('recommendAreaFamily', { areaIds });
    for (const r of rows) if (r.relation === 'exact' || r.relation === 'narrower') family.get(r.wantedId)?.add(r.areaId);
  }
  return { byArea, family };
}

export async function regionGaps(db: Db, regionId: string, limit: number, lang: Lang): Promise<GqlRegionGaps> {
  const [scope] = await db.read<{ region: PlainNode; homeIds: string[]; countryIds: string[] }>('regionGapsScope', { regionId });
  if (!scope) return explainMissing(db, 'regionId', regionId, ['Region']);
  const { homeIds } = scope;
  const homeCountry = scope.countryIds[0] ?? null;

  // The region's people by expertise do not depend on the needs: read alongside them and what follows from them
  // (the local labs and the areas' nodes), the longest of these reads at a million persons.
  const needsAndLabs = async () => {
    const { byArea, family } = await readNeeds(db, homeIds);
    const areaIds = [...byArea.keys()];
    const allFamily = uniq([...family.values()].flatMap((s) => [...s]));
    const [labRows, areaNodes] = await Promise.all([
      allFamily.length ? db.read<{ lab: PlainNode; areaId: string }>('regionGapsLocalLabs', { homeIds, areaIds: allFamily }) : [],
      nodesById(db, areaIds),
    ]);
    return { byArea, family, areaIds, labRows, areaNodes };
  };
  const [{ byArea, family, areaIds, labRows, areaNodes }, peopleRows] = await Promise.all([
    needsAndLabs(),
    db.read<{ areaIds: string[]; people: number }>('regionGapsLocalPeople', { homeIds, areaIds: null }),
  ]);

  const needs: GqlRegionNeed[] = areaIds.flatMap((areaId) => {
    const area = areaNodes.get(areaId);
    if (!area) return [];
    const fam = family.get(areaId)!;
    const n = byArea.get(areaId)!;
    const localLabs = new Map(labRows.filter((r) => fam.has(r.areaId)).map((r) => [r.lab.id, r.lab]));
    // Rows group people by the set of wanted areas they hold: a person counts once when any is in the family.
    const localPeople = peopleRows.reduce((sum, r) => sum + (r.areaIds.some((a) => fam.has(a)) ? r.people : 0), 0);
    return [
      {
        techArea: toGqlNode(area),
        firms: [...n.firms.values()].map(toGqlNode),
        demands: [...n.demands.values()].map(toGqlNode),
        weight: n.weight,
        localLabs: [...localLabs.values()].map(toGqlNode),
        localPeople,
        covered: localLabs.size > 0 || localPeople > 0,
      },
    ];
  });
  needs.sort((a, b) => b.weight - a.weight || b.firms.length - a.firms.length || a.techArea.id.localeCompare(b.techArea.id));
  const uncovered = needs.filter((n) => !n.covered);

  // Outside labs and diaspora natives for the uncovered needs.
  const gapFamilies = uncovered.map((n) => ({ areaId: n.techArea.id, familyIds: [...family.get(n.techArea.id)!] }));
  const gapAreaIds = uniq(gapFamilies.flatMap((g) => g.familyIds));
  const [labCandidates, diaspora] = gapFamilies.length
    ? await Promise.all([
        db.read<{ areaId: string; labs: LabCandidate[] }>('regionGapsOutsideLabs', { gaps: gapFamilies, homeIds, limit }),
        db.read<DiasporaPerson>('diasporaPeople', { homeIds, areaIds: gapAreaIds, asOf: null }),
      ])
    : [[], []];
  const labsByArea = new Map(labCandidates.map((r) => [r.areaId, r.labs]));

  const peopleByArea = new Map<string, DiasporaPerson[]>();
  for (const g of gapFamilies) {
    const fam = new Set(g.familyIds);
    const matched = diaspora
      .filter((p) => p.areaIds.some((a) => fam.has(a)))
      .sort((a, b) => b.homeTies - a.homeTies || a.personId.localeCompare(b.personId));
    peopleByArea.set(g.areaId, matched);
  }
  const listedPeople = uniq([...peopleByArea.values()].flatMap((ps) => ps.slice(0, limit).map((p) => p.personId)));
  const placeIds = uniq([
    ...[...peopleByArea.values()].flatMap((ps) => ps.map((p) => p.residenceId)),
    ...[...labsByArea.values()].flatMap((ls) => ls.flatMap((l) => (l.placeId ? [l.placeId] : []))),
  ]);
  const [places, tieRows, bridgeRows] = await Promise.all([
    placeIds.length ? db.read<{ region: PlainNode; country: PlainNode }>('diasporaPlaces', { regionIds: placeIds }) : [],
    listedPeople.length
      ? db.read<{ person: PlainNode; ties: Array<{ tie: PlainRelationship; org: PlainNode }> }>('diasporaTies', { personIds: listedPeople, homeIds, asOf: null })
      : [],
    gapFamilies.length
      ? db.read<{ areaId: string; labId: string; person: PlainNode; firmId: string; labTie: string; firmTie: string }>('regionGapsLabBridges', {
          pairs: uncovered.flatMap((n) =>
            (labsByArea.get(n.techArea.id) ?? []).map((l) => ({ areaId: n.techArea.id, labId: l.lab.id, firmIds: n.firms.map((f) => f.id) })),
          ),
        })
      : [],
  ]);
  const placeOf = new Map(places.map((p) => [p.region.id, p]));
  const personOf = new Map(tieRows.map((r) => [r.person.id, r]));
  // Abroad: in a known country other than the region's. Unknown countries are never called abroad.
  const abroad = (placeId: string | null) => {
    const country = placeId ? placeOf.get(placeId)?.country : undefined;
    return homeCountry !== null && country !== undefined && country.labels.includes('Region') && country.id !== homeCountry && country.properties.level === 'country';
  };

  const gaps: GqlRegionGap[] = uncovered.map((need) => {
    const areaId = need.techArea.id;
    const firmsById = new Map(need.firms.map((f) => [f.id, f]));
    const outsideLabs: GqlGapLab[] = (labsByArea.get(areaId) ?? []).map((c) => {
      const lab = toGqlNode(c.lab);
      const place = c.placeId ? placeOf.get(c.placeId) : undefined;
      const bridges = bridgeRows
        .filter((b) => b.areaId === areaId && b.labId === c.lab.id && firmsById.has(b.firmId))
        .map((b): GqlGapBridge => {
          const person = toGqlNode(b.person);
          const firm = firmsById.get(b.firmId)!;
          const details = [
            reason('BRIDGE_LAB', `${zh(person)}与${zh(lab)}有关系(${b.labTie})`, `${en(person)} is tied to ${en(lab)} (${b.labTie})`),
            reason('BRIDGE_FIRM', `${zh(person)}与本地的${zh(firm)}有关系(${b.firmTie})`, `${en(person)} is tied to ${en(firm)} in the region (${b.firmTie})`),
          ];
          return { intermediaries: [person], firm, lab, ...reasoned(details, lang) };
        });
      const isAbroad = abroad(c.placeId);
      const details = [
        reason('RESEARCHES', `${zh(lab)}研究${zh(need.techArea)}`, `${en(lab)} researches ${en(need.techArea)}`),
        ...(place ? [reason('LOCATED', `位于${zh(toGqlNode(place.region))}${isAbroad ? '(境外)' : ''}`, `Located in ${en(toGqlNode(place.region))}${isAbroad ? ' (abroad)' : ''}`)] : []),
        ...(c.experts ? [reason('EXPERTS', `${c.experts}位相关领域专家`, `${c.experts} of its people are experts in the area`)] : []),
        ...(c.homeLinks ? [reason('HOME_LINKS', `${c.homeLinks}位成员与本地机构有关系`, `${c.homeLinks} of its people are tied to organisations in the region`)] : []),
      ];
      return {
        node: lab,
        place: place ? toGqlNode(place.region) : null,
        country: place ? toGqlNode(place.country) : null,
        abroad: isAbroad,
        experts: c.experts,
        homeLinks: c.homeLinks,
        bridges,
        ...reasoned(details, lang),
      };
    });
    const matched = peopleByArea.get(areaId) ?? [];
    const people: GqlGapPerson[] = matched.slice(0, limit).flatMap((p) => {
      const row = personOf.get(p.personId);
      if (!row) return [];
      const node = toGqlNode(row.person);
      const place = placeOf.get(p.residenceId);
      const homeTies = uniq(row.ties.map((t) => t.org.id)).map((id) => toGqlNode(row.ties.find((t) => t.org.id === id)!.org));
      const isAbroad = abroad(p.residenceId);
      const details = [
        reason('NATIVE', `${zh(node)}来自本地区`, `${en(node)} comes from the region`),
        ...(place ? [reason('LIVES', `现居${zh(toGqlNode(place.region))}${isAbroad ? '(境外)' : ''}`, `Lives in ${en(toGqlNode(place.region))}${isAbroad ? ' (abroad)' : ''}`)] : []),
        reason('EXPERT', `擅长${zh(need.techArea)}`, `Expert in ${en(need.techArea)}`),
        homeTies.length
          ? reason('HOME_TIES', `与家乡${homeTies.length}个机构有关系:${homeTies.map(zh).join('、')}`, `Tied to ${homeTies.length} organisation(s) at home: ${homeTies.map(en).join(', ')}`)
          : reason('NO_HOME_TIES', '与家乡机构尚无记录的关系', 'No recorded tie to an organisation at home'),
      ];
      return [{ node, residence: place ? toGqlNode(place.region) : null, country: place ? toGqlNode(place.country) : null, abroad: isAbroad, homeTies, ...reasoned(details, lang) }];
    });
    const supply = [...outsideLabs.map((l) => l.abroad), ...matched.map((p) => abroad(p.residenceId))];
    const onlyFromAbroad = supply.length > 0 && supply.every(Boolean);
    const details = [
      reason(
        'UNCOVERED',
        `${need.firms.length}家本地企业需要${zh(need.techArea)},本地实验室和人才都未覆盖`,
        `${need.firms.length} firm(s) in the region need ${en(need.techArea)}; no lab or person of the region covers it`,
      ),
      supply.length === 0
        ? reason('NO_SUPPLY', '外部也未找到相关实验室或侨胞', 'No outside lab or diaspora native with it was found either')
        : onlyFromAbroad
          ? reason('ONLY_FROM_ABROAD', `只能从境外满足:${outsideLabs.length}个实验室、${matched.length}位侨胞均在境外`, `Met only from abroad: all ${outsideLabs.length} lab(s) and ${matched.length} diaspora native(s) are in other countries`)
          : reason('OUTSIDE_SUPPLY', `外部有${outsideLabs.length}个实验室、${matched.length}位侨胞`, `${outsideLabs.length} outside lab(s) and ${matched.length} diaspora native(s) have it`),
    ];
    return { need, outsideLabs, diaspora: people, diasporaTotal: matched.length, onlyFromAbroad, ...reasoned(details, lang) };
  });

  const region = toGqlNode(scope.region);
  const details = [
    reason('NEEDS', `本地企业需要${needs.length}个技术领域,其中${uncovered.length}个本地未覆盖`, `The region's firms need ${needs.length} tech area(s); ${uncovered.length} are not covered at home`),
    ...(gaps.some((g) => g.onlyFromAbroad)
      ? [reason('ONLY_FROM_ABROAD', `${gaps.filter((g) => g.onlyFromAbroad).length}个需求只能从境外满足`, `${gaps.filter((g) => g.onlyFromAbroad).length} need(s) can be met only from abroad`)]
      : []),
  ];
  return { region, homeRegionCount: homeIds.length, needs, gaps, ...reasoned(details, lang) };
}
