// Pure helpers of the import view: where uploads go, which files a check takes (data files, at most one mapping,
// none over the server's limit, no name twice), the mapping select (no mapping, the shipped ones with the suggested
// ones first and preselected, or a mapping file), how a job's progress reads (share done, rows/s, ETA) and which job
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

const DATA_NAME = /\.(csv|tsv|txt|jsonl|ndjson)(\.gz)?$|\.(xlsx|zip|tar|tgz|tzst|tar\.gz|tar\.zst)$/i;
/** The endings DATA_NAME takes, for the file input's `accept` (the label and the notData message name them too). */
export const DATA_EXTENSIONS = ['.csv', '.tsv', '.txt', '.jsonl', '.ndjson', '.gz', '.xlsx', '.zip', '.tar', '.tar.gz', '.tgz', '.tar.zst', '.tzst'] as const;
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

/** A shipped mapping as the view lists it, and a suggestion for the uploaded files (suggestImportMappings). */
export interface ShippedLike {
  id: string;
  name: string;
}
export interface SuggestionLike {
  mapping: ShippedLike | null;
}

/** The mapping select's values: no mapping, a shipped mapping by id, or a mapping file to upload. */
export type MappingValue = 'none' | 'upload' | `shipped:${string}`;

export interface MappingOption {
  value: MappingValue;
  /** The shipped mapping's name (for "Shipped: <name>"). */
  name?: string;
  suggested: boolean;
}

/** The select's options: no mapping, the shipped mappings (those suggested first, best first, flagged), upload. */
export function mappingOptions(shipped: readonly ShippedLike[], suggestions: readonly SuggestionLike[]): MappingOption[] {
  const rank = new Map(suggestions.flatMap((s, i) => (s.mapping ? [[s.mapping.id, i] as const] : [])));
  const ordered = [...shipped].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.name.localeCompare(b.name));
  return [
    { value: 'none', suggested: suggestions.some((s) => s.mapping === null) },
    ...ordered.map((m): MappingOption => ({ value: `shipped:${m.id}`, name: m.name, suggested: rank.has(m.id) })),
    { value: 'upload', suggested: false },
  ];
}

/** What the select starts at once suggestions are in: the best one; a mapping file to upload when nothing fits. */
export function preselectedMapping(suggestions: readonly SuggestionLike[]): MappingValue {
  const best = suggestions[0];
  if (!best) return 'upload';
  return best.mapping ? `shipped:${best.mapping.id}` : 'none';
}

/** The suggestion behind a choice (why it fits), if it is a suggested one. */
export function suggestionOf<S extends SuggestionLike>(value: MappingValue, suggestions: readonly S[]): S | null {
  if (value === 'upload') return null;
  return suggestions.find((s) => (value === 'none' ? s.mapping === null : s.mapping !== null && value === `shipped:${s.mapping.id}`)) ?? null;
}

/** checkImport's mapping arguments for a choice (the uploaded mapping file's id when one is to be used). */
export function mappingArgs(value: MappingValue, uploadedMapping: string | null): { mapping: string | null; shippedMapping: string | null } {
  if (value === 'upload') return { mapping: uploadedMapping, shippedMapping: null };
  return { mapping: null, shippedMapping: value === 'none' ? null : value.slice('shipped:'.length) };
}
