import { describe, expect, it } from 'vitest';
import { canAct, escrowState, escrowSteps, stateNamed } from './escrow.js';

const ms = (...states: string[]) => states.map((state, index) => ({ index, state }));

describe('escrow states', () => {
  it('reads the API value in any case and rejects unknown ones', () => {
    expect(escrowState('DEPOSITED')).toBe('deposited');
    expect(escrowState('held')).toBeNull();
    expect(escrowState(null)).toBeNull();
  });

  it('shows the way through the states, ending in released or refunded', () => {
    expect(escrowSteps('proposed').map((s) => s.status)).toEqual(['current', 'todo', 'todo']);
    expect(escrowSteps('deposited').map((s) => `${s.step}:${s.status}`)).toEqual(['proposed:done', 'deposited:current', 'released:todo']);
    expect(escrowSteps('released').map((s) => s.status)).toEqual(['done', 'done', 'done']);
    expect(escrowSteps('refunded').map((s) => s.step)).toEqual(['proposed', 'deposited', 'refunded']);
  });
});

describe('which actions a broker is offered', () => {
  it('deposits only while proposed', () => {
    expect(canAct('deposit', 'proposed', ms('planned')).allowed).toBe(true);
    expect(canAct('deposit', 'deposited', ms('planned'))).toEqual({ allowed: false, reason: 'not_proposed' });
    expect(canAct('deposit', null, ms('planned')).allowed).toBe(false);
  });

  it('acts on the first planned milestone only, and under escrow only after the deposit', () => {
    expect(canAct('complete', 'proposed', ms('planned', 'planned'), 0)).toEqual({ allowed: false, reason: 'awaiting_deposit' });
    expect(canAct('complete', 'deposited', ms('planned', 'planned'), 0).allowed).toBe(true);
    expect(canAct('fail', 'deposited', ms('planned', 'planned'), 1)).toEqual({ allowed: false, reason: 'not_next' });
    expect(canAct('complete', 'released', ms('done', 'planned'), 1).allowed).toBe(true);
    expect(canAct('complete', 'released', ms('done', 'planned'), 0)).toEqual({ allowed: false, reason: 'not_planned' });
    expect(canAct('complete', 'refunded', ms('failed', 'planned'), 1)).toEqual({ allowed: false, reason: 'closed' });
    // Without escrow there is nothing to wait for.
    expect(canAct('complete', null, ms('planned'), 0).allowed).toBe(true);
  });
});

describe('the state an API refusal names', () => {
  it('finds the first state word in the message', () => {
    expect(stateNamed('Escrow of project demo:project:x is released; only a proposed escrow takes a deposit')).toBe('released');
    expect(stateNamed('milestone 0 is DONE')).toBe('done');
    expect(stateNamed('no such project')).toBeNull();
  });
});
