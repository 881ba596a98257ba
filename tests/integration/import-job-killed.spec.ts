// An import job whose worker is killed mid-commit (SIGKILL, as the kernel's out-of-memory killer would) ends FAILED
// with an error that says so; nothing of the commit is stored, the registry takes the next job, and the API process
// stays up (vitest fails the file on an uncaught error). The worker is held at the write gate while it is killed, so
// the test does not depend on the machine's speed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportJobs, type ImportJob } from '../../server/import-jobs/jobs.js';
import { saveUpload } from '../../server/import-jobs/staging.js';
import { testConfig, testDb, withGraph } from '../support/db.js';
import { waitFor } from '../support/poll.js';
import { holdWriteGate } from '../support/write-gate.js';

const db = testDb();
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-killed-'));
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));
// The write gate is held by reading a node, so the graph has one besides the people imported here.
withGraph(db, async () => void (await db.runText("CREATE (:Marker {id: 'killed-import-gate'})", {}, 'WRITE')));

const PEOPLE = 200;
const csv = ['id:ID(KilP),:LABEL,name', ...Array.from({ length: PEOPLE }, (_, i) => `k${i + 1},Person,Killed Person ${i + 1}`), ''].join('\n');
const storedPeople = async () => Number((await db.runText("MATCH (p:Person) WHERE p.id STARTS WITH 'KilP:' RETURN count(p) AS n"))[0]!.n);

/** The pids of running job workers whose arguments include `text` (read from /proc, as ps would). */
function workerPids(text: string): number[] {
  return fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      return args.some((a) => a.endsWith('job-worker.ts')) && args.some((a) => a.includes(text)) ? [Number(entry)] : [];
    } catch {
      return []; // it ended while the folder was read
    }
  });
}

async function ended(jobs: ImportJobs, id: string): Promise<ImportJob> {
  await waitFor(`import job ${id} to end`, () => jobs.get(id)!.status !== 'RUNNING');
  return jobs.get(id)!;
}

describe('an import job whose worker is killed', () => {
  it('fails with the signal named, stores nothing, and the next job runs', async () => {
    const jobs = new ImportJobs(db, testConfig({ TB_UPLOAD_DIR: uploadDir }));
    const upload = () => saveUpload(uploadDir, 'killed-people.csv', Readable.from([csv]), 1 << 20);
    const check = jobs.check('ada', [await upload()], null);
    expect((await ended(jobs, check.id)).status).toBe('OK');

    const gate = await holdWriteGate(db);
    let commit: ImportJob;
    try {
      commit = jobs.commit('ada', check.id);
      // Every row read, the first write waiting at the gate: the worker is mid-commit.
      await waitFor('the commit to wait at its first write', () => jobs.get(commit.id)!.stage === 'write');
      // A commit runs on its check's staged folder, which the check's id names.
      const pids = workerPids(check.id);
      expect(pids).toHaveLength(1);
      process.kill(pids[0]!, 'SIGKILL');
      commit = await ended(jobs, commit.id);
    } finally {
      await gate.release();
    }
    expect(commit.status).toBe('FAILED');
    expect(commit.error).toMatch(/^the importer was killed by signal SIGKILL/);
    expect(commit.finishedAt).not.toBeNull();
    expect(await storedPeople()).toBe(0);

    // Not left RUNNING: the registry refuses nothing, and a new check over the same rows runs to its end.
    expect(jobs.running()).toBeNull();
    const again = jobs.check('ada', [await upload()], null);
    expect(await ended(jobs, again.id)).toMatchObject({ status: 'OK', rowsDone: PEOPLE, error: null });
  });
});
