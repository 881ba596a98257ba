// Data and code move one way: no module under server/ imports from seed/ (only the start-up that loads the demo
// does), so the API never pulls in importer or generator code; and nothing under seed/ reaches into the
// resolvers. The model's record checks live in server/model/, which both sides import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name)) out.push(p);
  }
  return out;
}

/** Every module a file imports (static imports, re-exports and dynamic imports), resolved against the file. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.relative(PROJECT_ROOT, path.resolve(path.dirname(file), s)).split(path.sep).join('/'));
}

describe('import direction', () => {
  it('server/ imports nothing from seed/ except the demo load at start-up', () => {
    const offending = sources(path.join(PROJECT_ROOT, 'server')).flatMap((f) =>
      importsOf(f)
        .filter((target) => target.startsWith('seed/'))
        .map((target) => `${path.relative(PROJECT_ROOT, f)} -> ${target}`),
    );
    expect(offending).toEqual(['server/start.ts -> seed/demo/load.js']);
  });

  it('seed/ does not reach into the resolvers', () => {
    const offending = sources(path.join(PROJECT_ROOT, 'seed')).flatMap((f) =>
      importsOf(f)
        .filter((target) => target.startsWith('server/resolvers/'))
        .map((target) => `${path.relative(PROJECT_ROOT, f)} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('finds an import from seed/ when there is one (the check can fail)', () => {
    expect(importsOf(path.join(PROJECT_ROOT, 'server', 'start.ts'))).toContain('seed/demo/load.js');
  });
});
