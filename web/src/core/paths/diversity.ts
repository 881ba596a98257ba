// How the path view words the answer of paths(diverse: true): whether k paths sharing no intermediate node were
// found, and when fewer were, why no more exist (the answer's bound and reasons). Pure: the view renders it.
import type { Lang, Reason } from '../api/types.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Params } from '../i18n/translate.js';
import { reasonsIn } from '../recommend/ranking-display.js';

export interface Diversity {
  requested: number;
  found: number;
  complete: boolean;
  upperBound: number | null;
  reasons: readonly string[];
  reasonDetails: readonly Reason[];
}

export interface DiversityNote {
  /** complete: k disjoint paths; partial: fewer, with the reasons why no more exist. */
  tone: 'complete' | 'partial';
  message: { key: MessageKey; params: Params };
  bound: { key: MessageKey; params: Params } | null;
  reasons: string[];
}

/** The diversity of an answer is shared by all its paths: read it from the first one that carries it. */
export function answerDiversity(paths: readonly { diversity?: Diversity | null }[]): Diversity | null {
  for (const p of paths) if (p.diversity) return p.diversity;
  return null;
}

export function diversityNote(d: Diversity, maxHops: number, lang: Lang): DiversityNote {
  const params = { found: d.found, requested: d.requested };
  const complete = d.complete && d.found >= d.requested;
  return {
    tone: complete ? 'complete' : 'partial',
    message: { key: complete ? 'paths.diverse.complete' : d.found === 0 ? 'paths.diverse.none' : 'paths.diverse.partial', params },
    bound: !complete && d.upperBound !== null ? { key: 'paths.diverse.bound', params: { n: d.upperBound, hops: maxHops } } : null,
    reasons: reasonsIn(lang, d.reasonDetails, d.reasons),
  };
}
