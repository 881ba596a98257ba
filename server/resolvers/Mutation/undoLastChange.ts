// Mutation.undoLastChange: puts back what the caller's own most recent graph edit replaced (server/mutations/undo.ts).
// Admins only, as only admins make the changes it undoes.
import type { FieldResolver } from '../../context.js';
import { changesOf } from '../../mutations/change-record.js';
import { allow } from '../../mutations/roles.js';
import { undoLastChange as run, type UndoResult } from '../../mutations/undo.js';

const undoLastChange: FieldResolver<'Mutation', 'undoLastChange', UndoResult> = async (_p, _args, ctx) => {
  allow(ctx, 'change', 'undoLastChange');
  return run(ctx.db, ctx.viewer.id, changesOf(ctx));
};

export default undoLastChange;
