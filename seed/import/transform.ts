// Turns one record of a file into model nodes and relationships, following the file's header and its mapping entry.
// Three shapes share one engine: header-convention CSV (a node or relationship per row), "rows" CSV (each row gives
// several nodes and relationships by the mapping's recipe) and JSON lines. Everything a row can get wrong is thrown
// as RowError with the 1-based column (CSV field number; character position for JSON lines) it concerns.
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
import { anyNodePropType, type Expr, type LabelTarget, type NodeSpec, type RelSpec } from './mapping.js';
import { damageReason } from './damage.js';
import { JsonCells, keyColumn } from './cells.js';
import { RowError, type Cells, type NodeDraft, type NodeMode, type RelDraft, type RowOutput, type Transform } from './drafts.js';
import { columnRef, compileExpr, configError, exprColumns, requireColumn, type CompileContext, type Evaluated } from './expressions.js';
import { toModelValue, ValueError } from './values.js';

export * from './drafts.js';
export { CsvCells, JsonCells, keyColumn } from './cells.js';
export { compileExpr, exprColumns, type CompileContext } from './expressions.js';

type LabelResolution = { skip: true } | { skip: false; label?: NodeLabel; roles: RoleLabel[]; props: Record<string, unknown> };

/** Foreign label (or a model label) to model label, roles and constant properties; undefined when unknown. */
export function labelResolver(ctx: CompileContext): (name: string) => LabelResolution | undefined {
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
export function typeResolver(ctx: CompileContext): (name: string) => RelType | null | undefined {
  return (name) => {
    const local = ctx.spec?.types;
    const global = ctx.mapping?.types;
    const target = local && Object.hasOwn(local, name) ? local[name] : global && Object.hasOwn(global, name) ? global[name] : name;
    if (target === null) return null;
    return target !== undefined && isRelType(target) ? target : undefined;
  };
}

export function propTypeFor(label: NodeLabel | undefined, prop: string): PropType | undefined {
  if (!label) return anyNodePropType(prop);
  return COMMON_NODE_PROPS[prop] ?? NODE_PROPS[label][prop];
}

export function typed(value: unknown, type: PropType, prop: string, col: number): unknown {
  try {
    return toModelValue(value, type);
  } catch (e) {
    throw new RowError(col, `property '${prop}': ${(e as ValueError).message}`);
  }
}

export interface PropValue {
  prop: string;
  value: unknown;
  col: number;
  ifMissing: boolean;
}

export interface PropSource {
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
export function buildNode(out: RowOutput, resolve: (name: string) => LabelResolution | undefined, parts: NodeParts): void {
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
  /** An end that names no node leaves it out too (checked against the import and the store in check.ts). */
  skipUnknown?: boolean;
}

/** Builds a relationship from its parts; shared by every file format. */
export function buildRel(out: RowOutput, resolveType: (name: string) => RelType | null | undefined, parts: RelParts): void {
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
  const rel: RelDraft = { type, start: s, end: e, startCol: start.col, endCol: end.col, props: {}, ...(parts.skipUnknown ? { skipUnknown: true } : {}) };
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

export function emptyOutput(): RowOutput {
  return { lookups: [], nodes: [], skippedNodes: [], rels: [], skippedRels: 0 };
}

export function compileProps(props: Record<string, Expr> | undefined, ctx: CompileContext, key: string): PropSource[] {
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
  const consumed = new Set<string>([...Object.values(spec?.props ?? {}).flatMap(exprColumns).flatMap((c) => [c, ...columnRef(c).names]), ...(spec?.drop ?? [])]);
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
      skipUnknown: r.skipUnknown ?? false,
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
      buildRel(out, resolveType, { typeName, typeCol, start: r.start(cells), end: r.end(cells), props, source, optional: r.optional, skipUnknown: r.skipUnknown });
    }
    return out;
  };
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
