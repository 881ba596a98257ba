// The editing forms' pure logic: a model field's stored value as form text, the text read back as the value the API
// takes (or a problem to show next to the field), only the changed fields sent, and which field a server error names.

export interface ModelFieldSpec {
  name: string;
  /** string, string[], int, int[], float, boolean, date or datetime (server/model/model.ts). */
  type: string;
  allowed: readonly string[];
}

export type FieldProblem = 'number' | 'whole' | 'date' | 'boolean' | 'allowed';

/** The stored value as the form shows it: lists joined with commas, absent as empty. */
export function formText(field: ModelFieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (field.type === 'date' && typeof value === 'string') return value.slice(0, 10);
  return String(value);
}

/** The form text as the API value: null clears the field; a problem when the text does not fit the type. */
export function parseText(field: ModelFieldSpec, text: string): { value: unknown } | { problem: FieldProblem } {
  const s = text.trim();
  if (s === '') return { value: null };
  if (field.allowed.length > 0 && !field.allowed.includes(s)) return { problem: 'allowed' };
  switch (field.type) {
    case 'int':
      return /^-?\d+$/.test(s) ? { value: Number(s) } : { problem: 'whole' };
    case 'float':
      return Number.isFinite(Number(s)) ? { value: Number(s) } : { problem: 'number' };
    case 'boolean':
      return s === 'true' || s === 'false' ? { value: s === 'true' } : { problem: 'boolean' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? { value: s } : { problem: 'date' };
    case 'string[]':
      return { value: s.split(',').map((x) => x.trim()).filter(Boolean) };
    case 'int[]': {
      const xs = s.split(',').map((x) => x.trim()).filter(Boolean);
      return xs.every((x) => /^-?\d+$/.test(x)) ? { value: xs.map(Number) } : { problem: 'whole' };
    }
    default:
      return { value: s };
  }
}

/** The upsert input for the fields whose text changed, and the problems by field name. */
export function changedInput(
  fields: readonly ModelFieldSpec[],
  stored: Record<string, unknown>,
  texts: Record<string, string>,
): { input: Record<string, unknown>; problems: Record<string, FieldProblem> } {
  const input: Record<string, unknown> = {};
  const problems: Record<string, FieldProblem> = {};
  for (const f of fields) {
    const text = texts[f.name];
    if (text === undefined || text === formText(f, stored[f.name])) continue;
    const parsed = parseText(f, text);
    if ('problem' in parsed) problems[f.name] = parsed.problem;
    else input[f.name] = parsed.value;
  }
  return { input, problems };
}

/** The field a BAD_USER_INPUT message names ("Invalid argument `input.title`: ..."), or null. */
export function fieldOfError(detail: string): string | null {
  const m = /Invalid argument `(?:input|properties)\.([A-Za-z]+)/.exec(detail);
  return m ? m[1]! : null;
}

/** The message after the argument, for showing next to the field. */
export function problemText(detail: string): string {
  const i = detail.indexOf(': ');
  return i >= 0 ? detail.slice(i + 2) : detail;
}

/** What goes with a tie when it is removed: each of its properties as [name, text], for the confirmation. */
export function tieSummary(properties: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(properties)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => [k, Array.isArray(v) ? v.map(String).join(', ') : String(v)]);
}
