// Groups a diaspora by country and city with counts and expertise, and decides which people a page lists. The
// listing order takes people round by round: the first of every city (in city order), then the second of every city
// that has one, and so on, so that any first page gives every city a fair share (small cities are listed in full
// before large ones are cut); within a city people with more ties back home come first. A page is a slice of that
// order, found per city as the difference of two fair shares. Counts always cover everyone. Pure.

export interface DiasporaPerson {
  personId: string;
  residenceId: string;
  areaIds: string[];
  /** Ties back to organisations in the home regions. */
  homeTies: number;
}

export interface AreaCount {
  areaId: string;
  count: number;
}

export interface CityGroup {
  cityId: string;
  count: number;
  /** The people listed (a fair share of `limit`). */
  listed: string[];
  expertise: AreaCount[];
}

export interface CountryGroup {
  countryId: string;
  count: number;
  cities: CityGroup[];
  expertise: AreaCount[];
}

export interface DiasporaGroups {
  total: number;
  /** People on this page. */
  listed: number;
  /** Some people are on other pages. */
  truncated: boolean;
  /** Where the next page starts in the listing order; null on the last page. */
  next: number | null;
  countries: CountryGroup[];
  expertise: AreaCount[];
}

function countAreas(people: readonly DiasporaPerson[]): AreaCount[] {
  const counts = new Map<string, number>();
  for (const p of people) for (const a of new Set(p.areaIds)) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].map(([areaId, count]) => ({ areaId, count })).sort((a, b) => b.count - a.count || a.areaId.localeCompare(b.areaId));
}

/**
 * Splits `limit` across groups of the given sizes: the largest equal share `level` with sum(min(size, level)) <=
 * limit, then one more each to the groups (in the given order) still having people, until the limit is used.
 */
export function fairShares(sizes: readonly number[], limit: number): number[] {
  const total = sizes.reduce((s, n) => s + n, 0);
  if (total <= limit) return [...sizes];
  const used = (level: number) => sizes.reduce((s, n) => s + Math.min(n, level), 0);
  let lo = 0;
  let hi = Math.max(0, ...sizes);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (used(mid) <= limit) lo = mid;
    else hi = mid - 1;
  }
  const shares = sizes.map((n) => Math.min(n, lo));
  let left = limit - used(lo);
  for (let i = 0; i < shares.length && left > 0; i++) {
    if (shares[i]! < sizes[i]!) {
      shares[i]! += 1;
      left--;
    }
  }
  return shares;
}

/**
 * `countryOf` maps a residence region to its country (a region outside any country maps to itself). A person
 * living in the country itself is grouped under a "city" that is the country node. The page holds the `limit`
 * people from position `offset` of the listing order.
 */
export function groupDiaspora(people: readonly DiasporaPerson[], countryOf: ReadonlyMap<string, string>, limit: number, offset = 0): DiasporaGroups {
  const byCountry = new Map<string, Map<string, DiasporaPerson[]>>();
  for (const p of people) {
    const country = countryOf.get(p.residenceId) ?? p.residenceId;
    const cities = byCountry.get(country) ?? new Map<string, DiasporaPerson[]>();
    byCountry.set(country, cities);
    const list = cities.get(p.residenceId) ?? [];
    cities.set(p.residenceId, list);
    list.push(p);
  }
  const countries = [...byCountry].map(([countryId, cities]) => {
    const cityList = [...cities]
      .map(([cityId, members]) => ({ cityId, members }))
      .sort((a, b) => b.members.length - a.members.length || a.cityId.localeCompare(b.cityId));
    return { countryId, cities: cityList, count: cityList.reduce((s, c) => s + c.members.length, 0) };
  });
  countries.sort((a, b) => b.count - a.count || a.countryId.localeCompare(b.countryId));

  const allCities = countries.flatMap((c) => c.cities);
  // The first n of the listing order are exactly fairShares(sizes, n): a page is what `end` adds to `start`.
  const sizes = allCities.map((c) => c.members.length);
  const start = Math.min(offset, people.length);
  const end = Math.min(start + limit, people.length);
  const before = fairShares(sizes, start);
  const upTo = fairShares(sizes, end);
  const listedOf = new Map<string, string[]>();
  allCities.forEach((c, i) => {
    if (upTo[i] === before[i]) return;
    const ordered = [...c.members].sort(
      (a, b) => b.homeTies - a.homeTies || b.areaIds.length - a.areaIds.length || a.personId.localeCompare(b.personId),
    );
    listedOf.set(c.cityId, ordered.slice(before[i], upTo[i]).map((p) => p.personId));
  });

  const listed = end - start;
  return {
    total: people.length,
    listed,
    truncated: listed < people.length,
    next: end < people.length ? end : null,
    countries: countries.map((c) => ({
      countryId: c.countryId,
      count: c.count,
      expertise: countAreas(c.cities.flatMap((x) => x.members)),
      cities: c.cities.map((x) => ({ cityId: x.cityId, count: x.members.length, listed: listedOf.get(x.cityId) ?? [], expertise: countAreas(x.members) })),
    })),
    expertise: countAreas(people),
  };
}
