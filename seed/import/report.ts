// The words an import ends with: the closing summary (what was written per label and type, speed, what was left out)
// and the list of bad rows as file:line:column: reason. Shared by the CLI and anything else that reports an import.
import type { ImportReport } from './importer.js';

const SHOWN_BAD_ROWS = 50;
const num = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(entries: Record<string, number>): string {
  const list = Object.entries(entries).sort((a, b) => b[1] - a[1]);
  return list.length ? list.map(([k, v]) => `${k} ${num(v)}`).join(', ') : 'none';
}

export function summaryText(r: ImportReport): string {
  const nodes = Object.values(r.nodes).reduce((s, n) => s + n, 0);
  const rels = Object.values(r.relationships).reduce((s, n) => s + n, 0);
  const lines: string[] = [];
  const head =
    r.status === 'ok'
      ? `Imported ${num(nodes)} nodes and ${num(rels)} relationships from ${r.files.length} file(s) in ${secs(r.elapsedMs)}`
      : r.status === 'bad-rows'
        ? `Nothing written: ${num(r.badCount)} bad row(s) in ${r.files.length} file(s) (checked in ${secs(r.elapsedMs)}); fix them or re-run with --skip-bad`
        : `Interrupted during the ${r.stoppedAt?.stage ?? 'import'} after ${secs(r.elapsedMs)}`;
  lines.push('', head);
  for (const f of r.files) {
    const updates = f.updated !== undefined ? `; updated ${num(f.updated)} nodes, ${num(f.missing ?? 0)} ids not in the graph (left alone)` : '';
    lines.push(`  ${f.file}: ${num(f.rows)} rows (${f.kind}${updates})`);
  }
  if (r.status !== 'bad-rows') {
    lines.push(`  nodes          ${table(r.nodes)}`);
    lines.push(`  relationships  ${table(r.relationships)}`);
    if (r.leftOut.nodes || r.leftOut.relationships) {
      lines.push(`  left out       ${num(r.leftOut.nodes)} nodes and ${num(r.leftOut.relationships)} relationships, as the mapping says`);
    }
    const written = nodes + rels + r.updates.matched;
    lines.push(
      `  speed          ${num(r.rows / Math.max(0.001, r.elapsedMs / 1000))} rows/s overall (${num(r.rows)} rows); ` +
        `write ${num(written / Math.max(0.001, r.writeMs / 1000))} entities/s; check ${secs(r.checkMs)}, write ${secs(r.writeMs)}`,
    );
  }
  if (r.badCount) lines.push(`  bad rows       ${num(r.badCount)}${r.status === 'ok' ? ' (skipped)' : ''}`);
  if (r.ignoredFiles.length) lines.push(`  ignored files  ${r.ignoredFiles.join(', ')}`);
  if (r.status === 'interrupted' && r.stoppedAt) {
    lines.push(
      r.stoppedAt.stage === 'check'
        ? `  stopped while checking ${r.stoppedAt.file}:${r.stoppedAt.line}; nothing was written`
        : `  stopped after ${num(r.stoppedAt.written)} committed rows; last committed row ${r.stoppedAt.file || '(none)'}:${r.stoppedAt.line}. Re-run the same command to complete the import (it merges, so nothing is duplicated)`,
    );
  }
  return lines.join('\n');
}

export function badRowsText(r: ImportReport, shown = SHOWN_BAD_ROWS): string {
  if (!r.badCount) return '';
  const lines = r.badRows.slice(0, shown).map((b) => `${b.file}:${b.line}:${b.column}: ${b.reason}`);
  if (r.badCount > shown) lines.push(`... and ${num(r.badCount - shown)} more bad row(s) (${num(r.badCount)} in total)`);
  return lines.join('\n');
}

