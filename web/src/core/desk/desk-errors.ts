// Which words explain a refused change at the desk: someone else got there first (CONFLICT), or the demand's state
// or the input does not allow it (BAD_USER_INPUT, whose server text names the state). Others use the app's words.
import type { ApiErrorCode } from '../api/client.js';

export type DeskErrorKey = 'desk.error.conflict' | 'desk.error.state';

export function deskErrorKey(code: ApiErrorCode): DeskErrorKey | null {
  if (code === 'CONFLICT') return 'desk.error.conflict';
  if (code === 'BAD_USER_INPUT') return 'desk.error.state';
  return null;
}
