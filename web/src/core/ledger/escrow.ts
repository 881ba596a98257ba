// The 安心宝 escrow account as the app shows it: its state (proposed → deposited → released, or → refunded when the
// first milestone fails and the risk pool covers the platform's cost), which actions a broker may take in that
// state, and the state an API refusal names, so the refusal can be put in plain words.
import { milestonesInOrder, milestoneState, type MilestoneLike } from './timeline.js';

export const ESCROW_STATES = ['proposed', 'deposited', 'released', 'refunded'] as const;
export type EscrowState = (typeof ESCROW_STATES)[number];

export function escrowState(v: string | null | undefined): EscrowState | null {
  const k = (v ?? '').toLowerCase();
  return (ESCROW_STATES as readonly string[]).includes(k) ? (k as EscrowState) : null;
}

/** Where the state sits on the way proposed → deposited → released|refunded (for the stepper). */
export function escrowSteps(state: EscrowState | null): { step: EscrowState; status: 'done' | 'current' | 'todo' | 'skipped' }[] {
  const reached = state === null ? -1 : ['proposed', 'deposited', 'released', 'refunded'].indexOf(state);
  const end: EscrowState = state === 'refunded' ? 'refunded' : 'released';
  const path: EscrowState[] = ['proposed', 'deposited', end];
  return path.map((step, i) => {
    const at = Math.min(reached, 2);
    return { step, status: i < at ? 'done' : i === at ? (i === 2 ? 'done' : 'current') : 'todo' };
  });
}

export type ProjectAction = 'deposit' | 'complete' | 'fail';

export interface ActionCheck {
  allowed: boolean;
  /** Why not, as a message key suffix the view translates. */
  reason?: 'not_proposed' | 'not_planned' | 'not_next' | 'awaiting_deposit' | 'closed';
}

/**
 * Whether a broker's button is offered: a deposit while the escrow is proposed; completing or failing the first
 * milestone still planned, and under escrow only once the deposit is in. The server decides in the end (two
 * brokers can race); this only keeps buttons away that could never succeed.
 */
export function canAct(action: ProjectAction, escrow: EscrowState | null, milestones: readonly MilestoneLike[], index?: number): ActionCheck {
  if (action === 'deposit') return escrow === 'proposed' ? { allowed: true } : { allowed: false, reason: 'not_proposed' };
  const ordered = milestonesInOrder(milestones);
  const m = ordered.find((x) => x.index === index);
  if (!m || milestoneState(m.state) !== 'planned') return { allowed: false, reason: 'not_planned' };
  const next = ordered.find((x) => milestoneState(x.state) === 'planned');
  if (next && next.index !== m.index) return { allowed: false, reason: 'not_next' };
  const first = ordered[0]?.index === m.index;
  if (first && escrow === 'proposed') return { allowed: false, reason: 'awaiting_deposit' };
  if (escrow === 'refunded') return { allowed: false, reason: 'closed' };
  return { allowed: true };
}

const STATE_WORDS = ['proposed', 'deposited', 'released', 'refunded', 'planned', 'done', 'failed'] as const;
export type NamedState = (typeof STATE_WORDS)[number];

/**
 * The state a BAD_USER_INPUT refusal names ("escrow is released, cannot deposit" → "released"), so the view can
 * say it in the user's language. The first state word in the message wins; none → null.
 */
export function stateNamed(message: string): NamedState | null {
  const words = message.toLowerCase().match(/[a-z_]+/g) ?? [];
  return (words.find((w) => (STATE_WORDS as readonly string[]).includes(w)) as NamedState | undefined) ?? null;
}
