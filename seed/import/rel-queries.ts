// The relationship import queries, one per model type (cypher/importRelationships_<TYPE>.cypher), are written from
// one template (cypher/importRelationships.template): MERGE needs the type as fixed text, so the files differ only
// in it. A unit test keeps every file equal to the template; after changing the template, run
// `npx tsx seed/import/rel-queries.ts` to write them again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REL_TYPES, type RelType } from '../../server/model/model.js';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
export const REL_QUERY_TEMPLATE = path.join(CYPHER_DIR, 'importRelationships.template');

export function relQueryFile(type: RelType): string {
  return path.join(CYPHER_DIR, `importRelationships_${type}.cypher`);
}

/** The text of the import query for one relationship type. */
export function renderRelQuery(template: string, type: RelType): string {
  return template.replaceAll('{{TYPE}}', type);
}

function writeAll(): void {
  const template = fs.readFileSync(REL_QUERY_TEMPLATE, 'utf8');
  for (const type of REL_TYPES) fs.writeFileSync(relQueryFile(type), renderRelQuery(template, type));
  console.log(`wrote ${REL_TYPES.length} relationship import queries from ${path.basename(REL_QUERY_TEMPLATE)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) writeAll();
