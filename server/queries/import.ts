// Named queries of the importer, the demo loader and the generator's import (seed/).
export const IMPORT_QUERIES = ['importNodes', 'importRelationships'] as const;
