// A spreadsheet read by its header texts ("columns" in the mapping): each row gives one node of the entry's label,
// its id made from the key columns, and one tie per name in each tie column. A tie's named end may take its label
// from another column of the row ("labelFrom": 单位类型 企业 / 高校 / ...), hang off another tie's end instead of the
// row's node ("of": the organisation's region), and carry properties read from the row (角色 -> role).
import type { NodeLabel } from '../../server/model/model.js';
import { damageReason } from './damage.js';
import { nameRef, RowError, sheetRowId, type Cells, type Transform, type WantedLabel } from './drafts.js';
import { compileExpr, configError, exprColumns, requireColumn, type CompileContext, type CompiledExpr } from './expressions.js';
import type { ColumnTieSpec, EndLabel, FileSpec } from './mapping.js';
import { columnAlternatives, endLabelName, tieLabels } from './sheet-mapping.js';
import { buildNode, buildRel, compileProps, emptyOutput, labelResolver, propTypeFor, typeResolver, typed, type PropSource } from './transform.js';

/**
 * The header columns an entry reads: its "columns" keys, and the columns its ties read through "labelFrom" and
 * property expressions (required where their tie is, since a tie without its type column cannot be checked).
 */
export function sheetColumns(spec: FileSpec): Array<{ key: string; optional: boolean }> {
  const out = new Map<string, boolean>();
  for (const [key, target] of Object.entries(spec.columns ?? {})) out.set(key, typeof target === 'object' && target.optional === true);
  for (const target of Object.values(spec.columns ?? {})) {
    if (typeof target !== 'object' || !('tie' in target)) continue;
    const reads = [...(target.labelFrom ? [target.labelFrom.column] : []), ...Object.values(target.props ?? {}).flatMap((v) => (typeof v === 'object' ? exprColumns(v) : []))];
    for (const key of reads) if (!out.has(key)) out.set(key, target.optional === true);
  }
  return [...out].map(([key, optional]) => ({ key, optional }));
}

interface TieProp {
  prop: string;
  eval: CompiledExpr | null;
  value: unknown;
}

interface CompiledTie {
  col: string;
  type: string;
  labels: NodeLabel[];
  outgoing: boolean;
  split?: string;
  create: boolean;
  skipUnknown: boolean;
  /** The tie column whose named end this tie starts from, instead of the row's node. */
  of?: string;
  want?: (cells: Cells) => WantedLabel;
  props: TieProp[];
}

/** "labelFrom" compiled: the type cell's text to the wanted label and the constants of a node created for it. */
function compileLabelFrom(spec: NonNullable<ColumnTieSpec['labelFrom']>, ctx: CompileContext, at: string): (cells: Cells) => WantedLabel {
  requireColumn(ctx, at, spec.column);
  const resolve = (t: EndLabel) => {
    const label = endLabelName(t) as NodeLabel;
    const props = Object.fromEntries(Object.entries(typeof t === 'object' ? (t.props ?? {}) : {}).map(([k, v]) => [k, typed(v, propTypeFor(label, k)!, k, 1)]));
    return { label, props };
  };
  const map = new Map(Object.entries(spec.map).map(([text, t]) => [text.trim(), resolve(t)]));
  const fallback = spec.default === undefined ? undefined : resolve(spec.default);
  const key = spec.column;
  // Messages name the column by its first header text (单位类型), not the whole list of alternatives.
  const column = columnAlternatives(key)[0] ?? key;
  return (cells) => {
    const text = (cells.text(key) ?? '').trim();
    const col = cells.col(key);
    const hit = map.get(text) ?? fallback;
    if (hit) return { ...hit, col, column, text };
    if (text === '') return { props: {}, col, column, text };
    throw new RowError(col, `column '${column}': '${text}' is not a type this mapping knows (${[...map.keys()].join(', ')})`);
  };
}

function compileTie(col: string, tie: ColumnTieSpec, ctx: CompileContext): CompiledTie {
  const key = `columns.${col}`;
  return {
    col,
    type: tie.tie,
    labels: tieLabels(tie),
    outgoing: tie.to !== undefined,
    ...(tie.split ? { split: tie.split } : {}),
    create: tie.skipUnknown ? false : (tie.create ?? true),
    skipUnknown: tie.skipUnknown ?? false,
    ...(tie.of !== undefined ? { of: tie.of } : {}),
    ...(tie.labelFrom ? { want: compileLabelFrom(tie.labelFrom, ctx, `${key}.labelFrom.column`) } : {}),
    props: Object.entries(tie.props ?? {}).map(([prop, v]) =>
      typeof v === 'object' ? { prop, eval: compileExpr(v, ctx, `${key}.props.${prop}`), value: null } : { prop, eval: null, value: v },
    ),
  };
}

/**
 * The transform of a "columns" entry. `ctx.columns` holds the mapping keys of the columns this file has (optional
 * ones may be missing).
 */
export function compileSheetFile(ctx: CompileContext): Transform {
  const spec = ctx.spec!;
  const label = spec.label as NodeLabel;
  const resolveLabel = labelResolver(ctx);
  const resolveType = typeResolver(ctx);
  const source = ctx.mapping?.source;
  const space = spec.idSpace ?? `sheet-${label.toLowerCase()}`;
  const props: PropSource[] = [];
  const ties: CompiledTie[] = [];
  for (const [col, target] of Object.entries(spec.columns ?? {})) {
    if (ctx.columns && !ctx.columns.has(col)) continue;
    if (typeof target === 'string') {
      props.push({ prop: target, eval: compileExpr({ column: col }, ctx, `columns.${col}`) });
    } else if ('prop' in target) {
      const { prop, optional: _o, ...conversions } = target;
      props.push({ prop, eval: compileExpr({ column: col, ...conversions }, ctx, `columns.${col}`) });
    } else {
      ties.push(compileTie(col, target, ctx));
    }
  }
  // Ties that hang off another tie's end come after the ties they hang off.
  ties.sort((a, b) => Number(a.of !== undefined) - Number(b.of !== undefined));
  props.push(...compileProps(spec.props, ctx, 'props'));
  const keys = spec.key ?? [];
  const firstKey = spec.keyMode === 'first';
  if (ctx.columns && keys.every((k) => !ctx.columns!.has(k))) throw configError(ctx, 'key', `the sheet has none of the key columns ${keys.join(', ')}`);
  return (cells) => {
    const out = emptyOutput();
    const keyTexts = keys.map((k) => (cells.text(k) ?? '').trim());
    const keyCol = cells.col(keys.find((k) => ctx.columns?.has(k) ?? true)!);
    if (keyTexts.every((t) => t === '')) throw new RowError(keyCol, `no value in the key column${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`);
    // "first": the first key with a value, tagged with its place so that a number and a name never share an id.
    const at = keyTexts.findIndex((t) => t !== '');
    const id = sheetRowId(space, firstKey ? [`#${at + 1}`, keyTexts[at]!] : keyTexts);
    const values = props.map((p) => {
      const r = p.eval(cells);
      // Spreadsheet cells often carry stray spaces around a name; a cell of spaces is empty.
      const value = typeof r.value === 'string' ? r.value.trim() || null : r.value;
      return { prop: p.prop, value, col: r.col, ifMissing: r.ifMissing };
    });
    buildNode(out, resolveLabel, { id, idCol: keyCol, foreignLabels: [label], labelCol: keyCol, props: values, mode: 'merge', source });
    const ends = new Map<string, Array<{ value: string; col: number }>>();
    for (const t of ties) {
      const text = (cells.text(t.col) ?? '').trim();
      if (text === '') continue;
      const col = cells.col(t.col);
      const anchors = t.of === undefined ? [{ value: id, col: keyCol }] : (ends.get(t.of) ?? []);
      if (!anchors.length) throw new RowError(col, `column '${t.col}' has a value but '${t.of}', the node it belongs to, is empty`);
      const want = t.want?.(cells);
      const names = t.split ? text.split(t.split).map((n) => n.trim()).filter(Boolean) : [text];
      const relProps = t.props.map((p) => {
        const r = p.eval?.(cells);
        return r ? { prop: p.prop, value: typeof r.value === 'string' ? r.value.trim() || null : r.value, col: r.col, ifMissing: false } : { prop: p.prop, value: p.value, col, ifMissing: false };
      });
      const mine: Array<{ value: string; col: number }> = [];
      for (const name of names) {
        const why = damageReason(name);
        if (why) throw new RowError(col, `column '${t.col}' ${why}: ${JSON.stringify(name)}`);
        const ref = nameRef(t.labels, name, want);
        out.lookups.push({ ref, labels: t.labels, name, col, create: t.create, ...(t.skipUnknown ? { skipUnknown: true } : {}), ...(want ? { want } : {}) });
        const other = { value: ref, col };
        mine.push(other);
        for (const me of anchors) {
          buildRel(out, resolveType, { typeName: t.type, typeCol: col, start: t.outgoing ? me : other, end: t.outgoing ? other : me, props: relProps, source, optional: false });
        }
      }
      ends.set(t.col, mine);
    }
    return out;
  };
}
