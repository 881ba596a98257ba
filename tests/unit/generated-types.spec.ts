// The types generated from the SDL are part of the source: these checks fail CI when they are stale (someone changed
// server/schema/*.graphql or a web document without running `npm run codegen`), and when a resolver file does not
// declare itself through FieldResolver<'Type', 'field'>, which is what ties it to the generated argument types.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESOLVERS = path.join(ROOT, 'server', 'resolvers');

describe('generated types', () => {
  it('are up to date with the SDL and the web documents', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'codegen.ts'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(`${run.stdout}${run.stderr}`).toContain('generated types are up to date');
    expect(run.status).toBe(0);
  }, 120_000);

  it('type every resolver file by its own type and field', () => {
    const offenders: string[] = [];
    let files = 0;
    for (const type of fs.readdirSync(RESOLVERS, { withFileTypes: true })) {
      if (!type.isDirectory()) continue;
      for (const file of fs.readdirSync(path.join(RESOLVERS, type.name))) {
        if (!file.endsWith('.ts') || file.endsWith('.d.ts') || /\.(spec|test)\./.test(file)) continue;
        files += 1;
        const field = file.replace(/\.ts$/, '');
        const text = fs.readFileSync(path.join(RESOLVERS, type.name, file), 'utf8');
        if (!text.includes(`FieldResolver<'${type.name}', '${field}'`)) offenders.push(`${type.name}/${file}`);
      }
    }
    expect(files).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });
});
