// "Export CSV" beside a ranked list: writes the table the view built from its own answer (core/export/csv.ts) to a
// file. Nothing is fetched, so the file holds exactly what the user was shown, masked as it was.
import type { CsvTable } from '../core/export/csv.js';
import { csvText } from '../core/export/csv.js';
import { exportFileName } from '../core/export/subgraph-json.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';

export function ExportCsvButton({ table, name, testId = 'export-csv' }: { table: () => CsvTable; name: string; testId?: string }) {
  const { t } = useApp();
  const save = () => {
    const blob = new Blob([csvText(table())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(name, 'csv');
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" className="tool export-csv" onClick={save} title={t('csv.exportTitle')} data-testid={testId}>
      <Icon name="download" />
      <span>{t('csv.export')}</span>
    </button>
  );
}
