// The desk's queue (in the sidebar) and its open demand (in the main area) are drawn apart; after a change to a
// demand the queue must show its new state. A change is announced here and every listener reloads.
import { useEffect, useState } from 'react';

const listeners = new Set<() => void>();

export function announceDeskChange(): void {
  for (const listen of [...listeners]) listen();
}

/** A number that goes up with every announced change, for use in a load key. */
export function useDeskChanges(): number {
  const [seq, setSeq] = useState(0);
  useEffect(() => {
    const listen = () => setSeq((n) => n + 1);
    listeners.add(listen);
    return () => {
      listeners.delete(listen);
    };
  }, []);
  return seq;
}
