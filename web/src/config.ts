// The web app's settings, read once from the build environment (VITE_* variables); nothing else reads
// import.meta.env. Values that make no sense fall back to the defaults rather than breaking the page.
import type { Lang } from './core/api/types.js';

const env = import.meta.env as Record<string, string | undefined>;

function int(name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export const config = {
  /** Where the GraphQL API answers (same origin by default). */
  graphqlUrl: env.VITE_GRAPHQL_URL || '/graphql',
  /** Language when the link does not say and the browser prefers neither. */
  defaultLang: (env.VITE_DEFAULT_LANG === 'en' ? 'en' : 'zh') as Lang,
  /** An expansion adding more new nodes than this asks first (issue: 200). */
  expandGuard: int('VITE_EXPAND_GUARD', 200, 1, 5000),
  /** Pause after typing before the search is sent. */
  searchDebounceMs: int('VITE_SEARCH_DEBOUNCE_MS', 180, 0, 2000),
  searchLimit: int('VITE_SEARCH_LIMIT', 12, 1, 100),
  /** How many neighbours per type the details drawer reads. */
  detailsLimitPerType: int('VITE_DETAILS_LIMIT_PER_TYPE', 60, 1, 500),
  /** Result sizes asked of the ranked answers. */
  rankedLimit: int('VITE_RANKED_LIMIT', 10, 1, 100),
  brokersLimit: int('VITE_BROKERS_LIMIT', 20, 1, 200),
  diasporaLimit: int('VITE_DIASPORA_LIMIT', 200, 1, 200),
  /** Where the bearer token is kept in this browser. */
  tokenStorageKey: 'talent-bridge.token',
  langStorageKey: 'talent-bridge.lang',
} as const;
