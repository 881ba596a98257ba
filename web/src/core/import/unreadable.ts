// Uploads that no way of reading opens (a damaged workbook), as the mapping suggestions list them
// (MappingFileFit.problem), and what a check with the chosen mapping would do with each. The importer reads a file
// when a mapping entry matches it without `skip`, and every data file when there is no mapping; it fails the job on
// a file it cannot open (seed/import/plan.ts). It passes over a file no entry matches or that its entry skips, and
// lists it as not read. So the view refuses to start a check that would read such a file, lets one that ignores it
// run, and, for a mapping it cannot judge (a mapping file, a shipped one not suggested), says what to expect.
import type { Lang } from '../api/types.js';
import type { Translate } from '../i18n/translate.js';
import { listText } from './import-labels.js';
import { suggestionOf, type MappingValue, type SuggestionLike } from './import-model.js';

/** How a suggestion reads one file (MappingFileFit): only what tells an unreadable file apart. */
export interface FileFitLike {
  file: string;
  entry: string | null;
  skipped: boolean;
  problem: string | null;
}

export interface FittedSuggestion extends SuggestionLike {
  files: readonly FileFitLike[];
}

export interface Unreadable {
  file: string;
  /** Why, in the importer's words. */
  problem: string;
}

/**
 * What a check does with an unreadable upload: reads it and fails ('blocks'), passes over it ('ignored'), or the view
 * cannot tell (a mapping it has no suggestion for: 'unknown').
 */
export type UnreadableFate = 'blocks' | 'ignored' | 'unknown';

// The fitter opens its message with this; the view's sentence says "cannot be read" itself.
const FITTER_PREFIX = /^cannot read:\s*/i;

/**
 * True when the suggestion lists the file as one nothing opens. A suggestion only comes back with a file it reads but
 * that does not fit when the file cannot be read at all; a file no entry matches carries a problem too ("no file
 * entry reads it"), which is not one.
 */
export function isUnreadableIn(s: FittedSuggestion, f: FileFitLike): f is FileFitLike & { problem: string } {
  return f.problem !== null && (s.mapping === null || (f.entry !== null && !f.skipped));
}

/** The importer's reason without its "cannot read:" opening. */
export function unreadableReason(problem: string): string {
  return problem.replace(FITTER_PREFIX, '') || problem;
}

/** Every upload some suggestion found unreadable, once each, in the order the suggestions list them. */
export function unreadableUploads(suggestions: readonly FittedSuggestion[]): Unreadable[] {
  const found = new Map<string, string>();
  for (const s of suggestions) {
    for (const f of s.files) if (isUnreadableIn(s, f) && !found.has(f.file)) found.set(f.file, unreadableReason(f.problem));
  }
  return [...found].map(([file, problem]) => ({ file, problem }));
}

/** What a check with this mapping choice would do with each unreadable upload. */
export function unreadableFates(choice: MappingValue, suggestions: readonly FittedSuggestion[]): Array<Unreadable & { fate: UnreadableFate }> {
  const chosen = suggestionOf(choice, suggestions);
  return unreadableUploads(suggestions).map((u) => {
    // Without a mapping the importer reads every data file, so the file is read whether or not a suggestion says so.
    if (choice === 'none') return { ...u, fate: 'blocks' };
    const fit = chosen?.files.find((f) => f.file === u.file);
    if (!chosen || !fit) return { ...u, fate: 'unknown' };
    return { ...u, fate: fit.entry === null || fit.skipped ? 'ignored' : 'blocks' };
  });
}

/** Whether some suggestion with a mapping passes over every one of these files (an alternative to replacing them). */
export function suggestionLeavesOut(files: readonly string[], suggestions: readonly FittedSuggestion[]): boolean {
  return suggestions.some((s) => s.mapping !== null && files.every((name) => s.files.some((f) => f.file === name && (f.entry === null || f.skipped))));
}

/** The line under the mapping choice about unreadable uploads: whether it stops the check, and what it says; null when none. */
export function unreadableNotice(t: Translate, lang: Lang, choice: MappingValue, suggestions: readonly FittedSuggestion[]): { blocks: boolean; text: string } | null {
  const fates = unreadableFates(choice, suggestions);
  const blocking = fates.filter((f) => f.fate === 'blocks').map((f) => f.file);
  const unknown = fates.filter((f) => f.fate === 'unknown').map((f) => f.file);
  // Counts of files: English says "it" for one and "them" for more; Chinese reads the same either way.
  const form = (n: number) => (n === 1 ? 'one' : 'other');
  // The alternative is its own sentence, appended as the language writes sentences (English with a space).
  if (blocking.length) {
    const files = listText(lang, blocking);
    const text = t(`import.unreadable.blocks.${form(blocking.length)}`, { files });
    return { blocks: true, text: suggestionLeavesOut(blocking, suggestions) ? `${text}${t('import.unreadable.orMapping', { files })}` : text };
  }
  if (unknown.length) return { blocks: false, text: t(`import.unreadable.unknown.${form(unknown.length)}`, { files: listText(lang, unknown) }) };
  return null;
}
