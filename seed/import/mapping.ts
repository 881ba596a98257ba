// The mapping file format (documented in seed/mappings/README.md): which files of a folder to read and how their
// labels, types and columns land on the model. Parsed with zod, then checked against the model, so that a typo
// stops the import before a row is read, with a message naming the mapping file and the key path.
import fs from 'node:fs';
import { z } from 'zod';
import {
  COMMON_NODE_PROPS,
  NODE_LABELS,
  NODE_PROPS,
  REL_TYPES,
  ROLE_LABELS,
  isNodeLabel,
  isRelType,
  isRoleLabel,
  nodePropType,
  relPropType,
  type PropType,
} from '../../server/model/model.js';
import { checkSheetEntry } from './sheet-mapping.js';
import { isUsablePattern } from './values.js';

export { columnAlternatives } from './sheet-mapping.js';

/** A mistake in how the import was asked for: a bad mapping, option or header. Exit code 2. */
export class ImportConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportConfigError';
  }
}

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const Constant = z.union([Scalar, z.array(Scalar)]);
const Char = z.string().length(1, 'must be a single character');

/** A tree's chain written as one text: a level's ancestors are its path's shorter prefixes (expressions.ts). */
const Segments = z
  .strictObject({
    separator: z.string().min(1),
    first: z.number().int().min(1).optional(),
    at: z.number().int().min(1).optional(),
  })
  .refine((s) => (s.first === undefined) !== (s.at === undefined), { message: 'needs exactly one of "first" or "at"' });

const ExprObject = z
  .strictObject({
    column: z.string().min(1).optional(),
    template: z.string().min(1).optional(),
    value: Constant.optional(),
    replace: z.record(z.string().min(1), z.string()).optional(),
    map: z.record(z.string(), z.union([Scalar, z.null()])).optional(),
    default: z.union([Scalar, z.null()]).optional(),
    format: z.string().min(4).optional(),
    split: z.string().min(1).optional(),
    /** Multiplies a number (a sheet's 万元 into yuan: 10000); thousands separators are allowed. */
    scale: z.number().positive().finite().optional(),
    /** "first": a month or a year alone (2020年1月, 2020) is a date, its first day. */
    partial: z.literal('first').optional(),
    ifMissing: z.boolean().optional(),
    /** An empty cell in a column it reads (but an optional `SME|`) makes the row bad, naming the column. */
    required: z.boolean().optional(),
    /** Part of a path-like text (`/natural sciences/ecology`): its "first" k segments, or the one "at" k. */
    segments: Segments.optional(),
  })
  .refine((e) => [e.column, e.template, e.value].filter((x) => x !== undefined).length === 1, {
    message: 'needs exactly one of "column", "template" or "value"',
  });

/** A column name, a `{column}` template, or an object with column/template/value and conversions. */
const Expr = z.union([z.string().min(1), ExprObject]);
export type Expr = z.infer<typeof Expr>;
export type ExprSpec = z.infer<typeof ExprObject>;

const LabelTarget = z.union([
  z.string().min(1),
  z.strictObject({
    label: z.string().min(1),
    roles: z.array(z.string().min(1)).optional(),
    props: z.record(z.string().min(1), Constant).optional(),
  }),
]);
export type LabelTarget = z.infer<typeof LabelTarget>;

const Props = z.record(z.string().min(1), Expr);

const NodeSpec = z.strictObject({
  id: Expr,
  /** A label name (looked up in `labels`, else a model label) or an expression whose value is looked up. */
  label: z.union([z.string().min(1), ExprObject]).optional(),
  mode: z.enum(['merge', 'update', 'append']).optional(),
  /** Rows whose id is empty produce no node instead of being bad. */
  optional: z.boolean().optional(),
  props: Props.optional(),
});
export type NodeSpec = z.infer<typeof NodeSpec>;

const RelSpec = z.strictObject({
  type: z.union([z.string().min(1), ExprObject]),
  start: Expr,
  end: Expr,
  optional: z.boolean().optional(),
  /** true: an end no node of the import or the store has gives no tie (counted as left out) instead of a bad row. */
  skipUnknown: z.boolean().optional(),
  props: Props.optional(),
});
export type RelSpec = z.infer<typeof RelSpec>;

const LabelList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/**
 * What a spreadsheet column gives, named by its header text: a property of the row's node (`"nameZh"` or
 * `{"prop": "nameZh", ...}`), or a tie to a node found by name (`{"tie": "WORKS_AT", "to": "Enterprise", "by":
 * "name"}`; `"from"` for a tie that points at the row's node).
 */
const ColumnProp = z.strictObject({
  prop: z.string().min(1),
  optional: z.boolean().optional(),
  split: z.string().min(1).optional(),
  format: z.string().min(4).optional(),
  replace: z.record(z.string().min(1), z.string()).optional(),
  map: z.record(z.string(), z.union([Scalar, z.null()])).optional(),
  default: z.union([Scalar, z.null()]).optional(),
  scale: z.number().positive().finite().optional(),
  partial: z.literal('first').optional(),
});
/** A named end's label (and constants for a node this import creates), as in the mapping's "labels" table. */
const EndLabel = z.union([z.string().min(1), z.strictObject({ label: z.string().min(1), props: z.record(z.string().min(1), Constant).optional() })]);
export type EndLabel = z.infer<typeof EndLabel>;
/**
 * The label of a tie's named end read from another column of the row (单位类型: 企业 / 高校 / ...) through a map, so
 * that a created node gets the right label and a stored node of another label is a bad row, never relabelled.
 */
const LabelFrom = z.strictObject({
  column: z.string().min(1),
  map: z.record(z.string().min(1), EndLabel).refine((m) => Object.keys(m).length > 0, { message: 'must list at least one type' }),
  default: EndLabel.optional(),
});
export type LabelFromSpec = z.infer<typeof LabelFrom>;
const ColumnTie = z
  .strictObject({
    tie: z.string().min(1),
    to: LabelList.optional(),
    from: LabelList.optional(),
    by: z.literal('name').optional(),
    optional: z.boolean().optional(),
    split: z.string().min(1).optional(),
    /** false: a name that matches no node is a bad row instead of a new node (a fixed taxonomy). */
    create: z.boolean().optional(),
    /** true: a name that matches no stored node gives no tie (listed in the summary) and no node. */
    skipUnknown: z.boolean().optional(),
    labelFrom: LabelFrom.optional(),
    /** The tie starts (or, with "from", ends) at the node another tie column of the row names, not at the row's node. */
    of: z.string().min(1).optional(),
    /** Tie properties: a constant, or an expression of the row's columns (`{"column": "角色", "map": {...}}`). */
    props: z.record(z.string().min(1), z.union([Scalar, ExprObject])).optional(),
  })
  .refine((t) => (t.to === undefined) !== (t.from === undefined), { message: 'a tie needs exactly one of "to" or "from"' });
const ColumnTarget = z.union([z.string().min(1), ColumnProp, ColumnTie]);
export type ColumnTarget = z.infer<typeof ColumnTarget>;
export type ColumnTieSpec = z.infer<typeof ColumnTie>;

const FileSpec = z.strictObject({
  match: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** The text encoding of these files (default: detected per file). */
  encoding: z.string().min(1).optional(),
  /** Sheets of an .xlsx to read: a name, a list, or "*" for all (default: the first sheet). */
  sheets: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** The 1-based row (line) that holds the column headers (default: found below any title rows). */
  headerRow: z.number().int().min(1).optional(),
  /** Spreadsheet columns by header text ("姓名|Name" accepts either): what each gives. */
  columns: z.record(z.string().min(1), ColumnTarget).optional(),
  /** Columns (keys of "columns") whose values identify the row's node; its id is a digest of them. */
  key: z.array(z.string().min(1)).min(1).optional(),
  /** "all" (default): the id digests every key column; "first": only the first key column with a value. */
  keyMode: z.enum(['all', 'first']).optional(),
  /** Id prefix of the row's nodes (`pool-member:<digest>`). */
  idSpace: z.string().min(1).optional(),
  description: z.string().optional(),
  skip: z.boolean().optional(),
  format: z.enum(['header', 'rows', 'jsonl']).optional(),
  delimiter: Char.optional(),
  arrayDelimiter: Char.optional(),
  nullValues: z.array(z.string()).optional(),
  label: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
  labels: z.record(z.string().min(1), LabelTarget.nullable()).optional(),
  types: z.record(z.string().min(1), z.string().min(1).nullable()).optional(),
  props: Props.optional(),
  drop: z.array(z.string().min(1)).optional(),
  otherColumns: z.enum(['keep', 'drop']).optional(),
  nodes: z.array(NodeSpec).optional(),
  relationships: z.array(RelSpec).optional(),
});
export type FileSpec = z.infer<typeof FileSpec>;

const MappingSchema = z.strictObject({
  $comment: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  source: z.string().min(1).optional(),
  idSpaces: z.record(z.string(), z.string().min(1)).optional(),
  labels: z.record(z.string().min(1), LabelTarget.nullable()).optional(),
  types: z.record(z.string().min(1), z.string().min(1).nullable()).optional(),
  delimiter: Char.optional(),
  arrayDelimiter: Char.optional(),
  /** Cell texts that mean "no value" (besides the empty cell), such as NA. */
  nullValues: z.array(z.string()).optional(),
  /** The text encoding of every file (default: detected per file). */
  encoding: z.string().min(1).optional(),
  files: z.array(FileSpec).min(1, 'must list at least one file entry'),
});
export type Mapping = z.infer<typeof MappingSchema> & { file: string };

function keyPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

/** The type a property has on any label (the first label that defines it), for modes without a fixed label. */
export function anyNodePropType(prop: string): PropType | undefined {
  if (prop in COMMON_NODE_PROPS) return COMMON_NODE_PROPS[prop];
  for (const l of NODE_LABELS) if (prop in NODE_PROPS[l]) return NODE_PROPS[l][prop];
  return undefined;
}

function anyRelPropType(prop: string): PropType | undefined {
  for (const t of REL_TYPES) {
    const type = relPropType(t, prop);
    if (type) return type;
  }
  return undefined;
}

/**
 * Checks what zod cannot: names against the model, patterns, a consistent file entry. Returns problems as [path,
 * message]. Long on purpose: one list of rules in the order a mapping is read, each a few lines.
 */
function checkAgainstModel(m: z.infer<typeof MappingSchema>): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const checkLabelTarget = (path: string, t: LabelTarget | null) => {
    if (t === null) return;
    const label = typeof t === 'string' ? t : t.label;
    if (!isNodeLabel(label) && !isRoleLabel(label)) problems.push([path, `'${label}' is not a model label (${NODE_LABELS.join(', ')}; roles ${ROLE_LABELS.join(', ')})`]);
    if (typeof t === 'object') {
      for (const r of t.roles ?? []) if (!isRoleLabel(r)) problems.push([`${path}.roles`, `'${r}' is not a role label (${ROLE_LABELS.join(', ')})`]);
      for (const k of Object.keys(t.props ?? {})) {
        if (isNodeLabel(label) && !(k in COMMON_NODE_PROPS) && !(k in NODE_PROPS[label])) problems.push([`${path}.props.${k}`, `'${k}' is not a property of ${label} in the model`]);
      }
    }
  };
  const checkType = (path: string, t: string | null) => {
    if (t !== null && !isRelType(t)) problems.push([path, `'${t}' is not a model relationship type (${REL_TYPES.join(', ')})`]);
  };
  const checkExpr = (path: string, e: Expr) => {
    if (typeof e === 'string') return;
    if (e.format && !isUsablePattern(e.format)) problems.push([`${path}.format`, `'${e.format}' is not a usable pattern (yyyy MM dd HH mm ss SSS, M d H, or epochMillis; alternatives split by |)`]);
    if (e.format && e.partial) problems.push([`${path}.partial`, 'a "format" pattern already says which parts the text has; use one of the two']);
    if (e.required && e.value !== undefined) problems.push([`${path}.required`, 'a "value" reads no column; "required" is for "column" and "template"']);
    if (e.segments && e.value !== undefined) problems.push([`${path}.segments`, 'a "value" reads no column; "segments" is for "column" and "template"']);
  };
  const checkPartial = (path: string, k: string, e: Expr, type: PropType | undefined) => {
    if (typeof e === 'object' && e.partial && type && type !== 'date' && type !== 'datetime') problems.push([`${path}.partial`, `'${k}' is not a date (${type}); "partial" reads a month or a year as a date`]);
  };
  const checkNodeProps = (path: string, props: Record<string, Expr> | undefined, label: string | undefined) => {
    for (const [k, e] of Object.entries(props ?? {})) {
      const known = label && isNodeLabel(label) ? k in COMMON_NODE_PROPS || k in NODE_PROPS[label] : anyNodePropType(k) !== undefined;
      if (!known) problems.push([`${path}.${k}`, `'${k}' is not a node property in the model${label ? ` for ${label}` : ''}`]);
      if (k === 'pinyin' || k === 'aliasText') problems.push([`${path}.${k}`, `'${k}' is derived from the names and cannot be imported`]);
      const type = label && isNodeLabel(label) ? nodePropType([label], k) : anyNodePropType(k);
      if (typeof e === 'object' && e.scale !== undefined && type && type !== 'int' && type !== 'float') problems.push([`${path}.${k}.scale`, `'${k}' is not a number (${type}); only numbers are scaled`]);
      checkPartial(`${path}.${k}`, k, e, type);
      checkExpr(`${path}.${k}`, e);
    }
  };
  const checkRelProps = (path: string, props: Record<string, Expr> | undefined, type: string | undefined) => {
    for (const [k, e] of Object.entries(props ?? {})) {
      const known = type && isRelType(type) ? relPropType(type, k) !== undefined : anyRelPropType(k) !== undefined;
      if (!known) problems.push([`${path}.${k}`, `'${k}' is not a relationship property in the model${type ? ` for ${type}` : ''}`]);
      checkPartial(`${path}.${k}`, k, e, type && isRelType(type) ? relPropType(type, k) : anyRelPropType(k));
      checkExpr(`${path}.${k}`, e);
    }
  };
  const resolveTypeName = (t: string, local?: Record<string, string | null>) => local?.[t] ?? m.types?.[t] ?? t;

  for (const [k, t] of Object.entries(m.labels ?? {})) checkLabelTarget(`labels.${k}`, t);
  for (const [k, t] of Object.entries(m.types ?? {})) checkType(`types.${k}`, t);
  if (m.delimiter && m.arrayDelimiter && m.delimiter === m.arrayDelimiter) problems.push(['arrayDelimiter', 'must differ from the field delimiter']);
  m.files.forEach((f, i) => {
    const at = `files[${i}]`;
    for (const [k, t] of Object.entries(f.labels ?? {})) checkLabelTarget(`${at}.labels.${k}`, t);
    for (const [k, t] of Object.entries(f.types ?? {})) checkType(`${at}.types.${k}`, t);
    if (f.skip) return;
    if (f.columns !== undefined) {
      checkSheetEntry(at, f, problems, { nodeProps: checkNodeProps, expr: checkExpr });
      return;
    }
    for (const key of ['key', 'keyMode', 'idSpace'] as const) if (f[key] !== undefined) problems.push([`${at}.${key}`, 'only applies to a file entry with "columns"']);
    const rows = f.format === 'rows' || f.nodes !== undefined || f.relationships !== undefined;
    if (rows) {
      if (f.format && f.format !== 'rows') problems.push([`${at}.format`, `"nodes"/"relationships" need format "rows", not "${f.format}"`]);
      if (!f.nodes?.length && !f.relationships?.length) problems.push([at, 'a "rows" file needs "nodes" or "relationships"']);
      for (const key of ['label', 'type', 'props', 'drop', 'otherColumns'] as const) {
        if (f[key] !== undefined) problems.push([`${at}.${key}`, `does not apply to a "rows" file (put it in "nodes" or "relationships")`]);
      }
      f.nodes?.forEach((n, j) => {
        const label = typeof n.label === 'string' ? n.label : undefined;
        const target = label ? (f.labels?.[label] ?? m.labels?.[label] ?? label) : undefined;
        const targetLabel = target === null || target === undefined ? undefined : typeof target === 'string' ? target : target.label;
        if (label && target !== null && targetLabel && !isNodeLabel(targetLabel)) problems.push([`${at}.nodes[${j}].label`, `'${label}' is not a model label and has no entry in "labels"`]);
        if (n.label === undefined && (n.mode ?? 'merge') === 'merge') problems.push([`${at}.nodes[${j}].label`, 'a node entry in merge mode needs a label']);
        checkExpr(`${at}.nodes[${j}].id`, n.id);
        checkNodeProps(`${at}.nodes[${j}].props`, n.props, targetLabel);
        if (n.mode === 'append') {
          for (const k of Object.keys(n.props ?? {})) {
            const type = targetLabel && isNodeLabel(targetLabel) ? (COMMON_NODE_PROPS[k] ?? NODE_PROPS[targetLabel][k]) : anyNodePropType(k);
            if (type && type !== 'string[]') problems.push([`${at}.nodes[${j}].props.${k}`, 'append mode only adds to list properties (string[])']);
          }
        }
      });
      f.relationships?.forEach((r, j) => {
        const type = typeof r.type === 'string' ? resolveTypeName(r.type, f.types ?? undefined) : undefined;
        if (typeof type === 'string') checkType(`${at}.relationships[${j}].type`, type);
        checkExpr(`${at}.relationships[${j}].start`, r.start);
        checkExpr(`${at}.relationships[${j}].end`, r.end);
        checkRelProps(`${at}.relationships[${j}].props`, r.props, type ?? undefined);
      });
    } else {
      if (f.label && f.type) problems.push([at, '"label" is for node files and "type" for relationship files; give one']);
      if (f.type) checkType(`${at}.type`, resolveTypeName(f.type, f.types ?? undefined));
      if (f.label) {
        const target = f.labels?.[f.label] ?? m.labels?.[f.label] ?? f.label;
        if (target !== null) checkLabelTarget(`${at}.label`, target);
      }
      if (f.type) checkRelProps(`${at}.props`, f.props, resolveTypeName(f.type, f.types ?? undefined) ?? undefined);
      else if (f.label) {
        const target = f.labels?.[f.label] ?? m.labels?.[f.label] ?? f.label;
        checkNodeProps(`${at}.props`, f.props, target === null ? undefined : typeof target === 'string' ? target : target.label);
      } else {
        for (const [k, e] of Object.entries(f.props ?? {})) {
          if (anyNodePropType(k) === undefined && anyRelPropType(k) === undefined) problems.push([`${at}.props.${k}`, `'${k}' is not a property in the model`]);
          checkExpr(`${at}.props.${k}`, e);
        }
      }
    }
    if (f.delimiter && (f.arrayDelimiter ?? m.arrayDelimiter) === f.delimiter) problems.push([`${at}.arrayDelimiter`, 'must differ from the field delimiter']);
  });
  return problems;
}

/**
 * A schema issue as path and message. A value that fits none of a union's forms (a column name or an expression
 * object, say) is only "Invalid input" by itself; the form it got furthest into says what is wrong
 * (`props.birthday.partial: Invalid input: expected "first"`).
 */
function explained(issue: z.core.$ZodIssue, base: PropertyKey[] = []): Array<[PropertyKey[], string]> {
  const at = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const depth = (branch: z.core.$ZodIssue[]) => Math.max(...branch.map((i) => i.path.length));
    const best = issue.errors.filter((b) => b.length).sort((x, y) => depth(y) - depth(x) || x.length - y.length)[0];
    if (best && depth(best) > 0) return best.flatMap((i) => explained(i, at));
  }
  return [[at, issue.message]];
}

/** Validates a parsed mapping object; `file` names it in messages. */
export function parseMapping(value: unknown, file: string): Mapping {
  const parsed = MappingSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.flatMap((issue) => explained(issue)).slice(0, 10).map(([at, message]) => `${file}: ${keyPath(at)}: ${message}`);
    throw new ImportConfigError(lines.join('\n'));
  }
  const problems = checkAgainstModel(parsed.data);
  if (problems.length) throw new ImportConfigError(problems.slice(0, 10).map(([p, msg]) => `${file}: ${p}: ${msg}`).join('\n'));
  return { ...parsed.data, file };
}

/** Reads and validates a mapping file. */
export function loadMapping(file: string): Mapping {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ImportConfigError(`cannot read the mapping file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ImportConfigError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return parseMapping(value, file);
}

// A mapping's glob as a regular expression over a path relative to the import folder ('/'-separated), with the
// meaning git, bash's globstar and picomatch give it: `*` is any run of characters within one folder name and `?` one
// such character; `**/` at the start or after a slash is zero or more whole folders, so `**/a.csv` matches `a.csv`
// and `x/y/a.csv` but never `xa.csv` (a name pattern must not start mid-name); any other `**` is any characters,
// folders included. Every other character is literal, `[`, `{`, `(` and `!` included: mappings name real files such
// as `report (1).csv` or `data[2024].csv`, and no shipped mapping needs classes, braces or negation.
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      let end = i;
      while (glob[end + 1] === '*') end++;
      const segmentStart = i === 0 || glob[i - 1] === '/';
      if (end === i) re += '[^/]*';
      else if (segmentStart && glob[end + 1] === '/') {
        re += '(?:.*/)?';
        end++;
      } else re += '.*';
      i = end;
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
