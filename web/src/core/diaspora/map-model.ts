// The diaspora's world map, as data: where each city of the answer is (the Region's own lat/lon, as the model
// stores them), how many natives live there and who they are, and the places that carry no coordinates. Those are
// listed under the map, never placed by a guess (a city whose country has coordinates is not put at the country).
import type { DiasporaMap } from '../api/types.js';

export interface LonLat {
  lon: number;
  lat: number;
}

type MapCity = DiasporaMap['countries'][number]['cities'][number];
type MapNode = DiasporaMap['origin'];

export interface MapPlace {
  /** The city's Region id (the country's id when the answer knows only the country). */
  id: string;
  city: MapCity['city'];
  country: MapNode;
  /** The answer knows the country only. */
  countryOnly: boolean;
  count: number;
  people: MapCity['people'];
  at: LonLat | null;
}

export interface DiasporaMapModel {
  home: MapNode;
  homeAt: LonLat | null;
  /** Places with coordinates, most natives first. */
  placed: MapPlace[];
  /** Places without coordinates, most natives first. */
  unplaced: MapPlace[];
  /** The largest count among placed places (1 when none), for circle sizes. */
  maxCount: number;
}

function finite(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** A Region's coordinates from its properties; null when either is missing or out of range. */
export function regionCoordinates(node: { properties?: Record<string, unknown> | null }): LonLat | null {
  const lat = finite(node.properties?.lat);
  const lon = finite(node.properties?.lon);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lon, lat };
}

const byCount = (a: MapPlace, b: MapPlace) => b.count - a.count || a.id.localeCompare(b.id);

export function diasporaMapModel(map: DiasporaMap): DiasporaMapModel {
  const placed: MapPlace[] = [];
  const unplaced: MapPlace[] = [];
  for (const c of map.countries) {
    for (const x of c.cities) {
      const countryOnly = x.city.id === c.country.id;
      const place: MapPlace = { id: x.city.id, city: x.city, country: c.country, countryOnly, count: x.count, people: x.people, at: regionCoordinates(x.city) };
      (place.at ? placed : unplaced).push(place);
    }
  }
  placed.sort(byCount);
  unplaced.sort(byCount);
  return { home: map.origin, homeAt: regionCoordinates(map.origin), placed, unplaced, maxCount: Math.max(1, ...placed.map((p) => p.count)) };
}

/** Circle radius in pixels: the area grows with the count, so a city with four times the people is twice as wide. */
export function circleRadius(count: number, maxCount: number, range: { min: number; max: number } = { min: 5, max: 24 }): number {
  if (count <= 0 || maxCount <= 0) return range.min;
  const share = Math.min(1, count / maxCount);
  return range.min + (range.max - range.min) * Math.sqrt(share);
}
