// Query.importMappings: the mappings the project ships, for an import without a mapping file of one's own
// (server/import-jobs/shipped.ts). Admins only.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { shippedMappings, type ShippedMapping } from '../../import-jobs/shipped.js';

const importMappings: FieldResolver<'Query', 'importMappings', ShippedMapping[]> = (_p, _args, ctx) => {
  requireRole(ctx, 'admin', 'importMappings');
  return shippedMappings();
};

export default importMappings;
