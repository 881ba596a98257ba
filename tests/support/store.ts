// Store helpers for the integration tests: a fixture of nodes and relationships written through the importer's
// validated batch writer (so fixtures obey the model as imports do).
import type { Db } from '../../server/db.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../../seed/import/writer.js';

export class Fixture {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelRecord[] = [];
  private readonly keys = new Set<string>();

  node(id: string, labels: string[], props: Record<string, unknown> = {}): string {
    this.nodes.push({ id, labels, props: { name: id, ...(labels[0] === 'Person' ? { consent: true } : {}), ...props } });
    return id;
  }

  /** One relationship per (type, start, end), as the importer stores them; later duplicates are ignored. */
  rel(type: string, start: string, end: string, props: Record<string, unknown> = {}): void {
    const key = `${type}|${start}|${end}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.rels.push({ type, start, end, props });
  }

  has(type: string, start: string, end: string): boolean {
    return this.keys.has(`${type}|${start}|${end}`);
  }

  relsOf(type: string): RelRecord[] {
    return this.rels.filter((r) => r.type === type);
  }

  async write(db: Db): Promise<void> {
    await writeBatch(db, this.nodes.map(nodeRow), this.rels.map(relRow));
  }
}
