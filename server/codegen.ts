// Generates TypeScript types from the SDL in server/schema/*.graphql, so that neither side keeps a hand-made copy:
//   server/generated/graphql.ts   the schema's types and every field's argument type (`QueryBridgesArgs`, ...),
//                                 which the resolver files use for their arguments;
//   web/src/core/api/generated.ts the schema's types and, for every document the web app sends (the exported
//                                 strings of web/src/core/api/*documents.ts), its result and variables types.
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
import { buildASTSchema, isObjectType, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from './config.js';
import { loadTypeDefs } from './yoga.js';

const SERVER_OUT = path.join(PROJECT_ROOT, 'server', 'generated', 'graphql.ts');
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

/**
 * `FieldArgs[Type][field]`: the argument type of every field of every object type, for the resolver files'
 * `FieldResolver<'Type', 'field', Result>` (server/context.ts). A field renamed or removed in the SDL leaves its
 * resolver file naming a key that no longer exists, which fails the type check.
 */
function fieldArgsMap(schema: GraphQLSchema): string {
  const lines = ['', 'export interface FieldArgs {'];
  const types = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (!isObjectType(type)) continue;
    lines.push(`  ${type.name}: {`);
    for (const field of Object.values(type.getFields())) {
      const argsType = field.args.length ? `${type.name}${field.name[0]!.toUpperCase()}${field.name.slice(1)}Args` : 'Record<string, never>';
      lines.push(`    ${field.name}: ${argsType};`);
    }
    lines.push('  };');
  }
  lines.push('}', '');
  return lines.join('\n');
}

async function generate(): Promise<Map<string, string>> {
  const { schema, ast } = schemaDocument();
  const server = await codegen({
    filename: SERVER_OUT,
    schema: ast,
    schemaAst: schema,
    documents: [],
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
    // Arguments a client may leave out are optional (`?`), as resolvers receive them.
    config: { ...COMMON_CONFIG, avoidOptionals: false },
  });
  const documents = await webDocuments(schema);
  const web = await codegen({
    filename: WEB_OUT,
    schema: ast,
    schemaAst: schema,
    documents,
    plugins: [{ typescriptOperations: {} }],
    pluginMap: { typescriptOperations: operationsPlugin },
    config: { ...COMMON_CONFIG, skipTypename: true, preResolveTypes: true },
  });
  return new Map([
    [SERVER_OUT, HEADER + server + fieldArgsMap(schema)],
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
