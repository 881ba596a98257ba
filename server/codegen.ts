// Generates TypeScript types from the SDL in server/schema/*.graphql, so that neither side keeps a hand-made copy:
//   server/generated/schema-types.ts the schema's scalars, enums and input types, written once for both sides;
//   server/generated/graphql.ts      every field's argument type (`FieldArgs`), which the resolver files use;
//   web/src/core/api/generated.ts    for every document the web app sends (the exported strings of
//                                    web/src/core/api/*documents.ts), its result and variables types; the enums and
//                                    inputs they name are imported from schema-types.ts (types only, erased at build).
// A document that asks for a field the schema no longer has fails here, with the document's name.
// `npm run codegen` writes the files; `npm run codegen -- --check` (part of `npm run check`) fails when they are
// stale, so a renamed field breaks the check until both sides follow.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import type { Types } from '@graphql-codegen/plugin-helpers';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import {
  buildASTSchema,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { PROJECT_ROOT } from './config.js';
import { loadTypeDefs } from './yoga.js';

const SERVER_OUT = path.join(PROJECT_ROOT, 'server', 'generated', 'graphql.ts');
const SCHEMA_OUT = path.join(PROJECT_ROOT, 'server', 'generated', 'schema-types.ts');
const WEB_OUT = path.join(PROJECT_ROOT, 'web', 'src', 'core', 'api', 'generated.ts');
const DOCUMENTS_DIR = path.join(PROJECT_ROOT, 'web', 'src', 'core', 'api');

const HEADER = '// Generated from server/schema/*.graphql by `npm run codegen`. Do not edit by hand (eslint skips it).\n';

/** How the custom scalars look in TypeScript: dates travel as ISO strings, JSON as plain objects. */
const SCALARS = {
  Date: 'string',
  DateTime: 'string',
  JSON: 'Record<string, unknown>',
  // Money in fen, exact, as a decimal string of digits (server/ledger/fen.ts).
  Fen: 'string',
};

const COMMON_CONFIG = {
  scalars: SCALARS,
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  useTypeImports: true,
};

function schemaDocument(): { schema: GraphQLSchema; ast: DocumentNode } {
  const ast = parse(loadTypeDefs().join('\n'));
  return { schema: buildASTSchema(ast), ast };
}

/** The documents the web app sends: every exported string of web/src/core/api/*documents.ts that parses. */
async function webDocuments(schema: GraphQLSchema): Promise<Types.DocumentFile[]> {
  const files = fs
    .readdirSync(DOCUMENTS_DIR)
    .filter((f) => /documents\.ts$/.test(f) && !f.endsWith('.spec.ts'))
    .sort();
  const out: Types.DocumentFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(DOCUMENTS_DIR, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value !== 'string' || !/^\s*(query|mutation|subscription)\b/.test(value)) continue;
      let document: DocumentNode;
      try {
        document = parse(value);
      } catch (err) {
        problems.push(`web/src/core/api/${file} ${name}: ${(err as Error).message}`);
        continue;
      }
      for (const e of validate(schema, document)) problems.push(`web/src/core/api/${file} ${name}: ${e.message}`);
      out.push({ location: `${file}#${name}`, document });
    }
  }
  if (problems.length) throw new Error(`documents that do not match the schema:\n  ${problems.join('\n  ')}`);
  return out;
}

/** The TypeScript type of an argument's GraphQL type, naming the shared schema types through `S.`. */
function argType(type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  let ts: string;
  if (isListType(inner)) ts = `Array<${argType(inner.ofType)}>`;
  else if (isScalarType(inner)) ts = `S.Scalars['${inner.name}']['input']`;
  else ts = `S.${inner.name}`;
  return isNonNullType(type) ? ts : `S.InputMaybe<${ts}>`;
}

/**
 * `FieldArgs[Type][field]`: the argument type of every field of every object type, for the resolver files'
 * `FieldResolver<'Type', 'field', Result>` (server/context.ts). A field renamed or removed in the SDL leaves its
 * resolver file naming a key that no longer exists, which fails the type check. Arguments a client may leave out
 * are optional (`?`), as resolvers receive them. One line per field with arguments and one per type for the fields
 * without: the object types are not written out, since nothing reads them and both sides take their result shapes
 * from elsewhere (the resolvers from their queries, the web app from its documents).
 */
function fieldArgsMap(schema: GraphQLSchema): string {
  const lines = ["import type * as S from './schema-types.js';", '', 'type NoArgs = Record<string, never>;', '', 'export interface FieldArgs {'];
  const types = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (!isObjectType(type)) continue;
    const fields = Object.values(type.getFields());
    const withArgs = fields
      .filter((f) => f.args.length)
      .map((f) => `    ${f.name}: { ${f.args.map((a) => `${a.name}${isNonNullType(a.type) ? '' : '?'}: ${argType(a.type)};`).join(' ')} };`);
    const without = fields.filter((f) => !f.args.length).map((f) => `'${f.name}'`);
    const noArgs = without.length ? `Record<${without.join(' | ')}, NoArgs>` : '';
    if (!withArgs.length) lines.push(`  ${type.name}: ${noArgs};`);
    else lines.push(`  ${type.name}: {`, ...withArgs, `  }${noArgs && ` & ${noArgs}`};`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

async function generate(): Promise<Map<string, string>> {
  const { schema, ast } = schemaDocument();
  const shared = await codegen({
    filename: SCHEMA_OUT,
    schema: ast,
    schemaAst: schema,
    documents: [],
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
    // Scalars, enums and inputs only: the object types have no reader on either side.
    config: { ...COMMON_CONFIG, avoidOptionals: false, onlyOperationTypes: true },
  });
  const documents = await webDocuments(schema);
  const web = await codegen({
    filename: WEB_OUT,
    schema: ast,
    schemaAst: schema,
    documents,
    plugins: [{ typescriptOperations: {} }],
    pluginMap: { typescriptOperations: operationsPlugin },
    config: {
      ...COMMON_CONFIG,
      skipTypename: true,
      preResolveTypes: true,
      // Relative to the working directory, which codegen resolves against the output file.
      importSchemaTypesFrom: path.relative(process.cwd(), SCHEMA_OUT).replace(/\.ts$/, ''),
      namespacedImportName: 'S',
      importExtension: '.js',
    },
  });
  return new Map([
    [SCHEMA_OUT, HEADER + shared],
    [SERVER_OUT, HEADER + fieldArgsMap(schema)],
    [WEB_OUT, HEADER + web],
  ]);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generate();
  const stale: string[] = [];
  for (const [file, text] of files) {
    const rel = path.relative(PROJECT_ROOT, file);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(rel);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (stale.length) {
    console.error(`generated types are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  if (check) console.log('generated types are up to date');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
