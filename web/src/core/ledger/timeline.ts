// The order in which a ledger shows what happened: an introduction's outcomes by date (outcomes are appended, never
// overwritten, so two on the same day keep the order they were recorded in), and a project's milestones by their
// index, each with whether it was met on time.

export const OUTCOME_KINDS = ['meeting', 'project', 'contract', 'hire', 'no_fit'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export function isOutcomeKind(v: string): v is OutcomeKind {
  return (OUTCOME_KINDS as readonly string[]).includes(v);
}

/** The API's enum values may be upper case (MEETING, NO_FIT); the app speaks the lower-case names. */
export function outcomeKind(v: string): OutcomeKind | null {
  const k = v.toLowerCase();
  return isOutcomeKind(k) ? k : null;
}

export interface DatedEntry {
  date: string;
  /** When it was recorded, if the API says; breaks ties between entries of the same date. */
  recordedAt?: string | null;
}

/** The day part of an ISO date or date-time, for ordering ("2025-03-04T10:00:00Z" → "2025-03-04"). */
function day(v: string): string {
  return v.slice(0, 10);
}

/**
 * Entries by date, oldest first. Same date: by recording time when both have one, else in the order given (the
 * order the API appended them). Never mutates its input.
 */
export function byDate<T extends DatedEntry>(entries: readonly T[]): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const d = day(a.e.date).localeCompare(day(b.e.date));
      if (d !== 0) return d;
      const ra = a.e.recordedAt ?? '';
      const rb = b.e.recordedAt ?? '';
      if (ra && rb && ra !== rb) return ra.localeCompare(rb);
      return a.i - b.i;
    })
    .map((x) => x.e);
}

/** Where an introduction stands now: its latest outcome by date (the last recorded on that day), or none. */
export function latestOutcome<T extends DatedEntry & { kind: string }>(outcomes: readonly T[]): T | null {
  const ordered = byDate(outcomes);
  return ordered.at(-1) ?? null;
}

export const MILESTONE_STATES = ['planned', 'done', 'failed'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export function milestoneState(v: string): MilestoneState | null {
  const k = v.toLowerCase();
  return (MILESTONE_STATES as readonly string[]).includes(k) ? (k as MilestoneState) : null;
}

export interface MilestoneLike {
  index: number;
  state: string;
  due?: string | null;
  doneOn?: string | null;
}

export type Punctuality = 'on_time' | 'late' | 'overdue' | 'pending' | null;

/**
 * Whether a milestone kept its due date: done on or before it (on_time) or after (late); still planned after it
 * (overdue) or before it (pending). A failed milestone, or one without a due date, has no punctuality.
 */
export function punctuality(m: MilestoneLike, today: string): Punctuality {
  const state = milestoneState(m.state);
  if (!m.due || state === 'failed' || state === null) return null;
  if (state === 'done') return m.doneOn ? (day(m.doneOn) <= day(m.due) ? 'on_time' : 'late') : null;
  return day(today) > day(m.due) ? 'overdue' : 'pending';
}

/** Milestones in their project order (by index), without mutating the input. */
export function milestonesInOrder<T extends MilestoneLike>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.index - b.index);
}

/** The milestone a broker acts on next: the first one still planned, in order. */
export function nextPlanned<T extends MilestoneLike>(list: readonly T[]): T | null {
  return milestonesInOrder(list).find((m) => milestoneState(m.state) === 'planned') ?? null;
}

/** Today as the user's calendar has it (not UTC: at 07:00 in Hangzhou it is already today there). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
