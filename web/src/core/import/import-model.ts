// Pure helpers of the import view: where uploads go, which files a check takes (data files, at most one mapping,
// none over the server's limit, no name twice), how a job's progress reads (share done, rows/s, ETA) and which job
// the view follows when it opens (a running one first, so a second tab picks up an import in progress).

export interface ImportJobLike {
  id: string;
  kind: 'CHECK' | 'COMMIT';
  status: 'RUNNING' | 'OK' | 'BAD_ROWS' | 'FAILED' | 'INTERRUPTED';
  stage: string | null;
  rowsDone: number;
  rowsTotal: number | null;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  commitId: string | null;
}

export interface PickedFile {
  name: string;
  size: number;
}

export type FileProblem = { kind: 'tooLarge'; name: string; limit: number } | { kind: 'twice'; name: string } | { kind: 'notData'; name: string } | { kind: 'noData' };

const DATA_NAME = /\.(csv|tsv|txt|jsonl|ndjson)(\.gz)?$|\.xlsx$/i;
const MAPPING_NAME = /\.json$/i;

/** The upload endpoint beside the GraphQL endpoint (`/graphql` → `/import/uploads`). */
export function uploadUrl(graphqlUrl: string): string {
  return `${graphqlUrl.replace(/\/graphql\/?$/, '')}/import/uploads`;
}

/** What is wrong with a choice of data files and mapping before anything is sent (null when nothing is). */
export function filesProblem(data: readonly PickedFile[], mapping: PickedFile | null, limit: number | null): FileProblem | null {
  if (data.length === 0) return { kind: 'noData' };
  const seen = new Set<string>();
  for (const f of data) {
    if (!DATA_NAME.test(f.name)) return { kind: 'notData', name: f.name };
    if (seen.has(f.name)) return { kind: 'twice', name: f.name };
    seen.add(f.name);
  }
  for (const f of [...data, ...(mapping ? [mapping] : [])]) {
    if (limit !== null && f.size > limit) return { kind: 'tooLarge', name: f.name, limit };
  }
  if (mapping && !MAPPING_NAME.test(mapping.name)) return { kind: 'notData', name: mapping.name };
  return null;
}

/** Share of the current stage done (0..1), or null when the stage has no known total. */
export function progressShare(job: ImportJobLike): number | null {
  if (job.status !== 'RUNNING') return job.status === 'OK' ? 1 : null;
  if (job.rowsTotal === null || job.rowsTotal <= 0) return null;
  return Math.min(1, job.rowsDone / job.rowsTotal);
}

/** Seconds as the view shows an ETA: 45 s, 3 min 5 s, 2 h 10 min. */
export function durationParts(seconds: number): { h: number; min: number; s: number } {
  const total = Math.max(0, Math.round(seconds));
  return { h: Math.floor(total / 3600), min: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** Bytes in KiB / MiB / GiB, one decimal past 10. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 || v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** The job the view follows when none is chosen: a running one, else the newest. */
export function jobToFollow<J extends ImportJobLike>(jobs: readonly J[], chosen: string | null): J | null {
  if (chosen) {
    const found = jobs.find((j) => j.id === chosen);
    if (found) return found;
  }
  return jobs.find((j) => j.status === 'RUNNING') ?? jobs[0] ?? null;
}

/** True when this job is a check whose files can be written now. */
export function canCommit(job: ImportJobLike, jobs: readonly ImportJobLike[]): boolean {
  return job.kind === 'CHECK' && job.status === 'OK' && !job.commitId && !jobs.some((j) => j.status === 'RUNNING');
}
