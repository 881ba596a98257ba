// Query files load into a map at start-up and a missing one stops it; DDL splitting keeps statements intact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingQueryError, loadQueries, splitStatements } from '../../server/db.js';

describe('loadQueries', () => {
  it('fails naming the missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-cypher-'));
    fs.writeFileSync(path.join(dir, 'present.cypher'), 'RETURN 1');
    expect(() => loadQueries(dir, ['present', 'absent'])).toThrow(MissingQueryError);
    expect(() => loadQueries(dir, ['present', 'absent'])).toThrow(/absent\.cypher/);
    expect(loadQueries(dir, ['present']).get('present')).toBe('RETURN 1');
  });

  it('finds a file for every query name the code uses', () => {
    expect(() => loadQueries()).not.toThrow();
  });
});

describe('splitStatements', () => {
  it('drops comment lines and splits on semicolons', () => {
    const text = '// a comment; with a semicolon\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// next\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });
});
