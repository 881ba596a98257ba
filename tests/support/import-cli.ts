// Runs `npm run import`'s entry point as a child process against the test Neo4j, as an operator would from a shell:
// exit code, stdout and stderr are what the tests check.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';

export function importCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'seed', 'import', 'cli.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    encoding: 'utf8',
    timeout: 120_000,
  });
}
