// The diaspora map's drawing: Natural Earth country outlines (world-atlas TopoJSON) through the Natural Earth
// projection of d3-geo, framed on the places and the home county, with each city's tie home drawn as a great-circle
// arc. Pure: it returns SVG path strings and positions; the component only renders them.
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { circleRadius, type DiasporaMapModel, type LonLat } from './map-model.js';

export interface MapSize {
  width: number;
  height: number;
}

export interface DrawnPlace {
  id: string;
  x: number;
  y: number;
  r: number;
  count: number;
}

export interface MapDrawing {
  outline: string;
  graticule: string;
  countries: { id: string; d: string }[];
  places: DrawnPlace[];
  home: { x: number; y: number } | null;
  arcs: { id: string; d: string }[];
}

/** The countries of a world-atlas topology as GeoJSON features. */
export function worldCountries(topology: Topology): FeatureCollection<Geometry> {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (!countries) throw new Error('the topology has no "countries" object');
  return feature(topology, countries) as FeatureCollection<Geometry>;
}

/** Circle sizes: small enough that neighbouring European cities stay apart. */
const RADIUS = { min: 4, max: 15 };

/** Degrees of margin around the places, so that circles and their country's outline stay in view. */
const MARGIN = { lon: 12, lat: 8 };

/**
 * The area to frame: the box around every place and home, widened by a margin, as points on its edges (the
 * projection bends the box's sides, so the midpoints count too). Null when nothing has coordinates: the whole world.
 */
export function frame(points: readonly LonLat[]): Feature<MultiPoint> | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const west = Math.max(-180, Math.min(...lons) - MARGIN.lon);
  const east = Math.min(180, Math.max(...lons) + MARGIN.lon);
  const south = Math.max(-85, Math.min(...lats) - MARGIN.lat);
  const north = Math.min(85, Math.max(...lats) + MARGIN.lat);
  const midLon = (west + east) / 2;
  const midLat = (south + north) / 2;
  const coordinates = [
    [west, south], [midLon, south], [east, south], [east, midLat],
    [east, north], [midLon, north], [west, north], [west, midLat],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } };
}

export function projectionFor(model: DiasporaMapModel, size: MapSize, pad = 16): GeoProjection {
  const points = [...model.placed.flatMap((p) => (p.at ? [p.at] : [])), ...(model.homeAt ? [model.homeAt] : [])];
  const extent: [[number, number], [number, number]] = [[pad, pad], [size.width - pad, size.height - pad]];
  const framed = frame(points);
  return framed ? geoNaturalEarth1().fitExtent(extent, framed) : geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' });
}

export function drawMap(model: DiasporaMapModel, world: FeatureCollection<Geometry>, size: MapSize): MapDrawing {
  const projection = projectionFor(model, size);
  const path = geoPath(projection);
  const at = (p: LonLat) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? { x: xy[0], y: xy[1] } : null;
  };
  const places: DrawnPlace[] = [];
  const arcs: { id: string; d: string }[] = [];
  for (const p of model.placed) {
    const xy = p.at ? at(p.at) : null;
    if (!p.at || !xy) continue;
    places.push({ id: p.id, ...xy, r: circleRadius(p.count, model.maxCount, RADIUS), count: p.count });
    if (model.homeAt) {
      const d = path({ type: 'LineString', coordinates: [[p.at.lon, p.at.lat], [model.homeAt.lon, model.homeAt.lat]] });
      if (d) arcs.push({ id: p.id, d });
    }
  }
  return {
    outline: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    countries: world.features.map((f, i) => ({ id: String(f.id ?? i), d: path(f) ?? '' })).filter((c) => c.d !== ''),
    places,
    home: model.homeAt ? at(model.homeAt) : null,
    arcs,
  };
}

/** Label font size in drawing units; a CJK character is about as wide as the font is high. */
const LABEL_SIZE = 12;

/** The width a label takes, roughly: full width for CJK, about 0.6 of it for Latin letters. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? LABEL_SIZE : LABEL_SIZE * 0.6;
  return w;
}

/**
 * Which cities get a name on the map: greedily, most natives first, a name is written above its circle only where
 * it overlaps no name already written (the list beside the map names them all). The picked city is always named.
 */
export function labelledPlaces(places: readonly DrawnPlace[], nameOf: (id: string) => string, picked: string | null = null): Set<string> {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Set<string>();
  const order = [...places].sort((a, b) => Number(b.id === picked) - Number(a.id === picked) || b.count - a.count);
  for (const p of order) {
    const w = labelWidth(nameOf(p.id));
    const box = { x0: p.x - w / 2 - 2, x1: p.x + w / 2 + 2, y0: p.y - p.r - 3 - LABEL_SIZE, y1: p.y - p.r - 1 };
    if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    boxes.push(box);
    out.add(p.id);
  }
  return out;
}
