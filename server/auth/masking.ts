// What a role may see of a node or a tie. Viewers never see personal fields (the model's PERSONAL_FIELDS: contact
// details, birthday, gender), never see detail of personal ties (KNOWS, COLLABORATED_WITH), and see a person who
// has not consented (`consent: false`) only as "a researcher at <their organisation>". Brokers and admins see
// everything, and their reads of contact details are audited (server/auth/audit.ts).
// The Node and Relationship field resolvers and the schema-wide wrapper (schema-mask.ts) call these functions, so
// that no answer can forget them.
import crypto from 'node:crypto';
import type { Context, Lang } from '../context.js';
import { detachedFromRequest, type Db } from '../db.js';
import { CONTACT_FIELDS, DESK_PRIVATE_FIELDS, PERSONAL_FIELDS, PERSONAL_REL_TYPES } from '../model/model.js';
import type { GqlNode } from '../graph/shape.js';
import { hasRole } from './guard.js';
import { PinyinMemo } from './pinyin-memo.js';

// The desk's private fields on a Demand (who answered, what was written to the firm) are withheld from viewers alike.
const PERSONAL = new Set<string>([...PERSONAL_FIELDS, ...DESK_PRIVATE_FIELDS]);
const CONTACT = new Set<string>(CONTACT_FIELDS);
const PERSONAL_TIES = new Set<string>(PERSONAL_REL_TYPES);

type NodeLike = Pick<GqlNode, 'properties'> & { type?: string; labels?: readonly string[] };

/** A person who has not consented to being shown by name. */
export function isNonConsenting(node: NodeLike): boolean {
  const isPerson = node.type === 'Person' || (node.labels?.includes('Person') ?? false);
  return isPerson && node.properties?.consent === false;
}

/** True when this caller must see the node only as an anonymous person. */
export function isHiddenFrom(node: NodeLike, ctx: Pick<Context, 'viewer'>): boolean {
  return !hasRole(ctx, 'broker') && isNonConsenting(node);
}

export function isPersonalField(key: string): boolean {
  return PERSONAL.has(key);
}

export function isContactField(key: string): boolean {
  return CONTACT.has(key);
}

export function isPersonalTie(type: string): boolean {
  return PERSONAL_TIES.has(type);
}

/** An organisation a person belongs to, as the anonymous label names it. */
export interface Affiliation {
  kind: 'Lab' | 'Enterprise' | 'Organisation' | string;
  name: string | null;
  nameZh: string | null;
  nameEn: string | null;
}

const ROLE_WORDS: Record<string, { zh: string; en: string }> = {
  Lab: { zh: '研究人员', en: 'a researcher' },
  Enterprise: { zh: '员工', en: 'an employee' },
  Organisation: { zh: '工作人员', en: 'a staff member' },
};

/** "一位天目山实验室的研究人员" / "a researcher at 天目山实验室"; without an affiliation "一位研究人员" / "a researcher". */
export function anonymousLabel(affiliation: Affiliation | null | undefined, lang: Lang): string {
  const words = ROLE_WORDS[affiliation?.kind ?? 'Lab'] ?? ROLE_WORDS.Lab!;
  const org =
    lang === 'en'
      ? (affiliation?.nameEn ?? affiliation?.name ?? affiliation?.nameZh)
      : (affiliation?.nameZh ?? affiliation?.name ?? affiliation?.nameEn);
  if (!org) return lang === 'en' ? 'a researcher' : '一位研究人员';
  return lang === 'en' ? `${words.en} at ${org}` : `一位${org}的${words.zh}`;
}

/**
 * The name to put in any text a caller will read (reasons, summaries). Non-consenting people are "a researcher"
 * for viewers. Every builder of free text that names a person should call this rather than read `name` itself.
 */
export function displayName(node: NodeLike & { name?: string | null; nameZh?: string | null; nameEn?: string | null }, ctx: Pick<Context, 'viewer' | 'lang'>): string {
  if (isHiddenFrom(node, ctx)) return anonymousLabel(null, ctx.lang);
  const p = node.properties ?? {};
  const pick = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return ctx.lang === 'en'
    ? (pick(node.nameEn) ?? pick(p.nameEn) ?? pick(node.name) ?? pick(p.name) ?? pick(node.nameZh) ?? '')
    : (pick(node.nameZh) ?? pick(p.nameZh) ?? pick(node.name) ?? pick(p.name) ?? pick(node.nameEn) ?? '');
}

/** Properties a caller may see of a node. */
export function visibleNodeProperties(node: NodeLike, ctx: Pick<Context, 'viewer'>): Record<string, unknown> {
  const props = node.properties ?? {};
  if (hasRole(ctx, 'broker')) return props;
  if (isNonConsenting(node)) return { consent: false };
  return Object.fromEntries(Object.entries(props).filter(([k]) => !PERSONAL.has(k)));
}

/**
 * Properties a caller may see of a relationship: personal ties, and every tie of a person shown anonymously
 * (`touchesHidden`), keep their type but lose their detail; a role, start date and strength would narrow down who
 * the anonymous person is.
 */
export function visibleRelProperties(
  rel: { type: string; properties: Record<string, unknown> },
  ctx: Pick<Context, 'viewer'>,
  touchesHidden = false,
): Record<string, unknown> {
  const props = rel.properties ?? {};
  if (hasRole(ctx, 'broker')) return props;
  if (touchesHidden || PERSONAL_TIES.has(rel.type)) return {};
  return Object.fromEntries(Object.entries(props).filter(([k]) => !PERSONAL.has(k)));
}

/** Contact fields that hold a value, for the audit record. */
export function contactFieldsPresent(props: Record<string, unknown> | null | undefined): string[] {
  if (!props) return [];
  return CONTACT_FIELDS.filter((f) => props[f] !== undefined && props[f] !== null && props[f] !== '');
}

/**
 * Removes personal fields from any JSON a viewer will read (nested objects and lists too), for JSON-typed fields
 * whose shape the schema does not describe.
 */
export function stripPersonal(value: unknown, depth = 0): unknown {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => stripPersonal(v, depth + 1));
  const obj = value as Record<string, unknown>;
  if (obj.consent === false && (obj.labels as unknown[] | undefined)?.includes?.('Person')) {
    return { ...Object.fromEntries(Object.entries(obj).filter(([k]) => k === 'id' || k === 'labels' || k === 'type')), properties: { consent: false } };
  }
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !PERSONAL.has(k)).map(([k, v]) => [k, stripPersonal(v, depth + 1)]));
}

/** Contact fields found anywhere in JSON a broker or admin reads, for the audit record. */
export function findContactFields(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 32 || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    for (const v of value) findContactFields(v, found, depth + 1);
    return found;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (CONTACT.has(k) && v !== null && v !== undefined && v !== '') found.add(k);
    else findContactFields(v, found, depth + 1);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-request lookups: the affiliation an anonymous label names, batched into one query per request tick.

const affiliationLoaders = new WeakMap<Request, AffiliationLoader>();

class AffiliationLoader {
  private readonly cache = new Map<string, Promise<Affiliation | null>>();
  private pending: Array<{ id: string; resolve: (a: Affiliation | null) => void; reject: (e: unknown) => void }> = [];

  constructor(private readonly db: Db) {}

  load(id: string): Promise<Affiliation | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = new Promise((resolve, reject) => {
        if (this.pending.length === 0) setImmediate(() => void this.flush());
        this.pending.push({ id, resolve, reject });
      });
      this.cache.set(id, p);
    }
    return p;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const rows = await this.db.read<{ id: string; kind: string | null; name: string | null; nameZh: string | null; nameEn: string | null }>(
        'anonymousAffiliations',
        { ids: [...new Set(batch.map((b) => b.id))] },
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const b of batch) {
        const r = byId.get(b.id);
        b.resolve(r && r.kind ? { kind: r.kind, name: r.name, nameZh: r.nameZh, nameEn: r.nameEn } : null);
      }
    } catch (e) {
      for (const b of batch) b.reject(e);
    }
  }
}

/** The organisation to name in a non-consenting person's anonymous label. */
export function affiliationOf(ctx: Pick<Context, 'db' | 'request'>, personId: string): Promise<Affiliation | null> {
  let loader = affiliationLoaders.get(ctx.request);
  if (!loader) {
    loader = new AffiliationLoader(ctx.db);
    affiliationLoaders.set(ctx.request, loader);
  }
  return loader.load(personId);
}

// ---------------------------------------------------------------------------------------------------------------
// Non-consenting people: their names, so that free text (reasons, matched search terms, node names and properties,
// error messages) cannot carry them to viewers, and their ids, which often spell the name
// ("demo:person:pan-yutong") and are therefore shown to viewers as an opaque alias ("anon:3f9c..."). The alias is a
// keyed hash with a key that lives only in this process, so it cannot be reversed by guessing ids, and it changes
// when the server restarts; the server maps it back when it comes back as an argument, so the web app can still
// open an anonymous person's neighbourhood. A viewer who types a hidden person's real id is answered as if no node
// had it: accepting it would confirm the guess.

const HIDDEN_TTL_MS = 15_000;
/** The load of the whole set is internal work, not a request: it gets longer than one query's timeout. */
const HIDDEN_LOAD_TIMEOUT_MS = 120_000;
const ALIAS_KEY = crypto.randomBytes(32);
export const ALIAS_PREFIX = 'anon:';

interface Hidden {
  at: number;
  db: Db;
  /** Names (with their pinyin) and ids of non-consenting people, found in text by their first two characters. */
  matcher: NameMatcher | null;
  ids: Set<string>;
  byAlias: Map<string, string>;
  /** Each name (lower case) to the organisation its person's anonymous label names. */
  affiliationByName: Map<string, Affiliation | null>;
}
let hiddenCache: Hidden | undefined;
let hiddenLoading: Promise<Hidden> | undefined;

/** Forgets the cached set (after a change through the API, so a new `consent: false` applies at once). */
export function invalidateNonConsentingNames(): void {
  hiddenCache = undefined;
}

/**
 * Needles bucketed by their first two characters (lower case), longest first in each bucket. One alternation regex
 * over tens of thousands of names costs time proportional to the number of names on every string; a bucket lookup
 * per position costs time proportional to the text.
 */
type NameMatcher = Map<string, string[]>;

function buildMatcher(needles: readonly string[]): NameMatcher | null {
  const matcher: NameMatcher = new Map();
  for (const n of needles) {
    const lower = n.toLowerCase();
    if (lower.length < 2) continue;
    const key = lower.slice(0, 2);
    const bucket = matcher.get(key);
    if (bucket) bucket.push(lower);
    else matcher.set(key, [lower]);
  }
  for (const bucket of matcher.values()) bucket.sort((a, b) => b.length - a.length);
  return matcher.size ? matcher : null;
}

const ASCII_WORD = /[a-z0-9]/;

/**
 * Whether a needle found at `at` stands as a whole word where it has Latin edges: pinyin run together ("wangjing")
 * must not eat into "Wangjingxi Road", nor "Li Ming" into "Li Mingyu". Chinese text has no word gaps, so a Chinese
 * edge always counts.
 */
function standsAlone(hay: string, at: number, needle: string): boolean {
  const end = at + needle.length;
  if (ASCII_WORD.test(needle[0]!) && at > 0 && ASCII_WORD.test(hay[at - 1]!)) return false;
  if (ASCII_WORD.test(needle[needle.length - 1]!) && end < hay.length && ASCII_WORD.test(hay[end]!)) return false;
  return true;
}

/** Replaces every needle found in `text` (case-insensitive, longest match first, left to right). */
function replaceNeedles(text: string, matcher: NameMatcher, swap: (found: string) => string): string {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters; fall back to a plain scan of the original then.
  const hay = lower.length === text.length ? lower : text;
  let out = '';
  let copied = 0;
  for (let i = 0; i + 1 < text.length; ) {
    const bucket = matcher.get(hay.slice(i, i + 2));
    const hit = bucket?.find((needle) => hay.startsWith(needle, i) && standsAlone(hay, i, needle));
    if (hit) {
      out += text.slice(copied, i) + swap(text.slice(i, i + hit.length));
      i += hit.length;
      copied = i;
    } else {
      i++;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function keyedHash(text: string): string {
  return crypto.createHmac('sha256', ALIAS_KEY).update(text).digest('base64url').slice(0, 22);
}

/** The opaque id a viewer sees for a non-consenting person. */
export function aliasOf(id: string): string {
  return ALIAS_PREFIX + keyedHash(id);
}

/**
 * The id a viewer sees for a tie of a non-consenting person. Element ids survive restarts while aliases do not,
 * so a stable tie id would link an alias of one run to the alias of the next. Keyed like the aliases, and kept
 * apart from them, so the same tie has the same id in every answer of this process (the canvas merges by id).
 */
export function relationshipAlias(elementId: string): string {
  return ALIAS_PREFIX + keyedHash(`relationship\u0000${elementId}`);
}

/** An id that no node has, standing for a hidden person's real id typed by a viewer (see callerId). */
function unknownStandIn(id: string): string {
  return ALIAS_PREFIX + keyedHash(`unknown\u0000${id}`);
}

// Pinyin of hidden names, kept between reloads of the set: names rarely change, converting them is not free.
const pinyinMemo = new PinyinMemo();

/** Row of cypher/anonymousNames.cypher: a non-consenting person's names and the organisation their label names. */
type AnonymousRow = { id: string; names: Array<string | null>; kind: string | null } & Record<'orgName' | 'orgNameZh' | 'orgNameEn', string | null>;

/**
 * The set of hidden people. A stale set (older than HIDDEN_TTL_MS) is still served while one reload runs in the
 * background: at a million persons the set holds tens of thousands of people and takes seconds to read, and every
 * viewer's request waiting for it would time out. A change through the API forgets the set altogether
 * (invalidateNonConsentingNames), so a new `consent: false` is never answered from the old set.
 */
async function hiddenPeople(db: Db): Promise<Hidden> {
  const fresh = freshHidden(db);
  if (fresh) return fresh;
  const loading = reloadHidden(db);
  return hiddenCache && hiddenCache.db === db ? hiddenCache : loading;
}

/** Starts reloading the set in the background (a stale set is in use meanwhile). */
export function warmHiddenPeople(db: Db): void {
  // A failed warm-up is retried by the first request that needs the set, which reports the error itself.
  reloadHidden(db).catch(() => undefined);
}

function reloadHidden(db: Db): Promise<Hidden> {
  // Shared by every request that finds the set stale, so it must not follow the first one's cancellation.
  hiddenLoading ??= detachedFromRequest(async () => {
    try {
      const rows = await db.read<AnonymousRow>('anonymousNames', {}, { timeoutMs: HIDDEN_LOAD_TIMEOUT_MS });
      const names = [...new Set(rows.flatMap((r) => r.names).filter((n): n is string => typeof n === 'string' && n.trim().length >= 2))];
      const ids = new Set(rows.map((r) => r.id));
      const pinyinOf = pinyinMemo.reload();
      const affiliationByName = new Map<string, Affiliation | null>();
      for (const r of rows) {
        const aff = r.kind ? { kind: r.kind, name: r.orgName, nameZh: r.orgNameZh, nameEn: r.orgNameEn } : null;
        for (const n of r.names) {
          if (!n) continue;
          affiliationByName.set(n.toLowerCase(), aff);
          // Search fields and `matched` carry names as pinyin too ("sunjiayi").
          for (const form of pinyinOf.forms(n)) affiliationByName.set(form, aff);
        }
      }
      pinyinMemo.keep(pinyinOf);
      const spoken = [...pinyinOf.all.values()].flat();
      // Longest first within each bucket, so "Wang Wei" is replaced before "Wang".
      const matcher = buildMatcher([...new Set([...names, ...spoken]), ...ids]);
      hiddenCache = { at: Date.now(), db, matcher, ids, affiliationByName, byAlias: new Map([...ids].map((id) => [aliasOf(id), id])) };
      return hiddenCache;
    } finally {
      hiddenLoading = undefined;
    }
  });
  return hiddenLoading;
}

function freshHidden(db: Db): Hidden | undefined {
  return hiddenCache && hiddenCache.db === db && Date.now() - hiddenCache.at < HIDDEN_TTL_MS ? hiddenCache : undefined;
}

/**
 * Runs f on the set of hidden people: synchronously while a set is cached (most fields of most answers, so
 * graphql-js completes them without a promise each; a stale one is reloaded in the background), else once it is
 * loaded.
 */
function withHidden<T>(db: Db, f: (hidden: Hidden) => T): T | Promise<T> {
  const cached = hiddenCache && hiddenCache.db === db ? hiddenCache : undefined;
  if (!cached) return hiddenPeople(db).then(f);
  if (!freshHidden(db)) warmHiddenPeople(db);
  return f(cached);
}

/** An id as a viewer may see it: the alias for a non-consenting person, else unchanged. */
export function visibleId(id: string, ctx: Pick<Context, 'viewer' | 'db'>): string | Promise<string> {
  if (hasRole(ctx, 'broker')) return id;
  return withHidden(ctx.db, (h) => (h.ids.has(id) ? aliasOf(id) : id));
}

/** True when one of these node ids belongs to a person this caller sees only anonymously. */
export function anyHiddenFrom(ids: readonly string[], ctx: Pick<Context, 'viewer' | 'db'>): boolean | Promise<boolean> {
  if (hasRole(ctx, 'broker')) return false;
  return withHidden(ctx.db, (h) => ids.some((id) => h.ids.has(id)));
}

/**
 * The one place where an id a client passed becomes the id the server looks up. An alias becomes the real id (any
 * role). For a viewer, the real id of a hidden person becomes an id no node has, so every answer treats it as
 * unknown: a guessed id is neither confirmed nor reversed. Other ids are unchanged.
 */
export function callerId(id: string, ctx: Pick<Context, 'viewer' | 'db'>): string | Promise<string> {
  const broker = hasRole(ctx, 'broker');
  if (broker && !id.startsWith(ALIAS_PREFIX)) return id;
  return withHidden(ctx.db, (h) => {
    if (id.startsWith(ALIAS_PREFIX)) return h.byAlias.get(id) ?? id;
    return !broker && h.ids.has(id) ? unknownStandIn(id) : id;
  });
}

/** Options of redactForViewer. */
export interface RedactOptions {
  /** The language of the anonymous label; the request's by default. */
  lang?: Lang;
  /**
   * Text the caller sent (lower case). A hidden name or id found in it is left as it is: it only echoes what the
   * caller typed, and replacing it would tell them that it names a hidden person.
   */
  sent?: string;
}

/**
 * Replaces the names and ids of non-consenting people in text a viewer will read (an id by its alias, a name by
 * the same label the person's node shows, "a researcher at <organisation>"), in strings at any depth of the value;
 * brokers and admins get it unchanged. Synchronous while the set of hidden people is cached.
 */
export function redactNow<T>(value: T, ctx: Pick<Context, 'viewer' | 'lang' | 'db'>, options: RedactOptions = {}): T | Promise<T> {
  if (hasRole(ctx, 'broker') || value === null || value === undefined) return value;
  if (typeof value !== 'string' && typeof value !== 'object') return value;
  const lang = options.lang ?? ctx.lang;
  const sent = options.sent;
  return withHidden(ctx.db, (hidden) => {
    const matcher = hidden.matcher;
    if (!matcher) return value;
    const swap = (m: string) => {
      const lower = m.toLowerCase();
      if (sent?.includes(lower)) return m;
      return hidden.ids.has(m) ? aliasOf(m) : anonymousLabel(hidden.affiliationByName.get(lower), lang);
    };
    const walk = (v: unknown, depth: number): unknown => {
      if (typeof v === 'string') return hidden.ids.has(v) && !sent?.includes(v.toLowerCase()) ? aliasOf(v) : replaceNeedles(v, matcher, swap);
      if (depth > 32 || v === null || typeof v !== 'object') return v;
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x, depth + 1)]));
    };
    return walk(value, 0) as T;
  });
}

/** redactNow, always as a promise (for callers that await anyway). */
export async function redactForViewer<T>(value: T, ctx: Pick<Context, 'viewer' | 'lang' | 'db'>, lang: Lang = ctx.lang): Promise<T> {
  return redactNow(value, ctx, { lang });
}

/** Applies f to a value that may still be a promise, synchronously when it is not. */
export function thenMaybe<T, R>(value: T | Promise<T>, f: (v: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** A node's own names: a consenting person chose to be shown by them, so they stay as they are (see nodeText). */
const OWN_NAME_KEYS = new Set(['name', 'nameZh', 'nameEn', 'aliases']);

/**
 * A name field of a node as a viewer may read it. Names of any node may mention a hidden person (a demand titled
 * "孙佳怡 follow-up"), so they are redacted like any free text, except a consenting person's own names: a namesake
 * of a hidden person is shown by the name they consented to, not mistaken for the other.
 */
export function nodeText(node: NodeLike, value: string | null, ctx: Pick<Context, 'viewer' | 'lang' | 'db'>, lang: Lang = ctx.lang): string | null | Promise<string | null> {
  if (value === null || hasRole(ctx, 'broker') || node.type === 'Person') return value;
  return redactNow(value, ctx, { lang });
}

/** Free text in a node's visible properties, redacted for viewers as nodeText says (nameEn in English). */
export function redactNodeProperties(
  node: NodeLike,
  props: Record<string, unknown>,
  ctx: Pick<Context, 'viewer' | 'lang' | 'db'>,
): Record<string, unknown> | Promise<Record<string, unknown>> {
  if (hasRole(ctx, 'broker') || isNonConsenting(node)) return props;
  const own = node.type === 'Person' ? OWN_NAME_KEYS : new Set<string>();
  const kept: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  const en: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (own.has(k) || (typeof v !== 'string' && typeof v !== 'object') || v === null) kept[k] = v;
    else if (k === 'nameEn') en[k] = v;
    else rest[k] = v;
  }
  return thenMaybe(redactNow(rest, ctx), (z) => thenMaybe(redactNow(en, ctx, { lang: 'en' }), (e) => ({ ...kept, ...z, ...e })));
}
