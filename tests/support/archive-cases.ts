// What the archive specs (zip and tar) share: the hostile entry names every reader must refuse, with the words of
// the refusal, and the files an extraction left on disk.
import fs from 'node:fs';
import path from 'node:path';

/** The files under a folder: relative, `/`-separated, sorted. */
export function fileTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Entry names that must refuse an archive, and what the refusal says of them (archive-rules.ts). */
export const HOSTILE_NAMES: Array<[string, string]> = [
  ['../evil.csv', "climbs out of the archive's folder"],
  ['data/../../evil.csv', "climbs out of the archive's folder"],
  ['/etc/evil.csv', 'is an absolute path'],
  ['C:/Windows/evil.csv', 'starts with a drive letter'],
  ['data\\..\\evil.csv', 'has a backslash'],
];

