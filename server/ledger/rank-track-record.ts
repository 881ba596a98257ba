// The trackRecord score part in the rankings (bridges, recommendTalents, recommendLabs): reads the track records of
// the ranked candidates in one round trip and adds weight × (value − 0.5) to the score of each one with history,
// with a `trackRecord` score part and a TRACK_RECORD reason. Candidates without history keep their score, reasons
// and parts exactly, so a ranking where nobody has history is the ranking without the part. See docs/scoring.md.
import type { Lang } from '../context.js';
import type { Db } from '../db.js';
import type { Reason } from '../graph/shape.js';
import { NEUTRAL, readTrackRecords, summarise, trackRecordContribution, trackRecordReason, type IntroductionFact, type NameLike, type TrackRecordSummary } from './track-record.js';

/** The part as answers show it: `neutral` says it is centred (ScorePart.neutral in the SDL). */
export interface TrackRecordPart {
  code: 'trackRecord';
  value: number;
  weight: number;
  neutral: number;
}

export interface TrackRecordEffect {
  summary: TrackRecordSummary;
  contribution: number;
  part: TrackRecordPart;
  reason: Reason;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The score after the part: base + contribution, clipped to [0,1] and rounded like every score. */
export function adjustedScore(base: number, effect: TrackRecordEffect | undefined): number {
  return effect ? round4(clamp01(base + effect.contribution)) : base;
}

/**
 * The effect of the track record of one candidate: one subject (a person or an organisation), or several (a chain
 * of two people, whose introductions are counted once each). Undefined without history.
 */
export function effectOf(subjects: ReadonlyArray<{ id: string; name: NameLike; person: boolean }>, facts: ReadonlyMap<string, IntroductionFact[]>, asOf: string, weight: number): TrackRecordEffect | undefined {
  const byIntro = new Map<string, IntroductionFact>();
  for (const s of subjects) for (const f of facts.get(s.id) ?? []) if (!byIntro.has(f.id)) byIntro.set(f.id, f);
  if (byIntro.size === 0) return undefined;
  const summary = summarise([...byIntro.values()], asOf);
  if (summary.evidence <= 0) return undefined;
  const names: NameLike =
    subjects.length === 1
      ? subjects[0]!.name
      : {
          name: subjects.map((s) => s.name.name).join(' & '),
          nameZh: subjects.map((s) => s.name.nameZh ?? s.name.name).join('、'),
          nameEn: subjects.map((s) => s.name.nameEn ?? s.name.name).join(' and '),
        };
  const reason = trackRecordReason(names, summary, subjects.every((s) => s.person));
  if (!reason) return undefined;
  return {
    summary,
    contribution: trackRecordContribution(summary, weight),
    part: { code: 'trackRecord', value: round4(summary.score), weight, neutral: NEUTRAL },
    reason,
  };
}

export interface Ranked {
  score: number;
  reasons: string[];
  reasonDetails: Reason[];
  scoreParts: Array<{ code: string; value: number; weight: number }>;
}

/** Applies an effect to an answer item in place: score, part and reason. */
export function applyEffect(item: Ranked, effect: TrackRecordEffect | undefined, lang: Lang): void {
  if (!effect) return;
  item.score = adjustedScore(item.score, effect);
  annotate(item, effect, lang);
}

/** Adds the part and the reason to an item whose score already includes the part (withTrackRecordScores). */
export function annotate(item: Omit<Ranked, 'score'>, effect: TrackRecordEffect | undefined, lang: Lang): void {
  if (!effect) return;
  item.scoreParts.push(effect.part);
  item.reasonDetails.push(effect.reason);
  item.reasons.push(effect.reason[lang]);
}

/**
 * The candidates a re-ranking must look at so that the top `limit` after the part is exact: the part moves a score
 * by at most weight/2 either way, so nobody scoring more than `weight` below the limit-th can enter the top.
 * `sorted` is best first; at most `cap` are kept.
 */
export function rerankWindow<T extends { score: number }>(sorted: readonly T[], limit: number, weight: number, cap = 2_000): T[] {
  if (sorted.length <= limit) return [...sorted];
  const floor = sorted[limit - 1]!.score - weight - 1e-9;
  const out: T[] = [];
  for (const s of sorted) {
    if (out.length >= cap || (out.length >= limit && s.score < floor)) break;
    out.push(s);
  }
  return out;
}

/**
 * Re-ranks a best-first list with the part: scores adjusted, then sorted by the new score, ties kept in their old
 * order (so each ranking's own tie-breaks stand). Returns the new order and each candidate's effect.
 */
export function rerank<T>(sorted: readonly T[], score: (t: T) => number, effects: ReadonlyMap<T, TrackRecordEffect | undefined>): T[] {
  return sorted
    .map((t, i) => ({ t, i, s: adjustedScore(score(t), effects.get(t)) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
}

interface NodeLike {
  id: string;
  type: string;
  name: string;
  nameZh: string | null;
  nameEn: string | null;
}

/**
 * Bridges: the effect of the part on one candidate bridge, from the track records read for its intermediaries
 * (a chain's introductions counted once; an organisation bridge reads the organisation's). Undefined without
 * history, so the bridge keeps its score, parts and reasons exactly.
 */
export function bridgeTrackRecordEffect(intermediaries: readonly NodeLike[], facts: ReadonlyMap<string, IntroductionFact[]>, asOf: string, weight: number): TrackRecordEffect | undefined {
  const subjects = intermediaries.map((n) => ({ id: n.id, name: { name: n.name, nameZh: n.nameZh, nameEn: n.nameEn }, person: n.type === 'Person' }));
  return effectOf(subjects, facts, asOf, weight);
}

/**
 * A best-first list of candidates identified by `idOf` (people for recommendTalents, labs for recommendLabs): the
 * top `limit` after the part, and the effect on each of them. Only the window that can still reach the top is read
 * (rerankWindow); names for the reasons are read for the candidates with history.
 */
export async function rerankWithTrackRecords<T extends { score: number }>(
  db: Db,
  sorted: readonly T[],
  idOf: (t: T) => string,
  limit: number,
  asOf: string,
  weight: number,
  person: boolean,
): Promise<{ ranked: T[]; effects: Map<string, TrackRecordEffect> }> {
  const effects = new Map<string, TrackRecordEffect>();
  const window = rerankWindow(sorted, limit, weight);
  if (window.length === 0) return { ranked: [], effects };
  const facts = await readTrackRecords(db, window.map(idOf), asOf);
  const withHistory = [...facts].filter(([, f]) => f.length > 0).map(([id]) => id);
  if (withHistory.length === 0) return { ranked: sorted.slice(0, limit), effects };
  const rows = await db.read<{ n: { id: string; properties: Record<string, unknown> } }>('recommendNodes', { ids: withHistory });
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  for (const { n } of rows) {
    const p = n.properties;
    const name = { name: str(p.name) ?? str(p.nameZh) ?? str(p.nameEn) ?? n.id, nameZh: str(p.nameZh), nameEn: str(p.nameEn) };
    const effect = effectOf([{ id: n.id, name, person }], facts, asOf, weight);
    if (effect) effects.set(n.id, effect);
  }
  const byItem = new Map(window.map((t) => [t, effects.get(idOf(t))]));
  return { ranked: rerank(window, (t) => t.score, byItem).slice(0, limit), effects };
}

/**
 * Every candidate's score with the part (copies; candidates without history keep theirs), for a ranking that sorts
 * by rules of its own after the score (recommendLabs puts labs it already worked with last), and the effects.
 */
export async function withTrackRecordScores<T extends { score: number }>(
  db: Db,
  items: readonly T[],
  idOf: (t: T) => string,
  asOf: string,
  weight: number,
  person: boolean,
): Promise<{ items: T[]; effects: Map<string, TrackRecordEffect> }> {
  const effects = new Map<string, TrackRecordEffect>();
  if (items.length === 0) return { items: [...items], effects };
  const facts = await readTrackRecords(db, items.map(idOf), asOf);
  const withHistory = [...facts].filter(([, f]) => f.length > 0).map(([id]) => id);
  if (withHistory.length === 0) return { items: [...items], effects };
  const rows = await db.read<{ n: { id: string; properties: Record<string, unknown> } }>('recommendNodes', { ids: withHistory });
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  for (const { n } of rows) {
    const p = n.properties;
    const name = { name: str(p.name) ?? str(p.nameZh) ?? str(p.nameEn) ?? n.id, nameZh: str(p.nameZh), nameEn: str(p.nameEn) };
    const effect = effectOf([{ id: n.id, name, person }], facts, asOf, weight);
    if (effect) effects.set(n.id, effect);
  }
  return { items: items.map((t) => (effects.has(idOf(t)) ? { ...t, score: adjustedScore(t.score, effects.get(idOf(t))) } : t)), effects };
}
