// The two slow steps before measuring, through the project's own code: seed/generate writes the graph, and
// seed/import loads it. Import rates are taken separately for nodes and relationships, from the importer's own
// phases where it reports them.
import fs from 'node:fs';
import type { Db } from '../../server/db.js';
import { generate } from '../../seed/generate/generate.js';
import type { ImportFigures } from './report.js';

export async function generateGraph(opts: {
  persons: number;
  seed: number;
  out: string;
  log: (s: string) => void;
}): Promise<{ seconds: number; rows: number; peakRssMiB: number }> {
  fs.mkdirSync(opts.out, { recursive: true });
  let lastPhase = '';
  let lastAt = 0;
  const result = await generate({
    persons: opts.persons,
    seed: opts.seed,
    out: opts.out,
    onProgress: (p) => {
      const now = Date.now();
      if (p.phase !== lastPhase || now - lastAt > 15_000) {
        opts.log(`generate: ${p.phase}, ${p.rows.toLocaleString('en-US')} of ~${p.estimatedRows.toLocaleString('en-US')} rows`);
        lastPhase = p.phase;
        lastAt = now;
      }
    },
  });
  return { seconds: result.elapsedMs / 1000, rows: result.rows, peakRssMiB: result.peakRssBytes / 2 ** 20 };
}

export async function importGraph(_db: Db, _dir: string, _schemaSeconds: number, _log: (s: string) => void): Promise<ImportFigures> {
  throw new Error('the importer (seed/import) is not wired in yet');
}
