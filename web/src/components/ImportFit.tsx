// Under the import form's mapping choice: why the chosen suggestion fits (one line per file: the sheet, header row
// and encoding read, the columns found and missing, or why a file cannot be read at all), and the line saying what a
// check would do with an upload nothing can open (unreadable.ts): stop at it, pass over it, or depend on the mapping.
import type { ImportSuggestQuery } from '../core/api/generated.js';
import { listText } from '../core/import/import-labels.js';
import type { MappingValue } from '../core/import/import-model.js';
import { isUnreadableIn, unreadableNotice, unreadableUploads } from '../core/import/unreadable.js';
import { useApp } from './app-context.js';

export type Suggestion = ImportSuggestQuery['suggestImportMappings'][number];

/** One line per file on why a suggestion fits; `all` tells which uploads no suggestion could open. */
export function FitReasons({ suggestion, all }: { suggestion: Suggestion; all: readonly Suggestion[] }) {
  const { t, state } = useApp();
  const list = (items: readonly string[]) => listText(state.lang, items);
  const broken = new Map(unreadableUploads(all).map((u) => [u.file, u.problem]));
  // A file the import passes over says so, and that it is damaged too: the admin may still want its rows.
  const passedOver = (file: string, key: 'import.fit.ignored' | 'import.fit.skipped') => {
    const problem = broken.get(file);
    return `${t(key, { file })}${problem === undefined ? '' : t('import.fit.unreadableToo', { problem })}`;
  };
  return (
    <ul className="muted small" data-testid="import-fit" aria-label={t('import.fit.title')}>
      {suggestion.files.map((f) => {
        if (isUnreadableIn(suggestion, f)) {
          return (
            <li key={f.file} className="form-error" data-testid="import-fit-unreadable" data-file={f.file}>
              {t('import.fit.unreadable', { file: f.file, problem: broken.get(f.file) ?? f.problem })}
            </li>
          );
        }
        // The "no mapping" suggestion has no entry for any file: each is read as it is, not ignored.
        if (suggestion.mapping === null) return <li key={f.file}>{t('import.fit.asIs', { file: f.file })}</li>;
        if (f.entry === null) return <li key={f.file}>{passedOver(f.file, 'import.fit.ignored')}</li>;
        if (f.skipped) return <li key={f.file}>{passedOver(f.file, 'import.fit.skipped')}</li>;
        const where = [...(f.sheet ? [t('import.fit.sheet', { sheet: f.sheet })] : []), ...(f.headerLine ? [t('import.fit.row', { line: f.headerLine })] : []), ...(f.encoding ? [f.encoding] : [])];
        return (
          <li key={f.file}>
            {t('import.fit.file', { file: f.file, where: listText(state.lang, where, 'plain'), found: list(f.found) })}
            {f.missing.length > 0 && t('import.fit.missing', { missing: list(f.missing) })}
          </li>
        );
      })}
    </ul>
  );
}

/** What a check with this choice would do with uploads nothing opens; nothing when there are none. */
export function UnreadableNotice({ choice, suggestions }: { choice: MappingValue; suggestions: readonly Suggestion[] }) {
  const { t, state } = useApp();
  const notice = unreadableNotice(t, state.lang, choice, suggestions);
  if (!notice) return null;
  return (
    <p id="import-unreadable" className={notice.blocks ? 'form-error' : 'muted small'} role={notice.blocks ? 'alert' : undefined} data-testid="import-unreadable" data-blocks={notice.blocks}>
      {notice.text}
    </p>
  );
}
