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
    places.push({ id: p.id, ...xy, r: circleRadius(p.count, model.maxCount), count: p.count });
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
