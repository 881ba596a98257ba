// Query.suggestImportMappings: the shipped mappings that fit uploaded files, from their names and headers
// (server/import-jobs/mapping-suggestions.ts). Admins only.
import type { FieldResolver } from '../../context.js';
import { suggestMappings } from '../../import-jobs/api.js';
import type { MappingSuggestion } from '../../import-jobs/mapping-suggestions.js';

const suggestImportMappings: FieldResolver<'Query', 'suggestImportMappings', Promise<MappingSuggestion[]>> = (_p, args, ctx) => suggestMappings(ctx, args.uploads);

export default suggestImportMappings;
