// Named queries of the importer, the demo loader and the generator's import (seed/). Relationships are written by
// one query per model type (cypher/importRelationships_<TYPE>.cypher), since MERGE needs the type as fixed text; the
// files are written from cypher/importRelationships.template (seed/import/rel-queries.ts), and a unit test keeps them so.
import { REL_TYPES, type RelType } from '../model/model.js';

export const REL_IMPORT_QUERIES = REL_TYPES.map((t) => `importRelationships_${t}` as const);
export type RelImportQuery = `importRelationships_${RelType}`;

export const IMPORT_QUERIES = [
  'importNodes',
  'importNodeUpdates',
  'importNodeAppends',
  'importLookupIds',
  'importExistingProps',
  'importExistingTies',
  'importMatchNames',
  ...REL_IMPORT_QUERIES,
] as const;
