// The schema as the server describes it (introspection), for tests that must cover every field without naming
// them: the hostile-input and masking suites. New fields are walked the moment they appear in the SDL.
import { getIntrospectionQuery } from 'graphql';
import type { App } from '../../server/yoga.js';

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
export interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
export interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
  possibleTypes: Array<{ name: string }> | null;
}

export interface SchemaView {
  types: Map<string, FullType>;
  queryFields: Field[];
  mutationFields: Field[];
}

export async function introspect(app: App, headers: Record<string, string> = {}): Promise<SchemaView> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const schema = ((await res.json()) as { data: { __schema: any } }).data.__schema;
  const types = new Map<string, FullType>((schema.types as FullType[]).map((t) => [t.name, t]));
  return {
    types,
    queryFields: types.get(schema.queryType.name)!.fields ?? [],
    mutationFields: schema.mutationType ? (types.get(schema.mutationType.name)!.fields ?? []) : [],
  };
}

export const namedType = (t: TypeRef): TypeRef => (t.ofType ? namedType(t.ofType) : t);

export const typeText = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!;

export const isRequired = (a: InputValue): boolean => a.type.kind === 'NON_NULL' && a.defaultValue === null;

/** A selection set reading every scalar, and objects down to `maxDepth` levels (fields needing arguments skipped). */
export function selection(view: SchemaView, t: TypeRef, maxDepth = 2, depth = 0): string {
  const n = view.types.get(namedType(t).name!)!;
  if (n.kind === 'SCALAR' || n.kind === 'ENUM') return '';
  if (n.kind === 'UNION' || n.kind === 'INTERFACE') return '{ __typename }';
  const parts: string[] = [];
  for (const f of n.fields ?? []) {
    if (f.args.some(isRequired)) continue;
    const inner = view.types.get(namedType(f.type).name!)!;
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(f.name);
    else if (depth < maxDepth) parts.push(`${f.name} ${selection(view, f.type, maxDepth, depth + 1)}`);
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}
