// suggestImportMappings: which shipped mappings fit an admin's uploads, from their names and header rows only. The
// fitting is the importer's (seed/import/mapping-fit.ts reads headers as the import would: encodings, workbooks,
// title rows), run as a child program like the import jobs, because the API process loads no importer code. It
// reads at most the first rows of each file, so it answers in about a second; a child that takes longer than
// FIT_TIMEOUT_MS is stopped and the request answers TIMEOUT (child-runner.ts runs it). Uploads the fitter cannot take
// (an archive refused for an entry that climbs out of its folder, a damaged one) answer BAD_USER_INPUT with its
// message, which names the files as uploaded; its own failures stay internal errors, logged in full. Archives are
// extracted to a scratch folder in the staging folder, removed when the child has ended (a timeout's signal too).
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { PROJECT_ROOT } from '../config.js';
import { badInput } from '../explore/validate.js';
import { runChildProgram } from './child-runner.js';
import { SHIPPED_MAPPINGS_DIR, shippedMappings, type ShippedMapping } from './shipped.js';
import { fitScratchFolder, type StagedUpload } from './staging.js';

const FITTER = path.join(PROJECT_ROOT, 'seed', 'import', 'mapping-fit.ts');
const FIT_TIMEOUT_MS = 60_000;
/** Its one line: a suggestion per shipped mapping, each naming a few columns per upload; far below this. */
const MAX_FIT_LINE_BYTES = 4 * 2 ** 20;
/** Fitters running at once, server-wide: each is a Node process of its own (about 100 MB for a second or so). */
const MAX_FITTERS = 2;
let fitters = 0;

/** How one file reads with a mapping (the schema's MappingFileFit; seed/import/mapping-fit.ts produces it). */
export interface FileFit {
  file: string;
  /** The mapping entry's globs that match the name; null when none does (the import would ignore the file). */
  entry: string | null;
  /** The worksheet read, for a workbook. */
  sheet: string | null;
  headerLine: number | null;
  encoding: string | null;
  /** Columns the entry reads that the header has, as the header writes them. */
  found: string[];
  /** Columns the entry reads that the header lacks (by the mapping's first name for them); optional ones too. */
  missing: string[];
  /** The entry that matches it says to skip it (a file of the export the model has no place for). */
  skipped: boolean;
  /** Why it cannot be read at all (a damaged workbook), when a suggestion fits the other files; else null. */
  problem?: string | null;
}

export interface MappingSuggestion {
  mapping: ShippedMapping | null;
  score: number;
  files: FileFit[];
}

/** The fitter's answer (declared here because server/ does not import seed/). */
interface FitAnswer {
  suggestions?: Array<{ id: string | null; score: number; files: FileFit[] }>;
  error?: string;
  /** The error is about the files given, not a failure of the fitter. */
  input?: boolean;
  /** Where the fitter failed, for the log. */
  stack?: string | null;
}

async function runFitter(files: string[], scratch: string): Promise<FitAnswer> {
  let answer: FitAnswer | undefined;
  const end = await runChildProgram({
    name: 'the mapping fitter',
    script: FITTER,
    args: ['--scratch', scratch, SHIPPED_MAPPINGS_DIR, ...files],
    maxLineBytes: MAX_FIT_LINE_BYTES,
    timeoutMs: FIT_TIMEOUT_MS,
    // It writes nothing, so one that ignores SIGTERM is killed soon: the request waits for it to be gone.
    killGraceMs: 1_000,
    // Its answer is its last line.
    onMessage: (message) => (answer = message as FitAnswer),
  });
  if (end.timedOut) throw new GraphQLError(`Suggesting mappings took longer than ${FIT_TIMEOUT_MS / 1000} s; choose a mapping yourself`, { extensions: { code: 'TIMEOUT' } });
  // An answer is taken from a child that ended well, or one that said what failed before it stopped.
  if (answer && (end.ok || answer.error !== undefined)) return answer;
  console.error(`suggestImportMappings: ${end.account}`);
  throw new Error(end.account);
}

/** A message with no trace of the staging folder: the fitter names files as uploaded, and this makes sure of it. */
function withoutPaths(message: string, folders: string[]): string {
  return folders.reduce((text, f) => text.split(`${f}${path.sep}`).join('').split(f).join('.'), message);
}

/** The shipped mappings that fit these uploads (staged in `dir`), best first (see mapping-fit.ts for the order). */
export async function suggestFor(dir: string, uploads: StagedUpload[]): Promise<MappingSuggestion[]> {
  if (fitters >= MAX_FITTERS) {
    throw new GraphQLError(`${MAX_FITTERS} mapping suggestions are being worked out already; ask again in a moment`, {
      extensions: { code: 'BUSY', http: { status: 429, headers: { 'retry-after': '1' } } },
    });
  }
  fitters++;
  let answer: FitAnswer;
  let scratch: string | undefined;
  try {
    scratch = fitScratchFolder(dir);
    answer = await runFitter(uploads.map((u) => u.file), scratch);
  } finally {
    fitters--;
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
  if (answer.input && answer.error) {
    const folders = [path.resolve(dir), ...uploads.map((u) => path.dirname(path.resolve(u.file)))];
    const message = withoutPaths(answer.error, folders.sort((a, b) => b.length - a.length));
    throw badInput('uploads', `cannot suggest a mapping: ${message}`);
  }
  if (!answer.suggestions) {
    console.error(`suggestImportMappings: the mapping fitter failed: ${answer.stack ?? answer.error ?? 'no answer'}`);
    throw new Error(`the mapping fitter failed: ${answer.error ?? 'no answer'}`);
  }
  const byId = new Map(shippedMappings().map((m) => [m.id, m]));
  return answer.suggestions.flatMap((s) => {
    const mapping = s.id === null ? null : byId.get(s.id);
    // A mapping removed between the fitter's read and ours is not offered.
    if (mapping === undefined) return [];
    return [{ mapping, score: s.score, files: s.files }];
  });
}
