// Reads a CSV header in the neo4j-admin import convention (`id:ID(Space)`, `:START_ID(Space)`, `:END_ID(Space)`,
// `:LABEL`, `:TYPE`, `:IGNORE`, typed columns `name:int`, arrays `name:string[]`) into column descriptions, and
// decides whether the file holds nodes or relationships. Problems are reported with the 1-based header column so
// that the message reads file:1:column like every other input error.

export type CellType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'datetime';

export type ColumnRole = 'id' | 'start' | 'end' | 'label' | 'type' | 'ignore' | 'prop';

export interface Column {
  /** 0-based position in the record. */
  index: number;
  /** Property name (empty for `:LABEL`, `:TYPE`, an unnamed `:ID`...). */
  name: string;
  role: ColumnRole;
  /** ID space of an id, start or end column, if one was given. */
  space?: string;
  type: CellType;
  array: boolean;
  /** The header text as written, for messages. */
  text: string;
}

export interface Header {
  kind: 'nodes' | 'relationships';
  columns: Column[];
  /** The id column of a node file. */
  id?: Column;
  start?: Column;
  end?: Column;
  label?: Column;
  type?: Column;
}

export class HeaderError extends Error {
  constructor(
    /** 1-based column of the offending header field. */
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'HeaderError';
  }
}

/** neo4j-admin's type names (case-insensitive) and what each becomes here. */
const TYPE_NAMES: Record<string, CellType> = {
  string: 'string',
  char: 'string',
  int: 'int',
  long: 'int',
  short: 'int',
  byte: 'int',
  float: 'float',
  double: 'float',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  localdatetime: 'datetime',
};

const ROLE_NAMES: Record<string, ColumnRole> = {
  id: 'id',
  start_id: 'start',
  end_id: 'end',
  label: 'label',
  type: 'type',
  ignore: 'ignore',
};

/** `name:TYPE(Space)` split at the colon that starts the trailing type or role part (an ID space may hold colons). */
function splitField(text: string): { name: string; spec: string | undefined } {
  const m = /:([A-Za-z_]+(?:\[\])?(?:\([^()]*\))?)$/.exec(text);
  if (m) return { name: text.slice(0, m.index), spec: m[1] };
  const at = text.lastIndexOf(':');
  return at < 0 ? { name: text, spec: undefined } : { name: text.slice(0, at), spec: text.slice(at + 1) };
}

export function parseHeader(fields: readonly string[]): Header {
  const columns: Column[] = [];
  const header: Partial<Header> & { columns: Column[] } = { columns };
  const seen = new Map<string, number>();
  fields.forEach((raw, index) => {
    const text = raw.trim();
    const col = index + 1;
    const { name, spec } = splitField(text);
    let role: ColumnRole = 'prop';
    let type: CellType = 'string';
    let array = false;
    let space: string | undefined;
    if (spec !== undefined) {
      const m = /^([A-Za-z_]+)(\[\])?(?:\(([^()]*)\))?$/.exec(spec.trim());
      if (!m) throw new HeaderError(col, `cannot read the header field '${text}' (expected name:type, :ID(Space), :START_ID, :END_ID, :LABEL or :TYPE)`);
      const word = m[1]!.toLowerCase();
      if (word in ROLE_NAMES) {
        role = ROLE_NAMES[word]!;
        if (m[2]) throw new HeaderError(col, `'${text}': ${word.toUpperCase()} cannot be an array`);
        if (m[3] !== undefined) {
          if (role !== 'id' && role !== 'start' && role !== 'end') throw new HeaderError(col, `'${text}': only ID, START_ID and END_ID take an ID space`);
          space = m[3].trim() || undefined;
        }
      } else if (word in TYPE_NAMES) {
        type = TYPE_NAMES[word]!;
        array = Boolean(m[2]);
        if (m[3] !== undefined) throw new HeaderError(col, `'${text}': a typed column takes no (...) part`);
      } else {
        throw new HeaderError(
          col,
          `unknown column type '${m[1]}' in '${text}' (known: ${[...Object.keys(TYPE_NAMES), ...Object.keys(ROLE_NAMES).map((r) => r.toUpperCase())].join(', ')})`,
        );
      }
    }
    if (role === 'prop' && name === '') throw new HeaderError(col, `header field ${col} has no name`);
    const column: Column = { index, name, role, type, array, text, ...(space !== undefined ? { space } : {}) };
    columns.push(column);
    if (role === 'id' || role === 'start' || role === 'end' || role === 'label' || role === 'type') {
      if (header[role] !== undefined) throw new HeaderError(col, `'${text}': the header has more than one ${text.slice(text.lastIndexOf(':'))} column`);
      header[role] = column;
    }
    if (role === 'prop') {
      if (seen.has(name)) throw new HeaderError(col, `column '${name}' appears twice (first at column ${seen.get(name)})`);
      seen.set(name, col);
    }
  });
  const isNodes = header.id !== undefined;
  const isRels = header.start !== undefined || header.end !== undefined;
  if (isNodes && isRels) throw new HeaderError(header.id!.index + 1, 'a header cannot have both an :ID column and :START_ID/:END_ID columns');
  if (!isNodes && !isRels) throw new HeaderError(1, 'the header has neither an :ID column (node file) nor :START_ID and :END_ID columns (relationship file)');
  if (isRels) {
    if (!header.start) throw new HeaderError(header.end!.index + 1, 'a relationship file needs a :START_ID column');
    if (!header.end) throw new HeaderError(header.start.index + 1, 'a relationship file needs an :END_ID column');
    if (header.label) throw new HeaderError(header.label.index + 1, ':LABEL belongs in node files, not relationship files');
  } else if (header.type) {
    throw new HeaderError(header.type.index + 1, ':TYPE belongs in relationship files, not node files');
  }
  return { ...header, kind: isNodes ? 'nodes' : 'relationships' } as Header;
}

/** Picks the field delimiter of a header line among `,` `|` `;` and tab: the one occurring most outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], ['|', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let most = 0;
  for (const [d, n] of counts) {
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/**
 * The columns of a plain header (a "rows" recipe: no neo4j-admin convention), each by its text. A name that repeats
 * (LDBC's own `Person.id|Person.id|creationDate`) would hide its first column, so each later occurrence goes by its
 * number: the second `Person.id` is `Person.id_2`, a third `Person.id_3`. A header that already has a column of
 * that name is refused, naming both, as a reference could then mean either.
 */
export function plainColumns(fields: readonly string[]): Column[] {
  const texts = fields.map((f) => f.trim());
  const taken = new Set(texts);
  const seen = new Map<string, number>();
  return texts.map((text, index) => {
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    let name = text;
    if (n > 1 && text !== '') {
      name = `${text}_${n}`;
      if (taken.has(name)) {
        throw new HeaderError(index + 1, `column '${text}' appears ${n} times, and occurrence ${n} would read as '${name}', which is also a column of the header (column ${texts.indexOf(name) + 1}); rename one of them`);
      }
    }
    return { index, name, role: 'prop', type: 'string', array: false, text };
  });
}
