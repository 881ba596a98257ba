// The canvas as two tables, beside it: its nodes and its ties, each sortable by any column (aria-sort on the
// header), filterable by words, and copyable as TSV. Selection is shared with the canvas: a row's button selects
// that node (or tie) on the canvas, and a node chosen on the canvas marks and scrolls to its row. This is the
// screen-reader path through every answer. The rows come from the canvas controller; the ordering and filtering
// from core/table.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatScore } from '../core/i18n/translate.js';
import type { MessageKey } from '../core/i18n/messages.js';
import {
  filterRows,
  nextSort,
  nodeCell,
  nodeColumns,
  nodeRows,
  nodeSearchText,
  sortRows,
  tieCell,
  tieRows,
  tieSearchText,
  TIE_COLUMNS,
  toTsv,
  type NodeColumn,
  type NodeRow,
  type Sort,
  type TieColumn,
  type TieRow,
} from '../core/table/table-model.js';
import { useApp } from './app-context.js';
import { Icon } from './Icon.js';
import { TypeSwatch } from './TypeSwatch.js';

const NUMERIC = new Set<string>(['degree', 'score', 'strength']);

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (insecure origin, older browser): the selection-based copy still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

/** A table's header row: one sortable header per column; choosing one moves the sort along (nextSort). */
function SortableHead<C extends string>({ columns, sort, onSort }: { columns: readonly C[]; sort: Sort<C> | null; onSort(next: (s: Sort<C> | null) => Sort<C> | null): void }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <SortHeader key={c} column={c} sort={sort} onSort={(col) => onSort((s) => nextSort(s, col))} />
        ))}
      </tr>
    </thead>
  );
}

function SortHeader<C extends string>({ column, sort, onSort }: { column: C; sort: Sort<C> | null; onSort(c: C): void }) {
  const { t } = useApp();
  const label = t(`a11y.col.${column}` as MessageKey);
  const active = sort?.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={NUMERIC.has(column) ? 'num' : undefined}>
      <button type="button" className="sort-btn" onClick={() => onSort(column)} title={t('a11y.table.sortBy', { column: label })} data-testid={`sort-${column}`}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function TableTools({ filter, onFilter, label, copyLabel, onCopy, testId }: { filter: string; onFilter(v: string): void; label: string; copyLabel: string; onCopy(): void; testId: string }) {
  const { t } = useApp();
  const id = useId();
  return (
    <div className="table-tools">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} type="search" value={filter} onChange={(e) => onFilter(e.target.value)} placeholder={t('a11y.table.filterPlaceholder')} data-testid={`${testId}-filter`} />
      <button type="button" className="btn btn-small" onClick={onCopy} title={copyLabel} aria-label={copyLabel} data-testid={`${testId}-copy`}>
        <Icon name="download" size={13} />
        <span>{t('a11y.table.copy')}</span>
      </button>
    </div>
  );
}

/** One of the two tables: its filter and copy tools, caption, sortable header, rows, and a note when none match. */
function TableBlock<C extends string>(props: {
  kind: 'nodes' | 'ties';
  filter: string;
  onFilter(v: string): void;
  onCopy(): void;
  counts: { total: number; shown: number };
  columns: readonly C[];
  sort: Sort<C> | null;
  onSort(next: (s: Sort<C> | null) => Sort<C> | null): void;
  noMatch: boolean;
  children: React.ReactNode;
}) {
  const { t } = useApp();
  const nodes = props.kind === 'nodes';
  const testId = `${props.kind}-table`;
  return (
    <div className="table-block">
      <TableTools
        filter={props.filter}
        onFilter={props.onFilter}
        onCopy={props.onCopy}
        testId={testId}
        label={t(nodes ? 'a11y.table.filterNodes' : 'a11y.table.filterTies')}
        copyLabel={t(nodes ? 'a11y.table.copyNodes' : 'a11y.table.copyTies')}
      />
      <table className="data-table" data-testid={testId}>
        <caption>{t(nodes ? 'a11y.table.nodesCaption' : 'a11y.table.tiesCaption', props.counts)}</caption>
        <SortableHead columns={props.columns} sort={props.sort} onSort={props.onSort} />
        <tbody>{props.children}</tbody>
      </table>
      {props.noMatch && <p className="muted small">{t('a11y.table.noMatch')}</p>}
    </div>
  );
}

function numberText(column: string, v: string | number | null): string {
  if (v === null) return '';
  if (typeof v !== 'number') return v;
  if (column === 'score') return formatScore(v);
  if (column === 'strength') return v.toFixed(2);
  return String(v);
}

export function CanvasTable() {
  const { canvas, snapshot, lang, t, update, notify } = useApp();
  const [nodeSort, setNodeSort] = useState<Sort<NodeColumn> | null>(null);
  const [tieSort, setTieSort] = useState<Sort<TieColumn> | null>(null);
  const [nodeFilter, setNodeFilter] = useState('');
  const [tieFilter, setTieFilter] = useState('');
  const box = useRef<HTMLDivElement>(null);

  // A new snapshot is a change on the canvas (content, highlight, selection, hidden types): read the facts again.
  const facts = useMemo(() => canvas.tableFacts(), [canvas, snapshot]);
  const allNodes = useMemo(() => nodeRows(facts.nodes, lang), [facts, lang]);
  const allTies = useMemo(() => tieRows(facts.ties, facts.names, lang), [facts, lang]);
  const columns = nodeColumns(allNodes);
  const nodes = useMemo(() => sortRows(filterRows(allNodes, nodeFilter, nodeSearchText), nodeSort, nodeCell, lang), [allNodes, nodeFilter, nodeSort, lang]);
  const ties = useMemo(() => sortRows(filterRows(allTies, tieFilter, tieSearchText), tieSort, tieCell, lang), [allTies, tieFilter, tieSort, lang]);

  // A node chosen on the canvas (or anywhere else) brings its row into view, within the table's own scroll area
  // only: where the page itself scrolls (narrow windows, zoom) the canvas must not be scrolled away.
  useEffect(() => {
    const id = snapshot.selected ?? snapshot.selectedTie;
    const area = box.current;
    if (!id || !area || area.scrollHeight <= area.clientHeight) return;
    const row = [...area.querySelectorAll<HTMLElement>('tr[data-id]')].find((r) => r.dataset.id === id);
    if (!row) return;
    const top = row.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop;
    const header = row.closest('table')?.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    if (top - header < area.scrollTop) area.scrollTop = top - header;
    else if (top + row.offsetHeight > area.scrollTop + area.clientHeight) area.scrollTop = top + row.offsetHeight - area.clientHeight;
  }, [snapshot.selected, snapshot.selectedTie]);

  const copy = async (headers: string[], rows: (string | number | null)[][]) => {
    try {
      await copyText(toTsv(headers, rows));
      notify(t('a11y.table.copied', { n: rows.length }));
    } catch {
      notify(t('a11y.table.copyFailed'), 'error');
    }
  };
  const copyNodes = () =>
    void copy(
      columns.map((c) => t(`a11y.col.${c}` as MessageKey)),
      nodes.map((r) => columns.map((c) => nodeCell(r, c))),
    );
  const copyTies = () =>
    void copy(
      TIE_COLUMNS.map((c) => t(`a11y.col.${c}` as MessageKey)),
      ties.map((r) => TIE_COLUMNS.map((c) => tieCell(r, c))),
    );

  const selectNode = (row: NodeRow) => {
    update((s) => ({ ...s, selected: row.id }));
    canvas.focus(row.id);
  };
  const selectTie = (row: TieRow) => canvas.selectTie(snapshot.selectedTie === row.id ? null : row.id);

  if (!allNodes.length) {
    return (
      <div className="canvas-table" data-testid="canvas-table" ref={box}>
        <p className="status status-empty">{t('a11y.table.empty')}</p>
      </div>
    );
  }

  return (
    <div className="canvas-table" data-testid="canvas-table" ref={box}>
      <TableBlock kind="nodes" filter={nodeFilter} onFilter={setNodeFilter} onCopy={copyNodes} counts={{ total: allNodes.length, shown: nodes.length }} columns={columns} sort={nodeSort} onSort={setNodeSort} noMatch={nodes.length === 0}>
        {nodes.map((r) => {
          const selected = snapshot.selected === r.id;
          // The row's button sits in the name column of the page's language (the Chinese one when there is no English name).
          const buttonColumn: NodeColumn = lang === 'en' && r.nameEn ? 'nameEn' : 'nameZh';
          const name = buttonColumn === 'nameEn' ? r.nameEn : r.nameZh;
          return (
            <tr key={r.id} data-id={r.id} data-selected={selected} className={`${selected ? 'selected' : ''}${r.highlighted ? ' in-result' : ''}`} data-testid="node-row">
              {columns.map((c) => {
                if (c === 'type')
                  return (
                    <td key={c}>
                      <span className="type-cell">
                        <TypeSwatch type={r.type} size={12} />
                        {r.typeText}
                      </span>
                    </td>
                  );
                if (c === buttonColumn)
                  return (
                    <td key={c}>
                      <button type="button" className="row-select" aria-pressed={selected} aria-label={t('a11y.table.select', { name })} onClick={() => selectNode(r)} data-testid="node-row-select">
                        {name}
                      </button>
                      {r.highlighted && <span className="badge badge-result small">{t('a11y.table.inResult')}</span>}
                    </td>
                  );
                return (
                  <td key={c} className={NUMERIC.has(c) ? 'num' : undefined}>
                    {numberText(c, nodeCell(r, c))}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </TableBlock>
      <TableBlock kind="ties" filter={tieFilter} onFilter={setTieFilter} onCopy={copyTies} counts={{ total: allTies.length, shown: ties.length }} columns={TIE_COLUMNS} sort={tieSort} onSort={setTieSort} noMatch={ties.length === 0 && allTies.length > 0}>
        {ties.map((r) => {
          const selected = snapshot.selectedTie === r.id;
          return (
            <tr key={r.id} data-id={r.id} data-from={r.from} data-to={r.to} data-type={r.type} data-selected={selected} className={`${selected ? 'selected' : ''}${r.highlighted ? ' in-result' : ''}`} data-testid="tie-row">
              <td>
                <button type="button" className="row-select" aria-pressed={selected} aria-label={t('a11y.table.selectTie', { type: r.typeText, from: r.fromName, to: r.toName })} onClick={() => selectTie(r)}>
                  {r.typeText}
                </button>
                {r.highlighted && <span className="badge badge-result small">{t('a11y.table.inResult')}</span>}
              </td>
              <td>{r.fromName}</td>
              <td>{r.toName}</td>
              <td>{r.start ?? ''}</td>
              <td>{r.end ?? ''}</td>
              <td className="num">{numberText('strength', r.strength)}</td>
            </tr>
          );
        })}
      </TableBlock>
    </div>
  );
}
