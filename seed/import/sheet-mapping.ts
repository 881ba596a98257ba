// The checks of a spreadsheet ("columns") file entry against the model, before a row is read: the row's label and
// key, each column's property, and each tie column's type, labels, label column ("labelFrom"), anchor ("of") and
// properties. Problems are [key path, message] pairs that parseMapping (mapping.ts) reports with the mapping file.
import {
  NODE_LABELS,
  REL_ENDPOINTS,
  REL_TYPES,
  isNodeLabel,
  isRelType,
  nodePropType,
  relPropType,
  type NodeLabel,
  type RelType,
} from '../../server/model/model.js';
import type { ColumnTieSpec, EndLabel, Expr, ExprSpec, FileSpec } from './mapping.js';

/** Header texts a "columns" key accepts: `"姓名|Name"` is either. */
export function columnAlternatives(key: string): string[] {
  return key.split('|').map((k) => k.trim()).filter(Boolean);
}

const labelsOf = (l: string | string[]) => (Array.isArray(l) ? l : [l]);

/** The model labels a tie's named end may have (its "to" or "from"). */
export const tieLabels = (tie: ColumnTieSpec): NodeLabel[] => labelsOf(tie.to ?? tie.from ?? []).filter(isNodeLabel);

export const endLabelName = (t: EndLabel): string => (typeof t === 'string' ? t : t.label);

type Problems = Array<[string, string]>;

export interface SheetChecks {
  nodeProps(path: string, props: Record<string, Expr> | undefined, label: string | undefined): void;
  expr(path: string, e: Expr): void;
}

function checkEndpoints(problems: Problems, path: string, type: RelType, pairs: Array<[string, string]>): void {
  const allowed = REL_ENDPOINTS[type];
  for (const [s, e] of pairs) {
    if (!allowed.some(([a, b]) => (a === '*' || a === s) && (b === '*' || b === e))) {
      problems.push([path, `${type} cannot join ${s} to ${e} (the model allows ${allowed.map(([a, b]) => `${a}->${b}`).join(', ')})`]);
    }
  }
}

/** "labelFrom": each type's label is one of the tie's labels, its constants properties of that label. */
function checkLabelFrom(problems: Problems, path: string, tie: ColumnTieSpec, labels: readonly NodeLabel[]): void {
  const lf = tie.labelFrom!;
  if (!columnAlternatives(lf.column).length) problems.push([`${path}.column`, 'names no header text']);
  const targets: Array<[string, EndLabel]> = [...Object.entries(lf.map).map(([k, t]): [string, EndLabel] => [`map.${k}`, t]), ...(lf.default ? [['default', lf.default] as [string, EndLabel]] : [])];
  for (const [key, t] of targets) {
    const label = endLabelName(t);
    if (!(labels as readonly string[]).includes(label)) {
      problems.push([`${path}.${key}`, `'${label}' is not one of the tie's labels (${labels.join(', ')}); list it in "${tie.to ? 'to' : 'from'}"`]);
      continue;
    }
    for (const k of Object.keys(typeof t === 'object' ? (t.props ?? {}) : {})) {
      if (nodePropType([label], k) === undefined || k === 'pinyin' || k === 'aliasText') problems.push([`${path}.${key}.props.${k}`, `'${k}' is not a property of ${label} in the model`]);
    }
  }
}

/** One tie column: type, labels, what it hangs off (the row's node, or another tie's end with "of"), properties. */
function checkTie(problems: Problems, path: string, f: FileSpec, col: string, tie: ColumnTieSpec, rowLabel: NodeLabel | undefined, checks: SheetChecks): void {
  if (!isRelType(tie.tie)) {
    problems.push([`${path}.tie`, `'${tie.tie}' is not a model relationship type (${REL_TYPES.join(', ')})`]);
    return;
  }
  for (const o of labelsOf(tie.to ?? tie.from ?? [])) if (!isNodeLabel(o)) problems.push([path, `'${o}' is not a model label (${NODE_LABELS.join(', ')})`]);
  const labels = tieLabels(tie);
  if (tie.skipUnknown && tie.create === true) problems.push([`${path}.skipUnknown`, 'a name that matches no stored node is either created ("create": true) or skipped, not both']);
  if (tie.labelFrom) checkLabelFrom(problems, `${path}.labelFrom`, tie, labels);
  let anchors: readonly string[] = rowLabel ? [rowLabel] : [];
  if (tie.of !== undefined) {
    const base = f.columns?.[tie.of];
    if (tie.of === col || !base || typeof base !== 'object' || !('tie' in base)) {
      problems.push([`${path}.of`, `'${tie.of}' is not another tie column of this entry`]);
      anchors = [];
    } else if (base.of !== undefined || base.split !== undefined) {
      problems.push([`${path}.of`, `'${tie.of}' ${base.of !== undefined ? 'itself hangs off another tie ("of")' : 'splits its cell into several names'}; "of" needs a tie column with one name per cell`]);
      anchors = [];
    } else anchors = tieLabels(base);
  }
  checkEndpoints(
    problems,
    path,
    tie.tie,
    anchors.flatMap((a) => labels.map((o): [string, string] => (tie.to ? [a, o] : [o, a]))),
  );
  for (const [k, v] of Object.entries(tie.props ?? {})) {
    if (relPropType(tie.tie, k) === undefined) problems.push([`${path}.props.${k}`, `'${k}' is not a property of ${tie.tie} in the model`]);
    else if (typeof v === 'object') checks.expr(`${path}.props.${k}`, v);
  }
}

/** A "columns" (spreadsheet) file entry: its row label, key, properties and ties against the model. */
export function checkSheetEntry(at: string, f: FileSpec, problems: Problems, checks: SheetChecks): void {
  if (f.format && f.format !== 'header') problems.push([`${at}.format`, '"columns" reads a spreadsheet by its header texts; leave "format" out']);
  for (const key of ['nodes', 'relationships', 'type', 'drop', 'otherColumns'] as const) {
    if (f[key] !== undefined) problems.push([`${at}.${key}`, 'does not apply to a file entry with "columns"']);
  }
  const label = f.label;
  if (!label) problems.push([`${at}.label`, 'a file entry with "columns" needs the "label" of the node each row gives (e.g. "Person")']);
  else if (!isNodeLabel(label)) problems.push([`${at}.label`, `'${label}' is not a model label (${NODE_LABELS.join(', ')})`]);
  const rowLabel = label && isNodeLabel(label) ? label : undefined;
  if (!f.key) problems.push([`${at}.key`, 'list the columns that identify a row (e.g. ["姓名", "手机"]); the node id is made from them']);
  for (const k of f.key ?? []) if (!f.columns || !Object.hasOwn(f.columns, k)) problems.push([`${at}.key`, `'${k}' is not a key of "columns"`]);
  checks.nodeProps(`${at}.props`, f.props, rowLabel);
  for (const [col, target] of Object.entries(f.columns ?? {})) {
    const path = `${at}.columns.${col}`;
    if (!columnAlternatives(col).length) problems.push([path, 'names no header text']);
    if (typeof target === 'string' || 'prop' in target) {
      const prop = typeof target === 'string' ? target : target.prop;
      const expr: ExprSpec = typeof target === 'string' ? { column: col } : { column: col, ...(target.format ? { format: target.format } : {}), ...(target.scale ? { scale: target.scale } : {}), ...(target.partial ? { partial: target.partial } : {}) };
      checks.nodeProps(path, { [prop]: expr }, rowLabel);
      continue;
    }
    checkTie(problems, path, f, col, target as ColumnTieSpec, rowLabel, checks);
  }
}
