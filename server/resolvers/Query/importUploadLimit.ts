// Query.importUploadLimit: the largest upload accepted (TB_UPLOAD_MAX_BYTES), so the web app can refuse a file
// before sending it. Admins only.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';

const importUploadLimit: FieldResolver<'Query', 'importUploadLimit', number> = (_p, _args, ctx) => {
  requireRole(ctx, 'admin', 'importUploadLimit');
  return ctx.config.uploads.maxBytes;
};

export default importUploadLimit;
