// Placeholder until the demo dataset lands: loads nothing.
import type { Db } from '../../server/db.js';
export async function loadDemo(_db: Db): Promise<{ nodes: number; relationships: number }> {
  return { nodes: 0, relationships: 0 };
}
