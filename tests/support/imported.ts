// Specs over real data imported with a shipped mapping: the file's set-up (an emptied graph, the import, which must
// report ok, and an app on the result) and the LDBC SNB CSV files read back independently of the importer
// (csv-parse), with node ids spelled as the mapping's id spaces make them.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { loadMapping } from '../../seed/import/mapping.js';
import { PROJECT_ROOT } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { createApp, type App } from '../../server/yoga.js';
import { testConfig, withGraph } from './db.js';

export const LDBC_MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'ldbc-snb.json');

/**
 * Before the tests of the enclosing describe: the graph emptied, `dir` imported with `mapping`, and `done` run with
 * the import's report; after them the gateway closes. Imports take minutes, hence the limit.
 */
export function withImport(db: Db, dir: string | null, mapping: string, done: (report: ImportReport) => Promise<void>, timeoutMs: number): void {
  withGraph(db, async () => done(await importDirectory(db, dir!, { mapping })), timeoutMs);
}

/** withImport whose report must be ok, then an app built on the imported graph, handed to `ready`. */
export function withImportedApp(db: Db, dir: string | null, mapping: string, ready: (app: App) => void, timeoutMs: number): void {
  withImport(
    db,
    dir,
    mapping,
    async (report) => {
      expect(report.status).toBe('ok');
      ready(await createApp({ config: testConfig(), db }));
    },
    timeoutMs,
  );
}

export type CsvRow = Record<string, string>;

/** The LDBC SNB files of `dir` (pipe-separated, with headers) and node ids as the importer writes them. */
export function ldbcFiles(dir: string | null) {
  /** `<id space of the mapping>:<value>`. */
  const spaces = dir ? (loadMapping(LDBC_MAPPING).idSpaces ?? {}) : {};
  return {
    read: (file: string): CsvRow[] => parse(fs.readFileSync(path.join(dir!, file)), { delimiter: '|', columns: true }) as CsvRow[],
    col: (row: CsvRow, i: number) => Object.values(row)[i]!,
    personId: (v: string) => `${spaces.Person ?? 'Person'}:${v}`,
    orgId: (v: string) => `${spaces.Organisation ?? 'Organisation'}:${v}`,
  };
}
