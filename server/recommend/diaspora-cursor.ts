// The `after` cursor of diaspora's pages: an opaque string holding where the next page starts in the listing order
// (diaspora-groups.ts) and which question it belongs to, so a cursor handed to another origin, area or date is
// refused instead of paging through a different list. Pure.
import { badInput } from '../explore/validate.js';

export interface DiasporaQuestion {
  originRegionId: string;
  techAreaId: string | null;
  asOf: string | null;
}

const questionKey = (q: DiasporaQuestion) => [q.originRegionId, q.techAreaId ?? '', q.asOf ?? ''];

export function encodeDiasporaCursor(offset: number, q: DiasporaQuestion): string {
  return Buffer.from(JSON.stringify([offset, ...questionKey(q)]), 'utf8').toString('base64url');
}

/** The offset the cursor points at (0 without one); BAD_USER_INPUT naming `after` when it is not one of ours. */
export function decodeDiasporaCursor(after: string | null, q: DiasporaQuestion): number {
  if (after === null) return 0;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    v = null;
  }
  const ok = Array.isArray(v) && v.length === 4 && Number.isInteger(v[0]) && (v[0] as number) >= 0 && v.slice(1).every((x) => typeof x === 'string');
  if (!ok) throw badInput('after', "is not a cursor diaspora returned (pass the previous page's nextCursor)");
  const key = questionKey(q);
  if (!key.every((k, i) => (v as unknown[])[i + 1] === k)) throw badInput('after', 'belongs to another diaspora question (other origin, techArea or asOf)');
  return (v as unknown[])[0] as number;
}
