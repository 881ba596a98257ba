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
    r.status === 'ok' && r.dryRun
      ? `Dry run, nothing written: ${num(r.rows)} rows in ${r.files.length} file(s) checked in ${secs(r.elapsedMs)}; ${num(r.changes.newNodes)} new node(s), ${num(r.changes.existingNodes)} already stored`
      : r.status === 'ok'
      ? `Imported ${num(nodes)} nodes and ${num(rels)} relationships from ${r.files.length} file(s) in ${secs(r.elapsedMs)}`
      : r.status === 'bad-rows'
        ? `Nothing written: ${num(r.badCount)} bad row(s) in ${r.files.length} file(s) (checked in ${secs(r.elapsedMs)}); fix them or re-run with --skip-bad`
        : `Interrupted during the ${r.stoppedAt?.stage ?? 'import'} after ${secs(r.elapsedMs)}`;
  lines.push('', head);
  for (const f of r.files) {
    const updates = f.updated !== undefined ? `; updated ${num(f.updated)} nodes, ${num(f.missing ?? 0)} ids not in the graph (left alone)` : '';
    lines.push(`  ${f.file}: ${num(f.rows)} rows (${f.kind}${updates}${f.encoding ? `; ${f.encoding}` : ''})`);
  }
  const c = r.changes;
  if (c.existingNodes || c.existingTies || c.filled || c.differing) {
    const differ =
      r.policy === 'update'
        ? `${num(c.replaced)} value(s) ${r.dryRun ? 'would be ' : ''}replaced (old values ${r.dryRun ? 'would go' : 'kept'} in the audit record${r.auditIds.length ? ` ${r.auditIds.join(', ')}` : ''})`
        : `${num(c.differing)} stored value(s) differ from the files and were kept (--update replaces them)`;
    // Ties follow the nodes' policy (stored-ties.ts); they are named only when the import touches stored ones.
    const stored = c.existingTies ? `stored data    ${num(c.existingNodes)} node(s) and ${num(c.existingTies)} tie(s)` : `stored nodes   ${num(c.existingNodes)}`;
    lines.push(`  ${stored} already in the store: ${num(c.filled)} empty propert${c.filled === 1 ? 'y' : 'ies'} filled, ${differ}`);
  }
  const named = (list: ImportReport['names']['matched']) =>
    list.slice(0, 20).map((n) => `${n.name} (${n.id}${n.by === 'alias' ? ', by alias' : ''})`).join(', ') + (list.length > 20 ? `, ... ${num(list.length - 20)} more` : '');
  if (r.names.matched.length) lines.push(`  matched        ${num(r.names.matched.length)} by name in the store: ${named(r.names.matched)}`);
  if (r.names.created.length) lines.push(`  created        ${num(r.names.created.length)} new: ${named(r.names.created)}`);
  const skipped = r.names.skipped ?? [];
  if (skipped.length) lines.push(`  not linked     ${num(skipped.length)} not in the store (no tie): ${skipped.slice(0, 20).map((n) => `${n.name} (${n.labels.join('/')})`).join(', ')}`);
  if (r.status !== 'bad-rows' && !r.dryRun) {
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

const cell = (v: unknown) => {
  if (v === null || v === undefined) return '(empty)';
  const t = typeof v === 'string' ? v : JSON.stringify(v);
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
};

/**
 * The changes to stored nodes and ties as a table: id (a tie's is `start -TYPE-> end`), property, old, new, and what
 * happens to it (fill; replace with --update; kept by default when the values differ). Empty when the import
 * changes no stored node or tie.
 */
export function changesText(r: ImportReport, shown = SHOWN_BAD_ROWS): string {
  const table = r.changes.table;
  if (!table.length) return '';
  const rows = table.slice(0, shown).map((c) => [c.id, c.property, cell(c.old), cell(c.new), c.kind === 'differs' ? 'kept' : c.kind]);
  const head = ['id', 'property', 'old', 'new', 'action'];
  const width = (i: number) => Math.max(head[i]!.length, ...rows.map((row) => [...row[i]!].length));
  const pad = (t: string, w: number) => t + ' '.repeat(Math.max(0, w - [...t].length));
  const line = (row: string[]) => row.map((t, i) => pad(t, width(i))).join('  ').trimEnd();
  const total = r.changes.filled + r.changes.differing;
  const what = r.changes.existingTies ? 'nodes and ties' : 'nodes';
  const out = [`Changes to stored ${what}${r.dryRun ? ' (dry run: nothing written)' : ''}:`, line(head), ...rows.map(line)];
  if (total > rows.length) out.push(`... and ${num(total - rows.length)} more (${num(total)} in total)`);
  return out.join('\n');
}

export function badRowsText(r: ImportReport, shown = SHOWN_BAD_ROWS): string {
  if (!r.badCount) return '';
  const lines = r.badRows.slice(0, shown).map((b) => `${b.file}:${b.line}:${b.column}: ${b.reason}`);
  if (r.badCount > shown) lines.push(`... and ${num(r.badCount - shown)} more bad row(s) (${num(r.badCount)} in total)`);
  return lines.join('\n');
}

