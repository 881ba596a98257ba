// Argument checks shared by the desk's resolvers: instants, statuses, cursors and limits, each failure a
// BAD_USER_INPUT naming the argument (server/explore/validate.ts).
import * as z from 'zod';
import { badInput } from '../explore/validate.js';
import { DEMAND_STATUSES, type DemandStatus } from './lifecycle.js';

/** An instant the DateTime scalar already checked; absent or null stays null. */
export const instantArg = z.preprocess((v) => (v === undefined ? null : v), z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time').nullable());

export const statusesArg = z.preprocess(
  (v) => (v === null || v === undefined || (Array.isArray(v) && v.length === 0) ? null : v),
  z.array(z.enum(DEMAND_STATUSES, `must be demand states (${DEMAND_STATUSES.join(', ')})`)).transform((s) => [...new Set(s)] as DemandStatus[]).nullable(),
);

export const cursorArg = z.preprocess((v) => (v === undefined ? null : v), z.string().max(2_000, 'is not a cursor this field returned').nullable());

/** `asOf`, or the server clock. */
export function clock(asOf: string | null): Date {
  return asOf === null ? new Date() : new Date(asOf);
}

/** An IANA time zone name that the runtime knows (Neo4j knows the same database). */
export function checkTimeZone(argument: string, tz: unknown): string {
  if (tz === null || tz === undefined) return 'Asia/Shanghai';
  if (typeof tz !== 'string' || tz.length > 64 || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$|^UTC$/.test(tz)) throw badInput(argument, 'must be an IANA time zone such as Asia/Shanghai or UTC');
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw badInput(argument, `unknown time zone ${JSON.stringify(tz)}; use an IANA name such as Asia/Shanghai`);
  }
  return tz;
}
