// The files an import did not read, as the job summary's one "Not read" line names them. The server lists every
// file and archive entry the importer passed over (ImportSummary.ignoredFiles, x.zip/cordis/webLink.csv); the line
// names the data files among them by their own names, so an admin who uploaded the portal's zip sees at a glance
// that euroSciVoc.csv was not read. Archivers' own files (__MACOSX/, .DS_Store) are left out of the line: nobody
// meant them as data, and they would crowd out the names that matter.

/** Names the line shows before "+N". */
export const NOT_READ_SHOWN = 6;

/** Files archivers add for themselves: macOS resource forks, Finder's and Explorer's folder settings. */
function isArchiverFile(file: string): boolean {
  return file.split('/').some((s) => s === '__MACOSX' || s.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(s));
}

/** The names to show (last path segment; the whole path where two would read the same), and how many more. */
export function notReadNames(ignored: readonly string[]): { names: string[]; more: number; all: string[] } {
  const all = ignored.filter((f) => !isArchiverFile(f));
  const base = (f: string) => f.slice(f.lastIndexOf('/') + 1);
  const seen = new Map<string, number>();
  for (const f of all) seen.set(base(f), (seen.get(base(f)) ?? 0) + 1);
  const names = all.map((f) => (seen.get(base(f))! > 1 ? f : base(f)));
  return { names: names.slice(0, NOT_READ_SHOWN), more: Math.max(0, names.length - NOT_READ_SHOWN), all };
}

/** The line's message: one file is "it", more are "them" (in both languages). */
export function notReadKey(files: number): 'import.notRead.one' | 'import.notRead' {
  return files === 1 ? 'import.notRead.one' : 'import.notRead';
}
