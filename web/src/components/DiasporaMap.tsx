// The diaspora's map mode: a toggle in the diaspora view that lays a world map over the canvas. Natural Earth
// country outlines (world-atlas, loaded on first use, no tile server) in the Natural Earth projection; each city
// where natives of the county live is a circle sized by their number, with an arc home; clicking a city (or Enter
// on it) lists its people. Places without coordinates are listed under the map. Also the way to the region page.
import { useEffect, useLayoutEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { DiasporaMap } from '../core/api/types.js';
import { diasporaMapModel, type MapPlace } from '../core/diaspora/map-model.js';
import { drawMap, labelledPlaces, worldCountries } from '../core/diaspora/map-projection.js';
import { displayName } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';
import { useExpansion } from './expansion-context.js';
import { Icon } from './Icon.js';
import { Empty, Loading } from './StatusMessage.js';
import './lenses.css';

/** The drawing's own coordinate space; the SVG scales it to the pane. */
const SIZE = { width: 960, height: 520 };

type WorldState = { status: 'loading' } | { status: 'ready'; world: FeatureCollection<Geometry> } | { status: 'error' };
let worldCache: FeatureCollection<Geometry> | null = null;

/** The country outlines, loaded once (a separate chunk of the build). */
function useWorld(): WorldState {
  const [state, setState] = useState<WorldState>(worldCache ? { status: 'ready', world: worldCache } : { status: 'loading' });
  useEffect(() => {
    if (worldCache) return;
    let live = true;
    import('world-atlas/countries-110m.json')
      .then((m) => {
        worldCache = worldCountries((m.default ?? m) as unknown as Topology);
        if (live) setState({ status: 'ready', world: worldCache });
      })
      .catch(() => live && setState({ status: 'error' }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Where the canvas is drawn, so the map covers exactly it (toolbar and time slider stay usable). */
function useCanvasBox(): { pane: HTMLElement; top: number; height: number } | null {
  const [box, setBox] = useState<{ pane: HTMLElement; top: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const host = document.getElementById('canvas');
    const pane = host?.parentElement;
    if (!host || !pane) return;
    const measure = () => setBox({ pane, top: host.offsetTop, height: host.offsetHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(host);
    ro.observe(pane);
    return () => ro.disconnect();
  }, []);
  return box;
}

function PlaceName({ place }: { place: MapPlace }) {
  const { lang, t } = useApp();
  return <>{place.countryOnly ? t('diasporaMap.countryOnly', { country: displayName(place.country, lang) }) : `${displayName(place.city, lang)} · ${displayName(place.country, lang)}`}</>;
}

function PlaceButton({ place, picked, onPick }: { place: MapPlace; picked: boolean; onPick(id: string): void }) {
  const { t } = useApp();
  return (
    <button type="button" className={`map-place${picked ? ' picked' : ''}`} aria-pressed={picked} onClick={() => onPick(place.id)} data-testid="diaspora-map-place" data-id={place.id} data-count={place.count}>
      <PlaceName place={place} />
      <span className="count">{t('diaspora.people', { n: place.count })}</span>
    </button>
  );
}

/** A list of places, each a button that picks it. */
function PlaceList({ places, picked, onPick, testId }: { places: readonly MapPlace[]; picked: string | null; onPick(id: string): void; testId: string }) {
  return (
    <ul className="map-places" data-testid={testId}>
      {places.map((p) => (
        <li key={p.id}>
          <PlaceButton place={p} picked={picked === p.id} onPick={onPick} />
        </li>
      ))}
    </ul>
  );
}

function PeopleOf({ place }: { place: MapPlace }) {
  const { lang, t } = useApp();
  const { openNode } = useExpansion();
  return (
    <section className="map-people" aria-live="polite" data-testid="diaspora-map-people" data-id={place.id}>
      <h4>
        <PlaceName place={place} /> · {t('diaspora.people', { n: place.count })}
      </h4>
      {place.people.length < place.count && <p className="muted small">{t('diasporaMap.peopleListed', { listed: place.people.length })}</p>}
      <ul>
        {place.people.map((p) => (
          <li key={p.id}>
            <button type="button" className="link-button" onClick={() => void openNode(p.id)} data-testid="diaspora-map-person" data-id={p.id}>
              {displayName(p, lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WorldMap({ map, world, picked, onPick }: { map: DiasporaMap; world: FeatureCollection<Geometry>; picked: string | null; onPick(id: string): void }) {
  const { lang, t } = useApp();
  const model = useMemo(() => diasporaMapModel(map), [map]);
  const drawing = useMemo(() => drawMap(model, world, SIZE), [model, world]);
  const byId = new Map(model.placed.map((p) => [p.id, p]));
  const named = labelledPlaces(drawing.places, (id) => (byId.get(id) ? displayName(byId.get(id)!.city, lang) : ''), picked);
  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onPick(id);
  };
  return (
    <svg className="world-map" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="group" aria-label={t('diasporaMap.label', { home: displayName(map.origin, lang) })} data-testid="diaspora-map-svg">
      <path d={drawing.outline} className="map-sphere" />
      <path d={drawing.graticule} className="map-graticule" />
      <g className="map-countries" aria-hidden="true">
        {drawing.countries.map((c) => (
          <path key={c.id} d={c.d} />
        ))}
      </g>
      <g className="map-arcs" aria-hidden="true">
        {drawing.arcs.map((a) => (
          <path key={a.id} d={a.d} className={picked === a.id ? 'on' : undefined} data-testid="diaspora-map-arc" />
        ))}
      </g>
      {drawing.home && (
        <g className="map-home" aria-hidden="true" data-testid="diaspora-map-home">
          <rect x={drawing.home.x - 6} y={drawing.home.y - 6} width={12} height={12} transform={`rotate(45 ${drawing.home.x} ${drawing.home.y})`} />
          <text x={drawing.home.x + 10} y={drawing.home.y + 4}>
            {displayName(map.origin, lang)}
          </text>
        </g>
      )}
      {drawing.places.map((p) => {
        const place = byId.get(p.id);
        if (!place) return null;
        const name = `${displayName(place.city, lang)}, ${t('diaspora.people', { n: place.count })}`;
        return (
          <g
            key={p.id}
            className={`map-city${picked === p.id ? ' picked' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={name}
            aria-pressed={picked === p.id}
            onClick={() => onPick(p.id)}
            onKeyDown={(e) => onKey(e, p.id)}
            data-testid="diaspora-map-city"
            data-id={p.id}
            data-count={p.count}
          >
            <circle cx={p.x} cy={p.y} r={p.r} />
            {named.has(p.id) && (
              <text x={p.x} y={p.y - p.r - 3} textAnchor="middle">
                {displayName(place.city, lang)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function MapOverlay({ map, onClose }: { map: DiasporaMap; onClose(): void }) {
  const { t, lang } = useApp();
  const box = useCanvasBox();
  const world = useWorld();
  const model = useMemo(() => diasporaMapModel(map), [map]);
  const [picked, setPicked] = useState<string | null>(null);
  const pick = (id: string) => setPicked((cur) => (cur === id ? null : id));
  const pickedPlace = [...model.placed, ...model.unplaced].find((p) => p.id === picked) ?? null;
  if (!box) return null;
  return createPortal(
    <section className="diaspora-map" style={{ top: box.top, height: box.height }} aria-labelledby="diaspora-map-title" data-testid="diaspora-map" data-placed={model.placed.length} data-unplaced={model.unplaced.length}>
      <div className="map-head">
        <h3 id="diaspora-map-title">{t('diasporaMap.title', { home: displayName(map.origin, lang) })}</h3>
        {!model.homeAt && <span className="muted small">{t('diasporaMap.noHome')}</span>}
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('diasporaMap.close')} data-testid="diaspora-map-close">
          <Icon name="close" />
        </button>
      </div>
      <div className="map-body">
        <div className="map-plot">
          {world.status === 'loading' && <Loading />}
          {world.status === 'error' && <Empty>{t('diasporaMap.noBaseMap')}</Empty>}
          {world.status === 'ready' && <WorldMap map={map} world={world.world} picked={picked} onPick={pick} />}
        </div>
        <div className="map-side">
          {pickedPlace ? <PeopleOf place={pickedPlace} /> : <p className="muted small">{t('diasporaMap.pickCity')}</p>}
          <h4>{t('diasporaMap.placed', { n: model.placed.length })}</h4>
          <PlaceList places={model.placed} picked={picked} onPick={pick} testId="diaspora-map-placed" />
          {model.unplaced.length > 0 && (
            <>
              <h4>{t('diasporaMap.unplaced', { n: model.unplaced.length })}</h4>
              <PlaceList places={model.unplaced} picked={picked} onPick={pick} testId="diaspora-map-unplaced" />
            </>
          )}
        </div>
      </div>
    </section>,
    box.pane,
  );
}

export function DiasporaMapMode({ map }: { map: DiasporaMap }) {
  const { state, t, update } = useApp();
  // On or off in the link, so a shared link opens the map.
  const on = state.diaspora.map === true;
  const setOn = (map: boolean) => update((s) => ({ ...s, diaspora: { ...s.diaspora, map } }));
  const openRegion = () => update((s) => ({ ...s, view: 'region', region: { id: map.origin.id }, selected: null, expanded: [] }));
  return (
    <div className="diaspora-map-mode" data-testid="diaspora-map-mode" data-origin={map.origin.id}>
      <button type="button" className={`btn btn-small${on ? ' on' : ''}`} aria-pressed={on} onClick={() => setOn(!on)} data-testid="diaspora-map-toggle">
        <Icon name="globe" size={14} /> {t('diasporaMap.toggle')}
      </button>
      <button type="button" className="btn btn-small" onClick={openRegion} data-testid="diaspora-region-page">
        <Icon name="target" size={14} /> {t('region.open')}
      </button>
      {on && <MapOverlay map={map} onClose={() => setOn(false)} />}
    </div>
  );
}
