// The diaspora answer comes a page of people at a time (counts complete on every page). These fold the pages a
// user loaded after the first into what the "more" list shows: how many are listed so far, where the next page
// starts, and the later pages' people by city, each city once, in the order the pages first name it. Pure.
import type { DiasporaCity, DiasporaMap } from '../api/types.js';

export interface PageProgress {
  listed: number;
  total: number;
  /** The cursor of the next page to ask for; null when everyone is listed. */
  nextCursor: string | null;
}

export function pageProgress(first: DiasporaMap, later: readonly DiasporaMap[]): PageProgress {
  const last = later.at(-1) ?? first;
  return { listed: first.listed + later.reduce((s, p) => s + p.listed, 0), total: first.total, nextCursor: last.nextCursor };
}

export interface CityPeople {
  city: DiasporaCity['city'];
  people: DiasporaCity['people'];
}

export function laterCities(later: readonly DiasporaMap[]): CityPeople[] {
  const byCity = new Map<string, CityPeople>();
  for (const page of later) {
    for (const x of page.countries.flatMap((c) => c.cities)) {
      if (x.people.length === 0) continue;
      const entry = byCity.get(x.city.id) ?? { city: x.city, people: [] };
      byCity.set(x.city.id, entry);
      const seen = new Set(entry.people.map((p) => p.id));
      entry.people.push(...x.people.filter((p) => !seen.has(p.id)));
    }
  }
  return [...byCity.values()];
}
