// The job summary's "Not read" line: the files and archive entries the import passed over (no mapping entry reads
// them, or they are not data files), so that what an upload held but the import left is seen before a commit.
import type { ImportJobsQuery } from '../core/api/generated.js';
import { formatNumber } from '../core/i18n/translate.js';
import { listText } from '../core/import/import-labels.js';
import { notReadKey, notReadNames } from '../core/import/not-read.js';
import { useApp } from './app-context.js';

type Summary = NonNullable<ImportJobsQuery['importJobs'][number]['summary']>;

export function ImportNotRead({ summary }: { summary: Summary | null | undefined }) {
  const { t, state } = useApp();
  if (!summary) return null;
  const { names, more, all } = notReadNames(summary.ignoredFiles);
  if (!names.length) return null;
  const files = listText(state.lang, more ? [...names, t('import.notRead.more', { more: formatNumber(more, state.lang) })] : names);
  return (
    <p className="muted" data-testid="import-not-read" title={all.join('\n')}>
      {t(notReadKey(all.length), { files })}
    </p>
  );
}
