// Turns one record of a file into model nodes and relationships, following the file's header and its mapping entry.
// Three shapes share one engine: header-convention CSV (a node or relationship per row), "rows" CSV (each row gives
// several nodes and relationships by the mapping's recipe) and JSON lines. Everything a row can get wrong is thrown
// as RowError with the 1-based column (CSV field number; character position for JSON lines) it concerns.
import crypto from 'node:crypto';
import {
  COMMON_NODE_PROPS,
  NODE_LABELS,
  NODE_PROPS,
  isNodeLabel,
  isRelType,
  isRoleLabel,
  relPropType,
  type NodeLabel,
  type PropType,
  type RelType,
  type RoleLabel,
} from '../../server/model/model.js';
import type { Column, Header } from './header.js';
import { ImportConfigError, anyNodePropType, type Expr, type FileSpec, type LabelTarget, type Mapping, type NodeSpec, type RelSpec } from './mapping.js';
import { damageReason } from './damage.js';
import { parseByPattern, parseCell, toModelValue, ValueError } from './values.js';

export class RowError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'RowError';
  }
}

export type NodeMode = 'merge' | 'update' | 'append';

export interface NodeDraft {
  id: string;
  /** The model label; absent only for update/append entries that name none. */
  label?: NodeLabel;
  roles: RoleLabel[];
  /** Model-typed values (dates as YYYY-MM-DD strings), ready for writer.nodeRow. */
  props: Record<string, unknown>;
  /** Values written only when the node is created (placeholders that a later source may improve). */
  createProps: Record<string, unknown>;
  mode: NodeMode;
  idCol: number;
}

export interface RelDraft {
  type: RelType;
  start: string;
  end: string;
  startCol: number;
  endCol: number;
  props: Record<string, unknown>;
}

/** A tie's other end, named in a spreadsheet cell: found in the store by name or alias, else created. */
export interface NameLookup {
  /** The stand-in id the row's relationships carry until the importer resolves it (see nameRef). */
  ref: string;
  labels: NodeLabel[];
  name: string;
  col: number;
  create: boolean;
}

/** A stand-in id for "the node of these labels named so"; it starts with NUL, which no real id does. */
export function nameRef(labels: readonly NodeLabel[], name: string): string {
  return `\u0000${labels.join(',')}\u0000${name}`;
}

export const isNameRef = (id: string): boolean => id.charCodeAt(0) === 0;

export interface RowOutput {
  /** Ends of ties named by text (spreadsheet files), resolved by the importer. */
  lookups: NameLookup[];
  nodes: NodeDraft[];
  /** Ids of nodes the mapping says to leave out (label mapped to null); relationships touching them are left out too. */
  skippedNodes: string[];
  rels: RelDraft[];
  /** Relationships left out because their type maps to null. */
  skippedRels: number;
}

/** What a transform reads from a record: typed values, raw text and the column each came from. */
export interface Cells {
  get(name: string): unknown;
  text(name: string): string | undefined;
  col(name: string): number;
}

export type Transform = (cells: Cells) => RowOutput;

interface Evaluated {
  value: unknown;
  col: number;
  ifMissing: boolean;
}
type CompiledExpr = (cells: Cells) => Evaluated;

const TEMPLATE_REF = /\{([^{}]+)\}/g;

export interface CompileContext {
  mapping?: Mapping;
  spec?: FileSpec;
  /** The file as the user named it, for messages. */
  file: string;
  /** Where in the mapping this file's entry is (`files[2]`), for messages. */
  where: string;
  /** Known columns (CSV); undefined when any name may appear (JSON lines). */
  columns?: ReadonlySet<string>;
  arrayDelimiter: string;
}

function configError(ctx: CompileContext, key: string, message: string): ImportConfigError {
  if (!ctx.mapping) return new ImportConfigError(`${ctx.file}: ${message}`);
  return new ImportConfigError(`${ctx.mapping.file}: ${ctx.where}${key ? `.${key}` : ''}: ${message} (file ${ctx.file})`);
}

function requireColumn(ctx: CompileContext, key: string, name: string): void {
  if (ctx.columns && !ctx.columns.has(name)) {
    throw configError(ctx, key, `column '${name}' is not in the header (columns: ${[...ctx.columns].join(', ')})`);
  }
}

/** Columns an expression reads, so that header files do not also copy them under their own names. */
export function exprColumns(e: Expr): string[] {
  if (typeof e === 'string') return e.includes('{') ? [...e.matchAll(TEMPLATE_REF)].map((m) => m[1]!) : [e];
  if (e.column) return [e.column];
  if (e.template) return [...e.template.matchAll(TEMPLATE_REF)].map((m) => m[1]!);
  return [];
}

export function compileExpr(e: Expr, ctx: CompileContext, key: string): CompiledExpr {
  const spec = typeof e === 'string' ? (e.includes('{') ? { template: e } : { column: e }) : e;
  let base: (cells: Cells) => { value: unknown; col: number };
  if (spec.column !== undefined) {
    const name = spec.column;
    requireColumn(ctx, key, name);
    // Conversions work on the text as written; a plain copy keeps the header's type.
    const wantsText = spec.format !== undefined || spec.replace !== undefined || spec.map !== undefined;
    base = wantsText
      ? (cells) => {
          const t = cells.text(name);
          return { value: t === undefined || t.trim() === '' ? null : t, col: cells.col(name) };
        }
      : (cells) => ({ value: cells.get(name) ?? null, col: cells.col(name) });
  } else if (spec.template !== undefined) {
    const template = spec.template;
    const refs = [...template.matchAll(TEMPLATE_REF)].map((m) => m[1]!);
    if (!refs.length) throw configError(ctx, key, `the template '${template}' names no {column}`);
    for (const r of refs) requireColumn(ctx, key, r);
    // split() on a capturing pattern alternates literal text and column names: [text, name, text, name, text].
    const parts = template.split(TEMPLATE_REF);
    base = (cells) => {
      let any = false;
      let value = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const t = (cells.text(parts[i]!) ?? '').trim();
        if (t !== '') any = true;
        value += t + parts[i + 1]!;
      }
      return { value: any ? (refs.length > 1 ? value.replace(/\s+/g, ' ').trim() : value.trim()) : null, col: cells.col(refs[0]!) };
    };
  } else {
    const value = spec.value;
    base = () => ({ value, col: 1 });
  }
  const replace = spec.replace ? Object.entries(spec.replace) : undefined;
  const map = spec.map;
  const hasDefault = spec.default !== undefined;
  const format = spec.format;
  const split = spec.split;
  const ifMissing = spec.ifMissing ?? false;
  return (cells) => {
    const out = base(cells);
    let v = out.value;
    if (v !== null && replace && typeof v === 'string') for (const [from, to] of replace) v = (v as string).split(from).join(to);
    if (v !== null && map) {
      const k = String(v);
      if (Object.hasOwn(map, k)) v = map[k];
      else if (hasDefault) v = spec.default;
      else throw new RowError(out.col, `no entry for ${JSON.stringify(k)} in the mapping's "map" (${Object.keys(map).join(', ')})`);
    }
    if (v !== null && format) {
      try {
        const parsed = parseByPattern(String(v), format);
        v = parsed.hasTime ? parsed.dateTime : parsed.date;
      } catch (err) {
        throw new RowError(out.col, (err as Error).message);
      }
    }
    if (v !== null && split && typeof v === 'string') v = v.split(split).map((s) => s.trim()).filter(Boolean);
    return { value: v ?? null, col: out.col, ifMissing };
  };
}

type LabelResolution = { skip: true } | { skip: false; label?: NodeLabel; roles: RoleLabel[]; props: Record<string, unknown> };

/** Foreign label (or a model label) to model label, roles and constant properties; undefined when unknown. */
function labelResolver(ctx: CompileContext): (name: string) => LabelResolution | undefined {
  const cache = new Map<string, LabelResolution | undefined>();
  const fromTarget = (t: LabelTarget): LabelResolution => {
    const label = typeof t === 'string' ? t : t.label;
    const roles: RoleLabel[] = [];
    let main: NodeLabel | undefined;
    if (isNodeLabel(label)) main = label;
    else if (isRoleLabel(label)) roles.push(label);
    if (typeof t === 'object') for (const r of t.roles ?? []) if (isRoleLabel(r)) roles.push(r);
    return { skip: false, ...(main ? { label: main } : {}), roles, props: typeof t === 'object' ? (t.props ?? {}) : {} };
  };
  return (name) => {
    if (cache.has(name)) return cache.get(name);
    let res: LabelResolution | undefined;
    const local = ctx.spec?.labels;
    const global = ctx.mapping?.labels;
    const target = local && Object.hasOwn(local, name) ? local[name] : global && Object.hasOwn(global, name) ? global[name] : undefined;
    if (target === null) res = { skip: true };
    else if (target !== undefined) res = fromTarget(target);
    else if (isNodeLabel(name) || isRoleLabel(name)) res = fromTarget(name);
    cache.set(name, res);
    return res;
  };
}

/** Foreign type (or a model type) to model type; null means "leave such relationships out"; undefined is unknown. */
function typeResolver(ctx: CompileContext): (name: string) => RelType | null | undefined {
  return (name) => {
    const local = ctx.spec?.types;
    const global = ctx.mapping?.types;
    const target = local && Object.hasOwn(local, name) ? local[name] : global && Object.hasOwn(global, name) ? global[name] : name;
    if (target === null) return null;
    return target !== undefined && isRelType(target) ? target : undefined;
  };
}

function propTypeFor(label: NodeLabel | undefined, prop: string): PropType | undefined {
  if (!label) return anyNodePropType(prop);
  return COMMON_NODE_PROPS[prop] ?? NODE_PROPS[label][prop];
}

function typed(value: unknown, type: PropType, prop: string, col: number): unknown {
  try {
    return toModelValue(value, type);
  } catch (e) {
    throw new RowError(col, `property '${prop}': ${(e as ValueError).message}`);
  }
}

interface PropValue {
  prop: string;
  value: unknown;
  col: number;
  ifMissing: boolean;
}

interface PropSource {
  prop: string;
  eval: (cells: Cells) => Evaluated;
}

/** A text value (or list of texts) that looks damaged is a bad row at its column, never a stored value. */
function refuseDamaged(v: unknown, prop: string, col: number): void {
  if (typeof v === 'string') {
    const why = damageReason(v);
    if (why) throw new RowError(col, `property '${prop}' ${why}: ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`);
  } else if (Array.isArray(v)) {
    for (const x of v) if (typeof x === 'string') refuseDamaged(x, prop, col);
  }
}

/** A node of one row as its file gives it: id, labels as written (foreign names allowed), values with columns. */
interface NodeParts {
  id: string;
  idCol: number;
  foreignLabels: readonly string[];
  labelCol: number;
  props: readonly PropValue[];
  mode: NodeMode;
  source: string | undefined;
}

/** Builds a node from its parts; shared by header, rows, sheet and JSON-lines files. */
function buildNode(out: RowOutput, resolve: (name: string) => LabelResolution | undefined, parts: NodeParts): void {
  const { id, idCol, foreignLabels, labelCol, props, mode, source } = parts;
  let label: NodeLabel | undefined;
  const roles: RoleLabel[] = [];
  const constant: Record<string, unknown> = {};
  for (const name of foreignLabels) {
    const r = resolve(name);
    if (r === undefined) throw new RowError(labelCol, `unknown label '${name}' (not a model label and not in the mapping's "labels")`);
    if (r.skip) {
      out.skippedNodes.push(id);
      return;
    }
    if (r.label) {
      if (label && label !== r.label) throw new RowError(labelCol, `a node has exactly one of the model's labels, got ${label} and ${r.label}`);
      label = r.label;
    }
    roles.push(...r.roles);
    Object.assign(constant, r.props);
  }
  if (!label && mode === 'merge') {
    throw new RowError(labelCol, foreignLabels.length ? `labels [${foreignLabels.join(', ')}] give no model label (${NODE_LABELS.join(', ')})` : 'the node has no label');
  }
  if (roles.length && label !== 'Person') throw new RowError(labelCol, `role labels (${roles.join(', ')}) are only for Person nodes`);
  const idDamage = damageReason(id);
  if (idDamage) throw new RowError(idCol, `the id ${idDamage}`);
  const node: NodeDraft = { id, roles: [...new Set(roles)], props: {}, createProps: {}, mode, idCol, ...(label ? { label } : {}) };
  for (const p of props) {
    if (p.value === null || p.value === undefined) continue;
    if (p.prop === 'pinyin' || p.prop === 'aliasText' || p.prop === 'id') continue;
    const type = propTypeFor(label, p.prop);
    if (!type) throw new RowError(p.col, `property '${p.prop}' is not in the model for ${label ?? 'any label'}`);
    const v = typed(p.value, type, p.prop, p.col);
    if (v === null || (Array.isArray(v) && v.length === 0)) continue;
    refuseDamaged(v, p.prop, p.col);
    (p.ifMissing ? node.createProps : node.props)[p.prop] = v;
  }
  for (const [k, v] of Object.entries(constant)) {
    const type = propTypeFor(label, k)!;
    node.props[k] = typed(v, type, k, labelCol);
  }
  if (source && mode === 'merge' && node.props.source === undefined) node.props.source = source;
  out.nodes.push(node);
}

/** A relationship of one row as its file gives it: type name, ends and values with their columns. */
interface RelParts {
  typeName: string;
  typeCol: number;
  start: { value: unknown; col: number };
  end: { value: unknown; col: number };
  props: readonly PropValue[];
  source: string | undefined;
  /** A missing end leaves the relationship out instead of making the row bad. */
  optional: boolean;
}

/** Builds a relationship from its parts; shared by every file format. */
function buildRel(out: RowOutput, resolveType: (name: string) => RelType | null | undefined, parts: RelParts): void {
  const { typeName, typeCol, start, end, props, source, optional } = parts;
  const type = resolveType(typeName);
  if (type === null) {
    out.skippedRels++;
    return;
  }
  if (type === undefined) throw new RowError(typeCol, `unknown relationship type '${typeName}' (not a model type and not in the mapping's "types")`);
  const s = idText(start.value);
  const e = idText(end.value);
  if (s === null || e === null) {
    if (optional) return;
    throw new RowError(s === null ? start.col : end.col, `missing ${s === null ? 'start' : 'end'} id`);
  }
  const rel: RelDraft = { type, start: s, end: e, startCol: start.col, endCol: end.col, props: {} };
  for (const p of props) {
    if (p.value === null || p.value === undefined) continue;
    const t = relPropType(type, p.prop);
    if (!t) throw new RowError(p.col, `property '${p.prop}' is not in the model for ${type}`);
    const v = typed(p.value, t, p.prop, p.col);
    if (v !== null) refuseDamaged(v, p.prop, p.col);
    if (v !== null) rel.props[p.prop] = v;
  }
  if (source && rel.props.source === undefined) rel.props.source = source;
  out.rels.push(rel);
}

function idText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

function spaced(space: string | undefined, value: string, ctx: CompileContext): string {
  if (space === undefined) return value;
  return `${ctx.mapping?.idSpaces?.[space] ?? space}:${value}`;
}

function emptyOutput(): RowOutput {
  return { lookups: [], nodes: [], skippedNodes: [], rels: [], skippedRels: 0 };
}

function compileProps(props: Record<string, Expr> | undefined, ctx: CompileContext, key: string): PropSource[] {
  return Object.entries(props ?? {}).map(([prop, e]) => ({ prop, eval: compileExpr(e, ctx, `${key}.${prop}`) }));
}

/**
 * What header-convention and JSON-lines files share: label and type resolution through the mapping, the mapping's
 * source, its derived props, and which of the file's own properties pass through (all but those the derived props
 * read and those dropped, unless "otherColumns" is "drop").
 */
function passThroughSetup(ctx: CompileContext) {
  const spec = ctx.spec;
  const resolveLabel = labelResolver(ctx);
  const resolveType = typeResolver(ctx);
  const source = ctx.mapping?.source;
  const derived = compileProps(spec?.props, ctx, 'props');
  const consumed = new Set<string>([...Object.values(spec?.props ?? {}).flatMap(exprColumns), ...(spec?.drop ?? [])]);
  const keep = (spec?.otherColumns ?? 'keep') === 'keep';
  return { spec, resolveLabel, resolveType, source, derived, consumed, keep };
}

/** Header-convention CSV: one node or relationship per row. */
export function compileHeaderFile(header: Header, ctx: CompileContext): Transform {
  const { spec, resolveLabel, resolveType, source, derived, consumed, keep } = passThroughSetup(ctx);
  for (const d of spec?.drop ?? []) requireColumn(ctx, 'drop', d);
  const passThrough: Column[] = header.columns.filter((c) => c.role === 'prop' && keep && !consumed.has(c.name));
  const arrayDelimiter = ctx.arrayDelimiter;
  const propsOf = (cells: Cells): PropValue[] => {
    const out: PropValue[] = [];
    for (const c of passThrough) {
      const value = cells.get(c.name);
      if (value !== null && value !== undefined) out.push({ prop: c.name, value, col: c.index + 1, ifMissing: false });
    }
    for (const d of derived) {
      const r = d.eval(cells);
      if (r.value !== null && r.value !== undefined) out.push({ prop: d.prop, value: r.value, col: r.col, ifMissing: r.ifMissing });
    }
    return out;
  };

  if (header.kind === 'nodes') {
    const idCol = header.id!;
    const labelCol = header.label;
    let fixedLabels: string[] | undefined;
    if (!labelCol) {
      const name = spec?.label ?? idCol.space;
      if (!name) throw configError(ctx, 'label', 'the node file has no :LABEL column, no ID space and no "label" in the mapping');
      fixedLabels = [name];
      if (resolveLabel(name) === undefined) {
        throw configError(ctx, 'label', `'${name}' is not a model label; map it in "labels" or give the file a "label"`);
      }
    }
    return (cells) => {
      const out = emptyOutput();
      const raw = idText(cells.text(idCol.name || ':ID'));
      if (raw === null) throw new RowError(idCol.index + 1, 'missing id');
      const id = spaced(idCol.space, raw, ctx);
      const labels = fixedLabels ?? ((cells.text(':LABEL') ?? '').split(arrayDelimiter).map((s) => s.trim()).filter(Boolean));
      if (!labels.length) throw new RowError(labelCol!.index + 1, 'missing label');
      buildNode(out, resolveLabel, { id, idCol: idCol.index + 1, foreignLabels: labels, labelCol: labelCol ? labelCol.index + 1 : idCol.index + 1, props: propsOf(cells), mode: 'merge', source });
      return out;
    };
  }
  const startCol = header.start!;
  const endCol = header.end!;
  const typeCol = header.type;
  const fixedType = typeCol ? undefined : spec?.type;
  if (!typeCol && !fixedType) {
    throw configError(ctx, 'type', 'the relationship file has no :TYPE column; give its type in a mapping ("files": [{"match": ..., "type": "KNOWS"}])');
  }
  if (fixedType !== undefined && resolveType(fixedType) === undefined) throw configError(ctx, 'type', `'${fixedType}' is not a model relationship type`);
  return (cells) => {
    const out = emptyOutput();
    const typeName = fixedType ?? (cells.text(':TYPE') ?? '').trim();
    if (!typeName) throw new RowError(typeCol!.index + 1, 'missing relationship type');
    const s = idText(cells.text(startCol.name || ':START_ID'));
    const e = idText(cells.text(endCol.name || ':END_ID'));
    buildRel(out, resolveType, {
      typeName,
      typeCol: typeCol ? typeCol.index + 1 : 1,
      start: { value: s === null ? null : spaced(startCol.space, s, ctx), col: startCol.index + 1 },
      end: { value: e === null ? null : spaced(endCol.space, e, ctx), col: endCol.index + 1 },
      props: propsOf(cells),
      source,
      optional: false,
    });
    return out;
  };
}

/** A "rows" CSV: every row gives the nodes and relationships its recipe lists. */
export function compileRowsFile(ctx: CompileContext): Transform {
  const spec = ctx.spec!;
  const resolveLabel = labelResolver(ctx);
  const resolveType = typeResolver(ctx);
  const source = ctx.mapping?.source;
  const nodes = (spec.nodes ?? []).map((n: NodeSpec, i) => {
    const key = `nodes[${i}]`;
    const id = compileExpr(n.id, ctx, `${key}.id`);
    const label = n.label === undefined ? undefined : typeof n.label === 'string' ? n.label : compileExpr(n.label, ctx, `${key}.label`);
    if (typeof label === 'string' && resolveLabel(label) === undefined) throw configError(ctx, `${key}.label`, `'${label}' is not a model label`);
    return { id, label, props: compileProps(n.props, ctx, `${key}.props`), mode: n.mode ?? 'merge', optional: n.optional ?? false };
  });
  const rels = (spec.relationships ?? []).map((r: RelSpec, i) => {
    const key = `relationships[${i}]`;
    return {
      type: typeof r.type === 'string' ? r.type : compileExpr(r.type, ctx, `${key}.type`),
      start: compileExpr(r.start, ctx, `${key}.start`),
      end: compileExpr(r.end, ctx, `${key}.end`),
      props: compileProps(r.props, ctx, `${key}.props`),
      optional: r.optional ?? false,
    };
  });
  return (cells) => {
    const out = emptyOutput();
    for (const n of nodes) {
      const idv = n.id(cells);
      const id = idText(idv.value);
      if (id === null) {
        if (n.optional) continue;
        throw new RowError(idv.col, 'missing id');
      }
      let labels: string[] = [];
      let labelCol = idv.col;
      if (typeof n.label === 'string') labels = [n.label];
      else if (n.label) {
        const l = n.label(cells);
        labelCol = l.col;
        const text = idText(l.value);
        if (text === null) throw new RowError(l.col, 'missing label');
        labels = [text];
      }
      const props = n.props.map((p) => {
        const r = p.eval(cells);
        return { prop: p.prop, value: r.value, col: r.col, ifMissing: r.ifMissing };
      });
      buildNode(out, resolveLabel, { id, idCol: idv.col, foreignLabels: labels, labelCol, props, mode: n.mode, source: n.mode === 'merge' ? source : undefined });
    }
    for (const r of rels) {
      let typeName: string;
      let typeCol = 1;
      if (typeof r.type === 'string') typeName = r.type;
      else {
        const t = r.type(cells);
        typeCol = t.col;
        const text = idText(t.value);
        if (text === null) throw new RowError(t.col, 'missing relationship type');
        typeName = text;
      }
      const props = r.props.map((p) => {
        const v = p.eval(cells);
        return { prop: p.prop, value: v.value, col: v.col, ifMissing: false };
      });
      buildRel(out, resolveType, { typeName, typeCol, start: r.start(cells), end: r.end(cells), props, source, optional: r.optional });
    }
    return out;
  };
}

/** The id of a spreadsheet row's node: a digest of its key cells, so that ids carry no personal data (a phone). */
export function sheetRowId(space: string, keyTexts: readonly string[]): string {
  return `${space}:${crypto.createHash('sha256').update(keyTexts.join('\u001f')).digest('hex').slice(0, 16)}`;
}

/**
 * A spreadsheet read by its header texts ("columns" in the mapping): each row gives one node of the entry's label,
 * its id made from the key columns, and one tie per name in each tie column. `ctx.columns` holds the mapping keys
 * of the columns this file has (optional ones may be missing).
 */
export function compileSheetFile(ctx: CompileContext): Transform {
  const spec = ctx.spec!;
  const label = spec.label as NodeLabel;
  const resolveLabel = labelResolver(ctx);
  const resolveType = typeResolver(ctx);
  const source = ctx.mapping?.source;
  const space = spec.idSpace ?? `sheet-${label.toLowerCase()}`;
  const props: PropSource[] = [];
  const ties: Array<{ col: string; type: string; labels: NodeLabel[]; outgoing: boolean; split?: string; create: boolean; props: PropValue[] }> = [];
  for (const [col, target] of Object.entries(spec.columns ?? {})) {
    if (ctx.columns && !ctx.columns.has(col)) continue;
    if (typeof target === 'string') {
      props.push({ prop: target, eval: compileExpr({ column: col }, ctx, `columns.${col}`) });
    } else if ('prop' in target) {
      const { prop, optional: _o, ...conversions } = target;
      props.push({ prop, eval: compileExpr({ column: col, ...conversions }, ctx, `columns.${col}`) });
    } else {
      const others = target.to ?? target.from!;
      ties.push({
        col,
        type: target.tie,
        labels: (Array.isArray(others) ? others : [others]) as NodeLabel[],
        outgoing: target.to !== undefined,
        ...(target.split ? { split: target.split } : {}),
        create: target.create ?? true,
        props: Object.entries(target.props ?? {}).map(([prop, value]) => ({ prop, value, col: 1, ifMissing: false })),
      });
    }
  }
  props.push(...compileProps(spec.props, ctx, 'props'));
  const keys = spec.key ?? [];
  return (cells) => {
    const out = emptyOutput();
    const keyTexts = keys.map((k) => (cells.text(k) ?? '').trim());
    const keyCol = cells.col(keys[0]!);
    if (keyTexts.every((t) => t === '')) throw new RowError(keyCol, `no value in the key column${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`);
    const id = sheetRowId(space, keyTexts);
    const values = props.map((p) => {
      const r = p.eval(cells);
      // Spreadsheet cells often carry stray spaces around a name; a cell of spaces is empty.
      const value = typeof r.value === 'string' ? r.value.trim() || null : r.value;
      return { prop: p.prop, value, col: r.col, ifMissing: r.ifMissing };
    });
    buildNode(out, resolveLabel, { id, idCol: keyCol, foreignLabels: [label], labelCol: keyCol, props: values, mode: 'merge', source });
    for (const t of ties) {
      const text = (cells.text(t.col) ?? '').trim();
      if (text === '') continue;
      const col = cells.col(t.col);
      const names = t.split ? text.split(t.split).map((n) => n.trim()).filter(Boolean) : [text];
      for (const name of names) {
        const why = damageReason(name);
        if (why) throw new RowError(col, `column '${t.col}' ${why}: ${JSON.stringify(name)}`);
        const ref = nameRef(t.labels, name);
        out.lookups.push({ ref, labels: t.labels, name, col, create: t.create });
        const me = { value: id, col: keyCol };
        const other = { value: ref, col };
        buildRel(out, resolveType, { typeName: t.type, typeCol: col, start: t.outgoing ? me : other, end: t.outgoing ? other : me, props: t.props.map((p) => ({ ...p, col })), source, optional: false });
      }
    }
    return out;
  };
}

/** Cells of a header-convention or rows CSV record; typed values are parsed on first use. */
export class CsvCells implements Cells {
  private fields: string[] = [];
  private readonly byName = new Map<string, Column>();
  private readonly nulls: ReadonlySet<string> | undefined;
  constructor(
    columns: readonly Column[],
    private readonly arrayDelimiter: string,
    nullValues: readonly string[] = [],
  ) {
    this.nulls = nullValues.length ? new Set(nullValues) : undefined;
    for (const c of columns) {
      if (c.role === 'prop' || c.role === 'id' || c.role === 'start' || c.role === 'end') this.byName.set(c.name || `:${c.role === 'id' ? 'ID' : c.role === 'start' ? 'START_ID' : 'END_ID'}`, c);
      if (c.role === 'label') this.byName.set(':LABEL', c);
      if (c.role === 'type') this.byName.set(':TYPE', c);
    }
  }
  reset(fields: string[]): this {
    this.fields = fields;
    return this;
  }
  names(): Set<string> {
    return new Set([...this.byName.keys()]);
  }
  get(name: string): unknown {
    const c = this.byName.get(name);
    if (!c) return undefined;
    let text = this.fields[c.index] ?? '';
    if (this.nulls?.has(text)) text = '';
    try {
      return parseCell(text, c.type, c.array, this.arrayDelimiter);
    } catch (e) {
      throw new RowError(c.index + 1, `column '${c.text}': ${(e as ValueError).message}`);
    }
  }
  text(name: string): string | undefined {
    const c = this.byName.get(name);
    if (!c) return undefined;
    const text = this.fields[c.index] ?? '';
    return this.nulls?.has(text) ? '' : text;
  }
  col(name: string): number {
    const c = this.byName.get(name);
    return c ? c.index + 1 : 1;
  }
}

/** A JSON line: `{"id", "labels", "props"}` for a node or `{"type", "start", "end", "props"}` for a relationship. */
export class JsonCells implements Cells {
  constructor(
    private readonly text_: string,
    private readonly props: Record<string, unknown>,
  ) {}
  get(name: string): unknown {
    return this.props[name];
  }
  text(name: string): string | undefined {
    const v = this.props[name];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' ? v : Array.isArray(v) ? v.join(';') : String(v);
  }
  col(name: string): number {
    return keyColumn(this.text_, name);
  }
}

/** 1-based character position of `"key"` in a JSON line (1 when it is not there). */
export function keyColumn(line: string, key: string): number {
  const at = line.indexOf(`${JSON.stringify(key)}`);
  return at < 0 ? 1 : at + 1;
}

/** JSON lines: ids used as given; labels and types pass through the mapping's tables; props may be renamed. */
export function compileJsonLines(ctx: CompileContext): (line: string) => RowOutput {
  const { spec, resolveLabel, resolveType, source, derived, consumed, keep } = passThroughSetup(ctx);
  return (line) => {
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new RowError(1, `not valid JSON: ${(e as Error).message}`);
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new RowError(1, 'a line must be a JSON object');
    const o = obj as Record<string, unknown>;
    const rawProps = o.props ?? {};
    if (!rawProps || typeof rawProps !== 'object' || Array.isArray(rawProps)) throw new RowError(keyColumn(line, 'props'), '"props" must be an object');
    const cells = new JsonCells(line, rawProps as Record<string, unknown>);
    const propsOf = (): PropValue[] => {
      const out: PropValue[] = [];
      if (keep) {
        for (const [k, v] of Object.entries(rawProps as Record<string, unknown>)) {
          if (!consumed.has(k)) out.push({ prop: k, value: v, col: keyColumn(line, k), ifMissing: false });
        }
      }
      for (const d of derived) {
        const r = d.eval(cells);
        out.push({ prop: d.prop, value: r.value, col: r.col, ifMissing: r.ifMissing });
      }
      return out;
    };
    const out = emptyOutput();
    const isRel = 'type' in o || 'start' in o || 'end' in o;
    if (isRel && 'id' in o) throw new RowError(1, 'a line is a node ("id", "labels") or a relationship ("type", "start", "end"), not both');
    if (isRel) {
      const typeName = typeof o.type === 'string' ? o.type.trim() : spec?.type;
      if (!typeName) throw new RowError(keyColumn(line, 'type'), 'missing relationship type');
      buildRel(out, resolveType, {
        typeName,
        typeCol: keyColumn(line, 'type'),
        start: { value: typeof o.start === 'string' || typeof o.start === 'number' ? o.start : null, col: keyColumn(line, 'start') },
        end: { value: typeof o.end === 'string' || typeof o.end === 'number' ? o.end : null, col: keyColumn(line, 'end') },
        props: propsOf(),
        source,
        optional: false,
      });
      return out;
    }
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? idText(o.id) : null;
    if (id === null) throw new RowError(keyColumn(line, 'id'), 'missing id');
    let labels: string[];
    if (Array.isArray(o.labels) && o.labels.every((l) => typeof l === 'string')) labels = o.labels as string[];
    else if (typeof o.labels === 'string') labels = [o.labels];
    else if (o.labels === undefined && spec?.label) labels = [spec.label];
    else throw new RowError(keyColumn(line, 'labels'), '"labels" must be a list of label names');
    buildNode(out, resolveLabel, { id, idCol: keyColumn(line, 'id'), foreignLabels: labels, labelCol: keyColumn(line, 'labels'), props: propsOf(), mode: 'merge', source });
    return out;
  };
}
