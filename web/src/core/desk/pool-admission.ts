// The pool admission form and the member filters, checked before anything is sent: one 0..100 score per dimension
// of the pool (the pool says which), tags split on commas of either script, and minimum-score filters. Errors are
// per field, so the form can show each next to its input.

export type FieldProblem = 'required' | 'notNumber' | 'range';

export interface AdmissionDraft {
  personId: string | null;
  /** Raw text of each score input, by dimension. */
  scores: Readonly<Record<string, string>>;
  tags: string;
}

export interface ScoreEntry {
  dimension: string;
  score: number;
}

export interface CheckedAdmission {
  /** Field problems by field: `person`, `tags`, or `score:<dimension>`. Empty when the draft can be sent. */
  errors: Record<string, FieldProblem>;
  scores: ScoreEntry[];
  tags: string[];
}

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/** Tags from free text: split on , ， 、 ; ； or new lines, trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,，、;；\n]+/)) {
    const tag = raw.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** A score as typed: an integer or decimal within 0..100, else the problem with it. */
export function parseScore(text: string | undefined): number | FieldProblem {
  const t = (text ?? '').trim();
  if (!t) return 'required';
  if (!/^\d+(\.\d+)?$/.test(t)) return 'notNumber';
  const n = Number(t);
  return n >= 0 && n <= 100 ? n : 'range';
}

export function checkAdmission(draft: AdmissionDraft, dimensions: readonly string[]): CheckedAdmission {
  const errors: Record<string, FieldProblem> = {};
  const scores: ScoreEntry[] = [];
  if (!draft.personId) errors.person = 'required';
  for (const dimension of dimensions) {
    const v = parseScore(draft.scores[dimension]);
    if (typeof v === 'number') scores.push({ dimension, score: v });
    else errors[`score:${dimension}`] = v;
  }
  const tags = parseTags(draft.tags);
  if (tags.length > MAX_TAGS || tags.some((t) => t.length > MAX_TAG_LENGTH)) errors.tags = 'range';
  return { errors, scores, tags };
}

/** Minimum-score filters from their inputs: only the dimensions with a valid number, as the API takes them. */
export function minScoreFilters(inputs: Readonly<Record<string, string>>, dimensions: readonly string[]): ScoreEntry[] {
  const out: ScoreEntry[] = [];
  for (const dimension of dimensions) {
    const raw = inputs[dimension];
    if (!raw || !raw.trim()) continue;
    const v = parseScore(raw);
    if (typeof v === 'number' && v > 0) out.push({ dimension, score: v });
  }
  return out;
}

/**
 * Which field a server's BAD_USER_INPUT message is about, when it names one: a pool dimension (the API names a
 * missing or unknown one), the score range, or the person. Null when the message names none of them.
 */
export function fieldOfServerError(message: string, dimensions: readonly string[]): string | null {
  const byLength = [...dimensions].sort((a, b) => b.length - a.length);
  for (const d of byLength) if (message.includes(d)) return `score:${d}`;
  if (/tag/i.test(message)) return 'tags';
  if (/person/i.test(message)) return 'person';
  return null;
}
