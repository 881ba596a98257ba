// The demand lifecycle of the 48-hour order desk, as pure functions: the states, which change each state allows,
// and the times the desk measures (hours left, overdue, late, hours to answer). The mutations (changes.ts) and the
// readers (reads.ts) both decide through here, so the rules live in one place. docs/model.md describes them.

import { DEMAND_STATUSES } from '../model/model.js';

export { DEMAND_STATUSES };
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** States in which the firm's business with the desk is over. */
export const CLOSED_STATUSES: readonly DemandStatus[] = ['accepted', 'declined', 'withdrawn'];

export type DeskAction = 'propose' | 'remove' | 'reorder' | 'answer' | 'respond' | 'withdraw';

/** The states each change may start from. */
export const ALLOWED_FROM: Record<DeskAction, readonly DemandStatus[]> = {
  propose: ['open'],
  remove: ['open'],
  reorder: ['open'],
  answer: ['open'],
  respond: ['answered', 'accepted'],
  withdraw: ['open', 'answered'],
};

const HOUR = 3_600_000;

/**
 * The stored status as a lifecycle state. Data written before the lifecycle used `matched` for an answered demand;
 * anything else unknown is read as open, the state in which the desk still has to act.
 */
export function normaliseStatus(stored: unknown): DemandStatus {
  if (stored === 'matched') return 'answered';
  return (DEMAND_STATUSES as readonly unknown[]).includes(stored) ? (stored as DemandStatus) : 'open';
}

/** Stored values a status filter must match (answered also finds the older `matched`). */
export function storedStatuses(statuses: readonly DemandStatus[]): string[] {
  return statuses.flatMap((s) => (s === 'answered' ? ['answered', 'matched'] : [s]));
}

export function allowed(action: DeskAction, status: DemandStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

export interface DemandTimes {
  status: DemandStatus;
  postedAt: string;
  responseDue: string;
  answeredAt: string | null;
  closedAt: string | null;
}

export interface DeskClock {
  /** Hours until responseDue while open (negative once overdue); null otherwise. */
  hoursLeft: number | null;
  overdue: boolean;
  late: boolean;
  hoursToAnswer: number | null;
  answeredInTime: boolean | null;
  /** Hours past responseDue: to asOf while open and overdue, to answeredAt once answered late; null otherwise. */
  hoursLate: number | null;
}

const ms = (iso: string) => new Date(iso).getTime();
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The desk's clock for a demand at `asOf`. */
export function deskClock(d: DemandTimes, asOf: Date): DeskClock {
  const due = ms(d.responseDue);
  const now = asOf.getTime();
  const open = d.status === 'open';
  const answeredAt = d.answeredAt ? ms(d.answeredAt) : null;
  const hoursToAnswer = answeredAt !== null ? round2((answeredAt - ms(d.postedAt)) / HOUR) : null;
  const overdue = open && now > due;
  return {
    hoursLeft: open ? round2((due - now) / HOUR) : null,
    overdue,
    late: answeredAt !== null && answeredAt > due,
    hoursToAnswer,
    answeredInTime: answeredAt !== null ? answeredAt <= due : null,
    hoursLate: overdue ? round2((now - due) / HOUR) : answeredAt !== null && answeredAt > due ? round2((answeredAt - due) / HOUR) : null,
  };
}

/** The state after the firm's response about one candidate: accepted at the first acceptance, declined when all were declined. */
export function statusAfterResponses(current: DemandStatus, responses: ReadonlyArray<string | null>): DemandStatus {
  if (responses.some((r) => r === 'accepted')) return 'accepted';
  if (responses.length > 0 && responses.every((r) => r === 'declined')) return 'declined';
  return current;
}

/** Linear interpolation between closest ranks, as Cypher's percentileCont: p in [0, 1]. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
