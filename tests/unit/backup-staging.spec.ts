// The name a backup is written under until it is complete. takeBackup writes it and `npm run backup` removes it on
// a second signal, so both take it from stagingFile; this checks what that name must be for the rename to work.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingFile } from '../../server/backup/backup.js';

describe('backup staging file', () => {
  it('sits beside the backup (the final rename stays on one file system) and says it is partial', () => {
    const file = path.join('backups', 'talent-bridge-20261205T154000Z.tbk.gz');
    const staged = stagingFile(file);
    expect(path.isAbsolute(staged)).toBe(true);
    expect(path.dirname(staged)).toBe(path.join(process.cwd(), 'backups'));
    expect(path.basename(staged)).toBe('talent-bridge-20261205T154000Z.tbk.gz.partial');
  });

  it('is the same for a relative and an absolute spelling of one file, and differs between files', () => {
    expect(stagingFile('a/b/../x.tbk.gz')).toBe(stagingFile(path.resolve('a/x.tbk.gz')));
    expect(stagingFile('x.tbk.gz')).not.toBe(stagingFile('y.tbk.gz'));
  });
});
