// The Import view's two tables: a check's bad rows (file:line:column) and the stored values a commit would keep
// although the files say otherwise.
import type { ReactNode } from 'react';
import type { ImportJobsQuery } from '../core/api/generated.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { formatNumber, propLabel } from '../core/i18n/translate.js';
import { useApp } from './app-context.js';

type Job = ImportJobsQuery['importJobs'][number];

/**
 * Both tables list only the first rows the server sends; the caption gives the full count and, when rows were left
 * out, how many are listed.
 */
function CappedTable(props: { testId: string; caption: MessageKey; total: number; listed: number; columns: readonly MessageKey[]; children: ReactNode; note?: ReactNode }) {
  const { t, state } = useApp();
  return (
    <div className="desk-table-wrap">
      <table className="desk-table" data-testid={props.testId}>
        <caption>
          {t(props.caption, { count: formatNumber(props.total, state.lang) })}
          {props.total > props.listed && t('import.problems.shown', { shown: formatNumber(props.listed, state.lang) })}
        </caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c} scope="col">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
      {props.note}
    </div>
  );
}

const DIFF_COLUMNS: readonly MessageKey[] = ['import.diff.subject', 'import.diff.property', 'import.diff.stored', 'import.diff.incoming', 'import.diff.at'];
const PROBLEM_COLUMNS: readonly MessageKey[] = ['import.problems.where', 'import.problems.message'];

/** What a commit would keep although the files say otherwise (the web import never replaces a stored value). */
export function Differences({ summary }: { summary: NonNullable<Job['summary']> }) {
  const { state } = useApp();
  return (
    <CappedTable testId="import-differences" caption="import.diff.caption" total={summary.differing} listed={summary.differences.length} columns={DIFF_COLUMNS}>
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
    </CappedTable>
  );
}

export function Problems({ job }: { job: Job }) {
  const { t } = useApp();
  return (
    <CappedTable testId="import-problems" caption="import.problems.caption" total={job.problemCount} listed={job.problems.length} columns={PROBLEM_COLUMNS} note={<p className="muted">{t('import.problems.fix')}</p>}>
      {job.problems.map((p) => (
        <tr key={`${p.file}:${p.line}:${p.column}`} data-testid="import-problem">
          <th scope="row">
            <code>{`${p.file}:${p.line}:${p.column}`}</code>
          </th>
          <td>{p.message}</td>
        </tr>
      ))}
    </CappedTable>
  );
}
