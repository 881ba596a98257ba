// The shareable state of the explorer and its URL form. Everything a sent link must restore lives here: the view,
// its inputs, the chosen result, the selected node, extra expansions, hidden types, layout and language. Decoding
// never throws: a damaged or hand-edited link falls back to defaults value by value.
import { isNodeType, isRelType, type Lang, type NodeType, type RelType } from '../api/types.js';
import { BRIDGE_KEEPS, type BridgeKeep } from '../bridges/bridge-kinds.js';
import { decodeDesk, defaultDeskState, encodeDesk, type DeskState } from '../desk/desk-url.js';
import { decodeLedger, defaultLedgerState, encodeLedger, type LedgerState } from '../ledger/ledger-url.js';
import { boundedText, isoDate, putParam, type ParamValue } from './url-codec.js';

export const VIEWS = ['explore', 'bridges', 'paths', 'diaspora', 'recommend', 'brokers', 'region', 'desk', 'ledger', 'import'] as const;
export type ViewName = (typeof VIEWS)[number];
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const RECOMMEND_MODES = ['labs', 'talents', 'collaborators'] as const;
export type RecommendMode = (typeof RECOMMEND_MODES)[number];

export interface Expansion {
  id: string;
  /** Set when the guard asked and the user took only the top N (0: the node alone, "opened here"). */
  top?: number;
  /** With `top`: the node types the user kept. */
  types?: NodeType[];
}

export interface AppState {
  view: ViewName;
  lang: Lang;
  layout: LayoutName;
  selected: string | null;
  hidden: NodeType[];
  /** The canvas is also listed as tables (nodes and ties). */
  table: boolean;
  /** Expansions made on top of the view's own content, in order. */
  expanded: Expansion[];
  /** `asOf`: the time slider's date; the neighbourhoods drawn are as of that day. */
  explore: { root: string | null; asOf?: string | null };
  bridges: { from: string | null; to: string | null; maxIntermediaries: 1 | 2; asOf: string | null; keep: BridgeKeep; pick: number | null; fragility?: boolean };
  paths: {
    from: string | null;
    to: string | null;
    k: number;
    maxHops: number;
    relTypes: RelType[];
    asOf: string | null;
    exclude: string[];
    pick: number | null;
    /** Node-disjoint paths (paths(diverse: true)) instead of the k shortest. */
    diverse?: boolean;
    /** The fragility lens is open. */
    fragility?: boolean;
  };
  /** `map`: the world map is laid over the canvas. */
  diaspora: { origin: string | null; techArea: string | null; asOf?: string | null; map?: boolean };
  recommend: { mode: RecommendMode; subject: string | null; pick: number | null };
  brokers: { scope: string | null; pick: number | null };
  /** The region page: one region's needs, gaps and fragile brokers. */
  region: { id: string | null };
  desk: DeskState;
  ledger: LedgerState;
}

export function defaultState(lang: Lang = 'zh'): AppState {
  return {
    view: 'explore',
    lang,
    layout: 'fcose',
    selected: null,
    hidden: [],
    table: false,
    expanded: [],
    explore: { root: null },
    bridges: { from: null, to: null, maxIntermediaries: 2, asOf: null, keep: 'both', pick: null },
    paths: { from: null, to: null, k: 3, maxHops: 6, relTypes: [], asOf: null, exclude: [], pick: null },
    diaspora: { origin: null, techArea: null },
    recommend: { mode: 'labs', subject: null, pick: null },
    brokers: { scope: null, pick: null },
    region: { id: null },
    desk: defaultDeskState(),
    ledger: defaultLedgerState(),
  };
}

const MAX_ID = 200;
const MAX_LIST = 50;

function id(v: string | null): string | null {
  return boundedText(v, MAX_ID);
}

function ids(v: string | null): string[] {
  if (!v) return [];
  return [...new Set(v.split(',').map((s) => id(s.replace(/%2C/g, ','))).filter((s): s is string => s !== null))].slice(0, MAX_LIST);
}

function int(v: string | null, min: number, max: number, fallback: number): number {
  if (v === null || !/^-?\d+$/.test(v.trim())) return fallback;
  const n = Number(v);
  return n < min || n > max ? fallback : n;
}

function optInt(v: string | null, min: number, max: number): number | null {
  const n = int(v, min, max, Number.NaN);
  return Number.isNaN(n) ? null : n;
}

function oneOf<T extends string>(v: string | null, allowed: readonly T[], fallback: T): T {
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function expansions(v: string | null): Expansion[] {
  return ids(v).map((entry) => {
    const m = /^(.*?)~(\d{1,4})(?:~([A-Za-z.]+))?$/.exec(entry);
    if (!m || !m[1]) return { id: entry };
    const types = (m[3] ?? '').split('.').filter(isNodeType);
    return types.length ? { id: m[1], top: Number(m[2]), types } : { id: m[1], top: Number(m[2]) };
  });
}

export function decodeState(search: string, fallbackLang: Lang = 'zh'): AppState {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const s = defaultState(oneOf(q.get('lang'), ['zh', 'en'] as const, fallbackLang));
  s.view = oneOf(q.get('v'), VIEWS, 'explore');
  s.layout = oneOf(q.get('layout'), LAYOUTS, 'fcose');
  s.selected = id(q.get('sel'));
  s.hidden = ids(q.get('hide')).filter(isNodeType);
  s.table = q.get('table') === '1';
  s.expanded = expansions(q.get('exp'));
  switch (s.view) {
    case 'explore':
      s.explore.root = id(q.get('root'));
      if (isoDate(q.get('asof'))) s.explore.asOf = isoDate(q.get('asof'));
      break;
    case 'bridges':
      s.bridges = {
        from: id(q.get('from')),
        to: id(q.get('to')),
        maxIntermediaries: int(q.get('mi'), 1, 2, 2) as 1 | 2,
        asOf: isoDate(q.get('asof')),
        keep: oneOf(q.get('keep'), BRIDGE_KEEPS, 'both'),
        pick: optInt(q.get('pick'), 0, 99),
        ...(q.get('frag') === '1' ? { fragility: true } : {}),
      };
      break;
    case 'paths':
      s.paths = {
        from: id(q.get('from')),
        to: id(q.get('to')),
        k: int(q.get('k'), 1, 10, 3),
        maxHops: int(q.get('hops'), 1, 8, 6),
        relTypes: ids(q.get('rels')).filter(isRelType),
        asOf: isoDate(q.get('asof')),
        exclude: ids(q.get('excl')),
        pick: optInt(q.get('pick'), 0, 9),
        ...(q.get('diverse') === '1' ? { diverse: true } : {}),
        ...(q.get('frag') === '1' ? { fragility: true } : {}),
      };
      break;
    case 'diaspora':
      s.diaspora = { origin: id(q.get('origin')), techArea: id(q.get('tech')), ...(isoDate(q.get('asof')) ? { asOf: isoDate(q.get('asof')) } : {}) };
      if (q.get('map') === '1') s.diaspora.map = true;
      break;
    case 'recommend':
      s.recommend = { mode: oneOf(q.get('mode'), RECOMMEND_MODES, 'labs'), subject: id(q.get('subj')), pick: optInt(q.get('pick'), 0, 99) };
      break;
    case 'brokers':
      s.brokers = { scope: id(q.get('scope')), pick: optInt(q.get('pick'), 0, 199) };
      break;
    case 'region':
      s.region = { id: id(q.get('region')) };
      break;
    case 'desk':
      s.desk = decodeDesk(q);
      break;
    case 'ledger':
      s.ledger = decodeLedger(q);
      break;
  }
  return s;
}

type Param = readonly [key: string, value: ParamValue, fallback?: string | number | null];

/** The current view's inputs as URL parameters, in the order they are written, each with its default. */
function viewParams(s: AppState, d: AppState): Param[] {
  switch (s.view) {
    case 'explore':
      return [['root', s.explore.root], ['asof', s.explore.asOf]];
    case 'bridges': {
      const b = s.bridges;
      return [['from', b.from], ['to', b.to], ['mi', b.maxIntermediaries, d.bridges.maxIntermediaries], ['asof', b.asOf], ['keep', b.keep, d.bridges.keep], ['pick', b.pick], ['frag', b.fragility]];
    }
    case 'paths': {
      const p = s.paths;
      return [
        ['from', p.from], ['to', p.to], ['k', p.k, d.paths.k], ['hops', p.maxHops, d.paths.maxHops], ['rels', p.relTypes], ['asof', p.asOf],
        ['excl', p.exclude], ['pick', p.pick], ['diverse', p.diverse], ['frag', p.fragility],
      ];
    }
    case 'diaspora':
      return [['origin', s.diaspora.origin], ['tech', s.diaspora.techArea], ['asof', s.diaspora.asOf], ['map', s.diaspora.map]];
    case 'recommend':
      return [['mode', s.recommend.mode, d.recommend.mode], ['subj', s.recommend.subject], ['pick', s.recommend.pick]];
    case 'brokers':
      return [['scope', s.brokers.scope], ['pick', s.brokers.pick]];
    case 'region':
      return [['region', s.region.id]];
    default:
      return [];
  }
}

/** The query string for a state: only the current view's inputs and only values that differ from the defaults. */
export function encodeState(s: AppState): string {
  const d = defaultState(s.lang);
  const q = new URLSearchParams();
  q.set('v', s.view);
  q.set('lang', s.lang);
  for (const [key, value, fallback] of viewParams(s, d)) putParam(q, key, value, fallback);
  if (s.view === 'desk') encodeDesk(s.desk, q);
  if (s.view === 'ledger') encodeLedger(s.ledger, q);
  putParam(q, 'exp', s.expanded.map((e) => (e.top === undefined ? e.id : e.types?.length ? `${e.id}~${e.top}~${e.types.join('.')}` : `${e.id}~${e.top}`)));
  putParam(q, 'sel', s.selected);
  putParam(q, 'hide', s.hidden);
  putParam(q, 'table', s.table);
  putParam(q, 'layout', s.layout, d.layout);
  return `?${q.toString()}`;
}
