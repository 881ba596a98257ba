// The closing summary of an import job, as the API gives it: made from the report the importer's worker sends
// (the part of seed/import/importer.ts's ImportReport that a job shows, declared here because server/ does not
// import seed/; the worker sends the whole report as JSON).

export interface WorkerReport {
  status: 'ok' | 'bad-rows' | 'interrupted';
  dryRun: boolean;
  rows: number;
  badCount: number;
  badRows: Array<{ file: string; line: number; column: number; reason: string }>;
  files: Array<{ file: string; kind: string; rows: number }>;
  /** Files and archive entries not read (no mapping entry, skipped, archivers' files); absent from older workers. */
  ignoredFiles?: string[];
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  changes: {
    newNodes: number;
    existingNodes: number;
    existingTies?: number;
    filled: number;
    differing: number;
    table?: Array<{ id: string; property: string; old: unknown; new: unknown; kind: string; file: string; line: number }>;
  };
  elapsedMs: number;
  checkMs: number;
  writeMs: number;
  stoppedAt?: { stage: string; file: string; line: number; written: number };
}

export interface ImportDifference {
  subject: string;
  property: string;
  stored: string;
  incoming: string;
  at: string;
}

/** Differing values a job's summary lists (the worker's report keeps up to a thousand changes of every kind). */
export const MAX_DIFFERENCES = 200;

export interface NamedCount {
  name: string;
  count: number;
}

export interface ImportSummary {
  dryRun: boolean;
  rows: number;
  files: Array<{ file: string; kind: string; rows: number }>;
  nodes: NamedCount[];
  relationships: NamedCount[];
  nodesWritten: number;
  relationshipsWritten: number;
  newNodes: number;
  existingNodes: number;
  existingTies: number;
  filled: number;
  differing: number;
  differences: ImportDifference[];
  elapsedMs: number;
  /** Where an interrupted import stopped (everything before it is committed). */
  stoppedAt: string | null;
  /** What the import did not read, as the CLI report lists it: an admin sees that an archive's euroSciVoc.csv was left. */
  ignoredFiles: string[];
}

function counts(record: Record<string, number>): NamedCount[] {
  return Object.entries(record)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

const total = (record: Record<string, number>) => Object.values(record).reduce((s, n) => s + n, 0);

export function jobSummary(r: WorkerReport): ImportSummary {
  return {
    dryRun: r.dryRun,
    rows: r.rows,
    files: r.files.map((f) => ({ file: f.file, kind: f.kind, rows: f.rows })),
    nodes: counts(r.nodes),
    relationships: counts(r.relationships),
    nodesWritten: total(r.nodes),
    relationshipsWritten: total(r.relationships),
    newNodes: r.changes.newNodes,
    existingNodes: r.changes.existingNodes,
    existingTies: r.changes.existingTies ?? 0,
    filled: r.changes.filled,
    differing: r.changes.differing,
    differences: (r.changes.table ?? [])
      .filter((c) => c.kind === 'differs' || c.kind === 'replace')
      .slice(0, MAX_DIFFERENCES)
      .map((c) => ({ subject: c.id, property: c.property, stored: JSON.stringify(c.old) ?? 'null', incoming: JSON.stringify(c.new) ?? 'null', at: `${c.file}:${c.line}` })),
    elapsedMs: Math.round(r.elapsedMs),
    stoppedAt: r.stoppedAt ? `${r.stoppedAt.file}:${r.stoppedAt.line}` : null,
    ignoredFiles: r.ignoredFiles ?? [],
  };
}
