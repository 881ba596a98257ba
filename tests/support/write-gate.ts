// Holds the write gate the way a backup does (Db.snapshot takes it exclusively), so that every gated write waits
// until the test releases it: a test can stop a writer mid-way whatever the machine's speed.
import type { Db } from '../../server/db.js';

export interface HeldGate {
  /** Lets the waiting writes through and ends the holding transaction. */
  release(): Promise<void>;
}

/** Resolves once the gate is held (the graph needs at least one node, which the holding copy stops at). */
export async function holdWriteGate(db: Db): Promise<HeldGate> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held!: () => void;
  const holding = new Promise<void>((r) => (held = r));
  let first = true;
  const holder = db.snapshot(
    [{ name: 'backupNodes' }],
    async () => {
      if (!first) return;
      first = false;
      held();
      await released;
    },
    { timeoutMs: 120_000 },
  );
  await Promise.race([holding, holder.then(() => Promise.reject(new Error('the write gate was not held: the graph has no node')))]);
  return {
    release: async () => {
      release();
      await holder;
    },
  };
}
