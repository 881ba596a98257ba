// A demand's lifecycle as the desk shows it: the states, the words and tone of each badge (text always, colour only
// as an extra), and which controls make sense in each state. The server is the judge of every transition; these
// only keep controls that cannot succeed out of the way.
import type { Deadline } from './countdown.js';

export const DEMAND_STATUSES = ['open', 'answered', 'accepted', 'declined', 'withdrawn'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export function isDemandStatus(v: unknown): v is DemandStatus {
  return typeof v === 'string' && (DEMAND_STATUSES as readonly string[]).includes(v);
}

export type BadgeTone = 'ok' | 'danger' | 'warn' | 'neutral' | 'info';

export const STATUS_TONES: Record<DemandStatus, BadgeTone> = {
  open: 'info',
  answered: 'ok',
  accepted: 'ok',
  declined: 'neutral',
  withdrawn: 'neutral',
};

/** The clock badge's tone: overdue and late are warnings in words and colour; on time is good news. */
export function deadlineTone(d: Deadline): BadgeTone {
  switch (d.kind) {
    case 'overdue':
      return 'danger';
    case 'late':
      return 'warn';
    case 'onTime':
      return 'ok';
    case 'due':
      return d.ms < 6 * 3_600_000 ? 'warn' : 'neutral';
    case 'none':
      return 'neutral';
  }
}

export interface DeskActions {
  /** Add or remove candidates, change their order. */
  shortlist: boolean;
  answer: boolean;
  /** Record the firm's word on a candidate. */
  respond: boolean;
  withdraw: boolean;
}

/** What a broker may try in each state (an answered demand takes the firm's responses; a closed one nothing). */
export function actionsFor(status: string, canChange: boolean): DeskActions {
  if (!canChange) return { shortlist: false, answer: false, respond: false, withdraw: false };
  switch (status) {
    case 'open':
      return { shortlist: true, answer: true, respond: false, withdraw: true };
    case 'answered':
      return { shortlist: false, answer: false, respond: true, withdraw: true };
    case 'accepted':
    case 'declined':
      return { shortlist: false, answer: false, respond: true, withdraw: false };
    default:
      return { shortlist: false, answer: false, respond: false, withdraw: false };
  }
}

/** Brokers and admins work the desk (shortlists, answers, admissions); everyone else only reads it. */
export function worksTheDesk(role: string | null | undefined): boolean {
  return role === 'broker' || role === 'admin';
}
