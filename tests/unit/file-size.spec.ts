// No source file grows past 500 lines: past that a module is usually two jobs. Generated files, the i18n message
// tables and the demo data are data, not code, and are allowed to be long; every other exception is named below
// with its reason.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';

const MAX_LINES = 500;
const ROOTS = ['server', 'seed', 'web/src', 'bench', 'eval', 'tests'];

/** Paths (or folders, ending in "/") that may be longer, each with its reason. */
const ALLOWED: Record<string, string> = {
  'server/generated/graphql.ts': 'generated from the SDL (npm run codegen)',
  'web/src/core/api/generated.ts': 'generated from the SDL and the web documents (npm run codegen)',
  'web/src/core/i18n/messages.ts': 'the message tables of both languages',
  'seed/demo/': 'the curated demo data set',
};

function trackedSources(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--', ...ROOTS], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => /\.tsx?$/.test(f) && fs.existsSync(path.join(PROJECT_ROOT, f)));
}

function lineCount(file: string): number {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function allowed(file: string): boolean {
  return Object.keys(ALLOWED).some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
}

describe('file size', () => {
  const files = trackedSources();

  it(`keeps every tracked source file at ${MAX_LINES} lines or fewer, data and generated files aside`, () => {
    const over = files.filter((f) => !allowed(f) && lineCount(f) > MAX_LINES).map((f) => `${f}: ${lineCount(f)} lines`);
    expect(over).toEqual([]);
  });

  it('reads the tracked files, and counts a long one as long (the check can fail)', () => {
    expect(files).toContain('server/config.ts');
    expect(files).toContain('tests/unit/import-direction.spec.ts');
    expect(lineCount('web/src/core/i18n/messages.ts')).toBeGreaterThan(MAX_LINES);
  });

  it('names only paths that exist in its allow-list', () => {
    const missing = Object.keys(ALLOWED).filter((entry) => !fs.existsSync(path.join(PROJECT_ROOT, entry)));
    expect(missing).toEqual([]);
  });
});
