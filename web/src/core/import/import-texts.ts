// The import view's sentences built from a job's counts. A count of zero is left out rather than spoken ("0 stored
// ties named again" tells an admin nothing), and a count takes its language's plural form: Intl.PluralRules picks
// "one" or "other" (English: 1 row, 2 rows; Chinese has one form, so both of its entries read the same).
import type { Lang } from '../api/types.js';
import type { MessageKey } from '../i18n/messages.js';
import { formatNumber, type Translate } from '../i18n/translate.js';
import { durationParts } from './import-model.js';

/** Things the import view counts, each with a singular and a plural entry (`import.n.<thing>.one|other`). */
export type Counted = 'rows' | 'files' | 'newNodes' | 'existing' | 'ties' | 'filled' | 'differing' | 'nodes' | 'rels';

/** The counts of an ImportSummary these sentences read. */
export interface SummaryCounts {
  rows: number;
  files: readonly unknown[];
  newNodes: number;
  existingNodes: number;
  existingTies: number;
  filled: number;
  differing: number;
  nodesWritten: number;
  relationshipsWritten: number;
  elapsedMs: number;
}

/** A job's progress as Progress shows it. */
export interface ProgressCounts {
  rowsDone: number;
  rowsTotal: number | null;
}

const pluralRules: Record<Lang, Intl.PluralRules> = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh') };

/** "1 row", "2 rows", "1,204 rows"; "3 行". */
export function counted(t: Translate, lang: Lang, what: Counted, n: number): string {
  const form = pluralRules[lang].select(n) === 'one' ? 'one' : 'other';
  const key: MessageKey = `import.n.${what}.${form}`;
  return t(key, { n: formatNumber(n, lang) });
}

/** The phrases of the counts that are not zero, in the given order. */
function phrases(t: Translate, lang: Lang, counts: ReadonlyArray<readonly [Counted, number]>): string[] {
  return counts.filter(([, n]) => n > 0).map(([what, n]) => counted(t, lang, what, n));
}

/** A passed check: its rows and files, then the nodes it would create and those already stored, when there are any. */
export function checkedText(t: Translate, lang: Lang, s: SummaryCounts): string {
  const files = counted(t, lang, 'files', s.files.length);
  if (s.rows <= 0) return t('import.checked.noRows', { files });
  const rows = counted(t, lang, 'rows', s.rows);
  const nodes = phrases(t, lang, [
    ['newNodes', s.newNodes],
    ['existing', s.existingNodes],
  ]);
  return nodes.length ? t('import.checked.nodes', { rows, files, nodes: nodes.join(t('import.join.list')) }) : t('import.checked', { rows, files });
}

/** What a check found already stored: ties named again, empty values to fill, values kept; null when none of them. */
export function storedText(t: Translate, lang: Lang, s: SummaryCounts): string | null {
  const clauses = phrases(t, lang, [
    ['ties', s.existingTies],
    ['filled', s.filled],
    ['differing', s.differing],
  ]);
  if (clauses.length === 0) return null;
  // Why differing values are kept is said only when some are.
  return t(s.differing > 0 ? 'import.checked.storedKept' : 'import.checked.stored', { clauses: clauses.join(t('import.join.clauses')) });
}

/** A commit's closing line: what it wrote, from how many rows, in how long. */
export function writtenText(t: Translate, lang: Lang, s: SummaryCounts): string {
  const secs = formatNumber(s.elapsedMs / 1000, lang, 1);
  if (s.rows <= 0) return t('import.summary.noRows', { secs });
  const rows = counted(t, lang, 'rows', s.rows);
  const what = phrases(t, lang, [
    ['nodes', s.nodesWritten],
    ['rels', s.relationshipsWritten],
  ]);
  return what.length ? t('import.summary.written', { what: what.join(t('import.join.and')), rows, secs }) : t('import.summary.nothing', { rows, secs });
}

/** A running stage's rows: "Checking: 40 of 120 rows", "Checking: 1 row", or the stage alone before its first row. */
export function progressText(t: Translate, lang: Lang, stage: string, job: ProgressCounts): string {
  if (job.rowsTotal !== null) return t('import.job.rowsOf', { stage, done: formatNumber(job.rowsDone, lang), total: counted(t, lang, 'rows', job.rowsTotal) });
  if (job.rowsDone <= 0) return t('import.job.stage', { stage });
  return t('import.job.rows', { stage, rows: counted(t, lang, 'rows', job.rowsDone) });
}

/** An ETA in words without zero parts: "45 s", "3 min", "3 min 5 s", "2 h", "2 h 10 min"; null under half a second. */
export function durationText(t: Translate, seconds: number): string | null {
  const d = durationParts(seconds);
  if (d.h) return t(d.min ? 'import.time.h' : 'import.time.hOnly', d);
  if (d.min) return t(d.s ? 'import.time.min' : 'import.time.minOnly', d);
  return d.s ? t('import.time.s', d) : null;
}
