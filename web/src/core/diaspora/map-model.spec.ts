import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { DiasporaMap } from '../api/types.js';
import { apiNode } from '../testing/fixtures.js';
import { circleRadius, diasporaMapModel, regionCoordinates } from './map-model.js';
import { drawMap, frame, labelledPlaces, labelWidth, projectionFor, worldCountries } from './map-projection.js';

const region = (id: string, nameEn: string, lat?: number, lon?: number) =>
  apiNode(id, 'Region', { nameEn, properties: lat === undefined ? {} : { lat, lon } });
const qt = region('qt', 'Qingtian County', 28.14, 120.29);
const italy = region('it', 'Italy');
const milan = region('milan', 'Milan', 45.46, 9.19);
const rome = region('rome', 'Rome', 41.9, 12.5);
const prato = region('prato', 'Prato');
const spain = region('es', 'Spain');
const people = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => apiNode(`${prefix}${i}`));

const map: DiasporaMap = {
  origin: qt,
  techArea: null,
  homeRegionCount: 1,
  total: 9,
  listed: 9,
  truncated: false,
  offset: 0,
  nextCursor: null,
  countries: [
    {
      country: italy,
      count: 7,
      expertise: [],
      cities: [
        { city: milan, count: 4, people: people(4, 'm'), expertise: [] },
        { city: rome, count: 1, people: people(1, 'r'), expertise: [] },
        { city: prato, count: 2, people: people(2, 'p'), expertise: [] },
      ],
    },
    { country: spain, count: 2, expertise: [], cities: [{ city: spain, count: 2, people: people(2, 's'), expertise: [] }] },
  ],
  expertise: [],
  ties: [],
  homeOrganisations: [],
  tiesTruncated: false,
};

const require = createRequire(import.meta.url);
const world = worldCountries(JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology);

describe('diaspora map model', () => {
  it('reads coordinates only when both are numbers in range', () => {
    expect(regionCoordinates(milan)).toEqual({ lon: 9.19, lat: 45.46 });
    expect(regionCoordinates({ properties: { lat: '45.5', lon: '9.2' } })).toEqual({ lon: 9.2, lat: 45.5 });
    expect(regionCoordinates({ properties: { lat: 45 } })).toBeNull();
    expect(regionCoordinates({ properties: { lat: 95, lon: 9 } })).toBeNull();
    expect(regionCoordinates({ properties: { lat: 'north', lon: 9 } })).toBeNull();
    expect(regionCoordinates({ properties: null })).toBeNull();
  });

  it('places cities with coordinates and lists the others, never at their country', () => {
    const m = diasporaMapModel(map);
    expect(m.homeAt).toEqual({ lon: 120.29, lat: 28.14 });
    expect(m.placed.map((p) => [p.id, p.count])).toEqual([['milan', 4], ['rome', 1]]);
    expect(m.unplaced.map((p) => [p.id, p.count, p.countryOnly])).toEqual([['es', 2, true], ['prato', 2, false]]);
    expect(m.unplaced.find((p) => p.id === 'prato')?.country.id).toBe('it');
    expect(m.maxCount).toBe(4);
    expect(m.placed[0]?.people.map((p) => p.id)).toEqual(['m0', 'm1', 'm2', 'm3']);
  });

  it('sizes circles by area: four times the people, twice the radius above the minimum', () => {
    const range = { min: 0, max: 20 };
    expect(circleRadius(4, 4, range)).toBe(20);
    expect(circleRadius(1, 4, range)).toBe(10);
    expect(circleRadius(0, 4, range)).toBe(0);
    expect(circleRadius(2, 4)).toBeGreaterThan(circleRadius(1, 4));
  });
});

describe('diaspora map drawing', () => {
  const size = { width: 800, height: 450 };

  it('frames the places and home inside the drawing, west of home to the left', () => {
    const m = diasporaMapModel(map);
    const d = drawMap(m, world, size);
    expect(d.places.map((p) => p.id)).toEqual(['milan', 'rome']);
    for (const p of [...d.places, d.home!]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(size.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(size.height);
    }
    const milanXY = d.places[0]!;
    const romeXY = d.places[1]!;
    expect(milanXY.x).toBeLessThan(d.home!.x);
    expect(romeXY.y).toBeGreaterThan(milanXY.y); // Rome is south of Milan
    expect(milanXY.r).toBeGreaterThan(romeXY.r);
  });

  it('draws one great-circle arc home per placed city and the Natural Earth countries', () => {
    const d = drawMap(diasporaMapModel(map), world, size);
    expect(d.arcs.map((a) => a.id)).toEqual(['milan', 'rome']);
    for (const a of d.arcs) expect(a.d).toMatch(/^M[-\d.]+,[-\d.]+L/);
    expect(world.features.length).toBeGreaterThan(150);
    expect(d.countries.length).toBeGreaterThan(150);
    // Italy (ISO 380) and China (156) are among the outlines.
    expect(d.countries.some((c) => c.id === '380')).toBe(true);
    expect(d.countries.some((c) => c.id === '156')).toBe(true);
  });

  it('shows the whole world when nothing has coordinates, and draws no arcs without a home', () => {
    const bare: DiasporaMap = { ...map, origin: region('x', 'Nowhere'), countries: [{ ...map.countries[1]! }] };
    const m = diasporaMapModel(bare);
    expect(frame([])).toBeNull();
    const p = projectionFor(m, size);
    const [x0] = p([-179, 0])!;
    const [x1] = p([179, 0])!;
    expect(x1 - x0).toBeGreaterThan(size.width * 0.8);
    const d = drawMap(m, world, size);
    expect(d.places).toEqual([]);
    expect(d.arcs).toEqual([]);
    expect(d.home).toBeNull();
  });
});

describe('diaspora map labels', () => {
  const place = (id: string, x: number, y: number, count: number) => ({ id, x, y, r: 5, count });

  it('names the cities with most natives first and skips names that would overlap', () => {
    const names: Record<string, string> = { a: '米兰', b: '普拉托', c: '马德里', d: 'Rome' };
    const places = [place('b', 205, 100, 1), place('a', 200, 104, 4), place('c', 60, 120, 3), place('d', 400, 100, 1)];
    const shown = labelledPlaces(places, (id) => names[id]!);
    expect([...shown].sort()).toEqual(['a', 'c', 'd']);
    // The picked city is named even where it would overlap.
    expect(labelledPlaces(places, (id) => names[id]!, 'b').has('b')).toBe(true);
    expect(labelledPlaces(places, (id) => names[id]!, 'b').has('a')).toBe(false);
  });

  it('measures Chinese wider than Latin text', () => {
    expect(labelWidth('米兰')).toBeGreaterThan(labelWidth('Mi'));
    expect(labelWidth('')).toBe(0);
  });
});
