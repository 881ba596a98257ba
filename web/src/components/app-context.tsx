// The app's shared services for React: the URL-backed state, the language and its translator, the API requester
// (with the stored token), the canvas controller and what it reports, the caller's role, and notices. Components
// read these through useApp(); only this module writes the URL.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { config } from '../config.js';
import { createClient, type ApiError, type Requester } from '../core/api/client.js';
import { ME } from '../core/api/documents.js';
import type { ApiNodeSummary, Lang, Me } from '../core/api/types.js';
import { CanvasController, type CanvasSnapshot } from '../core/canvas/canvas-controller.js';
import { translator, type Translate } from '../core/i18n/translate.js';
import { decodeState, encodeState, type AppState, type Expansion, type ViewName } from '../core/url/url-state.js';

export interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

export interface AppServices {
  state: AppState;
  /** Changes the shareable state; the URL follows. */
  update(change: (s: AppState) => AppState): void;
  switchView(view: ViewName): void;
  lang: Lang;
  t: Translate;
  request: Requester;
  canvas: CanvasController;
  snapshot: CanvasSnapshot;
  me: Me | null;
  meError: ApiError | null;
  token: string | null;
  setToken(token: string | null): void;
  notices: Notice[];
  notify(text: string, kind?: 'info' | 'error'): void;
  dismiss(id: number): void;
  /** Nodes seen in any answer, so pickers and the drawer can name an id at once. */
  /** Names of nodes seen anywhere (search hits, answers), so a chosen id can be shown without asking again. */
  rememberNodes(nodes: readonly ApiNodeSummary[]): void;
  knownNode(id: string): ApiNodeSummary | undefined;
}

const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside <AppProvider>');
  return ctx;
}

function initialLang(): Lang {
  const stored = safeStorage()?.getItem(config.langStorageKey);
  if (stored === 'zh' || stored === 'en') return stored;
  // Otherwise the browser's preference, when it is one of ours.
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  if (/^zh/i.test(nav)) return 'zh';
  if (/^en/i.test(nav)) return 'en';
  return config.defaultLang;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null;
  }
}

const EMPTY_SNAPSHOT: CanvasSnapshot = {
  nodeCount: 0,
  edgeCount: 0,
  typeCounts: {},
  relTypeCounts: {},
  highlighted: [],
  highlightedEdges: 0,
  selected: null,
  selectedTie: null,
  layoutRunning: false,
  groups: 0,
};

interface Stash {
  expanded: Expansion[];
  selected: string | null;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AppState>(() => decodeState(window.location.search, initialLang()));
  const stateRef = useRef(state);
  stateRef.current = state;
  const [token, setTokenState] = useState<string | null>(() => safeStorage()?.getItem(config.tokenStorageKey) ?? null);
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const langRef = useRef(state.lang);
  langRef.current = state.lang;

  const canvasRef = useRef<CanvasController | null>(null);
  canvasRef.current ??= new CanvasController({ lang: state.lang, layout: state.layout });
  const canvas = canvasRef.current;
  const [snapshot, setSnapshot] = useState<CanvasSnapshot>(EMPTY_SNAPSHOT);

  const request = useMemo(() => createClient({ url: config.graphqlUrl, lang: () => langRef.current, token: () => tokenRef.current }), []);
  const [me, setMe] = useState<Me | null>(null);
  const [meError, setMeError] = useState<ApiError | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeSeq = useRef(0);
  const stashes = useRef(new Map<ViewName, Stash>());
  const nodes = useRef(new Map<string, ApiNodeSummary>());

  const update = useCallback((change: (s: AppState) => AppState) => {
    setState((s) => change(s));
  }, []);

  const switchView = useCallback((view: ViewName) => {
    setState((s) => {
      if (s.view === view) return s;
      stashes.current.set(s.view, { expanded: s.expanded, selected: s.selected });
      const back = stashes.current.get(view);
      return { ...s, view, expanded: back?.expanded ?? [], selected: back?.selected ?? null };
    });
  }, []);

  // The URL mirrors the state; back/forward and hand-edited links come back in through popstate.
  useEffect(() => {
    const search = encodeState(state);
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
    document.title = `${translator(state.lang)('app.title')} · ${translator(state.lang === 'en' ? 'zh' : 'en')('app.title')}`;
    safeStorage()?.setItem(config.langStorageKey, state.lang);
  }, [state]);
  useEffect(() => {
    const onPop = () => setState(decodeState(window.location.search, langRef.current));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    canvas.setLang(state.lang);
  }, [canvas, state.lang]);

  const setToken = useCallback((next: string | null) => {
    const clean = next?.trim() || null;
    const storage = safeStorage();
    if (clean) storage?.setItem(config.tokenStorageKey, clean);
    else storage?.removeItem(config.tokenStorageKey);
    tokenRef.current = clean;
    setTokenState(clean);
  }, []);

  useEffect(() => {
    let live = true;
    setMeError(null);
    request<{ me: Me }>(ME)
      .then((d) => live && setMe(d.me))
      .catch((e: ApiError) => {
        if (!live) return;
        setMe(null);
        setMeError(e);
      });
    return () => {
      live = false;
    };
  }, [request, token]);

  const notify = useCallback((text: string, kind: 'info' | 'error' = 'info') => {
    const id = ++noticeSeq.current;
    setNotices((list) => [...list.slice(-3), { id, text, kind }]);
    window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), kind === 'error' ? 9000 : 3500);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  const rememberNodes = useCallback((list: readonly ApiNodeSummary[]) => {
    for (const n of list) nodes.current.set(n.id, n);
  }, []);
  const knownNode = useCallback((id: string) => nodes.current.get(id), []);

  useEffect(() => {
    canvas.setCallbacks({ onChange: setSnapshot, onSelect: (id) => update((s) => ({ ...s, selected: id })) });
  }, [canvas, update]);

  const t = useMemo(() => translator(state.lang), [state.lang]);

  const value: AppServices = {
    state,
    update,
    switchView,
    lang: state.lang,
    t,
    request,
    canvas,
    snapshot,
    me,
    meError,
    token,
    setToken,
    notices,
    notify,
    dismiss,
    rememberNodes,
    knownNode,
  };
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
