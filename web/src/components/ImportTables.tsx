// The Import view's two tables: a check's bad rows (file:line:column) and the stored values a commit would keep
// although the files say otherwise.
import type { ImportJobsQuery } from '../core/api/generated.js';
import { formatNumber, propLabel } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';

type Job = ImportJobsQuery['importJobs'][number];

/** What a commit would keep although the files say otherwise (the web import never replaces a stored value). */
export function Differences({ summary }: { summary: NonNullable<Job['summary']> }) {
  const { t, state } = useApp();
  return (
    <div className="desk-table-wrap">
      <table className="desk-table" data-testid="import-differences">
        <caption>
          {t('import.diff.caption', { count: formatNumber(summary.differing, state.lang) })}
          {summary.differing > summary.differences.length && t('import.problems.shown', { shown: formatNumber(summary.differences.length, state.lang) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.diff.subject')}</th>
            <th scope="col">{t('import.diff.property')}</th>
            <th scope="col">{t('import.diff.stored')}</th>
            <th scope="col">{t('import.diff.incoming')}</th>
            <th scope="col">{t('import.diff.at')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.differences.map((d) => (
            <tr key={`${d.subject}|${d.property}|${d.at}`} data-testid="import-difference">
              <th scope="row">
                <code>{d.subject}</code>
              </th>
              <td title={d.property}>{propLabel(state.lang, d.property)}</td>
              <td>{d.stored}</td>
              <td>{d.incoming}</td>
              <td>
                <code>{d.at}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Problems({ job }: { job: Job }) {
  const { t, state } = useApp();
  return (
    <div className="desk-table-wrap">
      <table className="desk-table" data-testid="import-problems">
        <caption>
          {t('import.problems.caption', { count: formatNumber(job.problemCount, state.lang) })}
          {job.problemCount > job.problems.length && t('import.problems.shown', { shown: formatNumber(job.problems.length, state.lang) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.problems.where')}</th>
            <th scope="col">{t('import.problems.message')}</th>
          </tr>
        </thead>
        <tbody>
          {job.problems.map((p) => (
            <tr key={`${p.file}:${p.line}:${p.column}`} data-testid="import-problem">
              <th scope="row">
                <code>{`${p.file}:${p.line}:${p.column}`}</code>
              </th>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('import.problems.fix')}</p>
    </div>
  );
}
