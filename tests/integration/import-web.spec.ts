// Import from the web app, through the served product (a real port): an upload over TB_UPLOAD_MAX_BYTES is refused
// with 413 and leaves nothing in the staging folder; a check reports the bad row as file:line:column and writes
// nothing; after the corrected file is uploaded, the commit runs as a job that a second client follows by id to its
// closing summary, and the rows are in the store; JSON lines with a mapping import the same way; a mapping or a
// header the importer cannot read fails the job with a message naming the file as uploaded (never the staging
// folder); one job at a time; viewers and brokers are refused (FORBIDDEN, 403 on the upload).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportJobs } from '../../server/import-jobs/jobs.js';
import { INTERRUPTED_BY_RESTART } from '../../server/import-jobs/job-record.js';
import { testConfig, testDb } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { waitFor } from '../support/poll.js';
import { seededRandom } from '../support/random.js';
import { sample, samples, scrapeMetrics, servedProduct } from '../support/served.js';
import { TOKENS } from '../support/trust-fixture.js';
import { holdWriteGate } from '../support/write-gate.js';

const db = testDb();
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-web-'));
const LIMIT = 256 * 1024;
const product = servedProduct(db, {
  env: () => ({ TB_RATE_LIMIT_PER_MINUTE: '100000', TB_UPLOAD_DIR: uploadDir, TB_UPLOAD_MAX_BYTES: String(LIMIT) }),
  folders: [uploadDir],
});

const api = { fetch: (_url: string, init: RequestInit) => fetch(`${product.running.url}/graphql`, init) };
const admin = gqlClient(api, { token: TOKENS.admin });
/** A second client (another tab): it only knows the job's id. */
const follower = gqlClient(api, { token: TOKENS.admin });

const JOB = `id kind status files checkId commitId stage rowsDone rowsTotal rowsPerSecond etaSeconds problemCount
  problems { file line column message } error
  summary { dryRun rows nodesWritten relationshipsWritten newNodes existingNodes nodes { name count } files { file rows } ignoredFiles }`;
const CHECK = `mutation($uploads: [ID!]!, $mapping: ID) { checkImport(uploads: $uploads, mapping: $mapping) { ${JOB} } }`;
const COMMIT = `mutation($check: ID!) { commitImport(check: $check) { ${JOB} } }`;
const GET = `query($id: ID!) { importJob(id: $id) { ${JOB} } }`;

async function upload(name: string, body: BodyInit, token: string = TOKENS.admin, extra: RequestInit = {}): Promise<Response> {
  return fetch(`${product.running.url}/import/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body, ...extra });
}

async function uploaded(name: string, text: string): Promise<string> {
  const res = await upload(name, text);
  expect(res.status, await res.clone().text()).toBe(201);
  const body = (await res.json()) as { upload: { id: string; name: string; bytes: number } };
  expect(body.upload).toMatchObject({ name, bytes: Buffer.byteLength(text) });
  return body.upload.id;
}

/** Follows a job by id until it is no longer running; returns its last state. */
async function finished(client: typeof admin, id: string): Promise<any> {
  let job: any;
  await waitFor(`import job ${id}`, async () => {
    job = (await client.data(GET, { id })).importJob;
    return job.status !== 'RUNNING';
  });
  return job;
}

// People with a seeded birthday each; row `bad` (1-based data row) carries a date the model refuses.
const rand = seededRandom(17);
const PEOPLE = Array.from({ length: 3_000 }, (_, i) => ({
  id: `w${i + 1}`,
  name: `Web Person ${i + 1}`,
  birthday: `19${50 + Math.floor(rand() * 40)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
}));
const BAD_ROW = 1_234;
function peopleCsv(withBadRow: boolean): string {
  const rows = PEOPLE.map((p, i) => `${p.id},Person,${p.name},${withBadRow && i + 1 === BAD_ROW ? p.birthday.replaceAll('-', '') : p.birthday},true`);
  return ['id:ID(WebP),:LABEL,name,birthday:date,consent:boolean', ...rows, ''].join('\n');
}

async function storedPeople(): Promise<number> {
  const [row] = await db.runText("MATCH (p:Person) WHERE p.id STARTS WITH 'WebP:' RETURN count(p) AS n");
  return Number(row!.n);
}

describe('import from the web app', () => {
  it('refuses an upload over the limit with 413, whether announced or streamed, and keeps nothing of it', async () => {
    const big = Buffer.alloc(LIMIT + 10_000, 'a');
    const res = await upload('big.csv', big);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toContain(`limit of ${LIMIT} bytes`);

    // Without a Content-Length the server counts, refuses and drops the connection's upload.
    const chunks = Array.from({ length: 40 }, () => new Uint8Array(10_000).fill(98));
    const stream = new ReadableStream<Uint8Array>({
      pull(ctl) {
        const next = chunks.shift();
        if (next) ctl.enqueue(next);
        else ctl.close();
      },
    });
    const streamed = await upload('streamed.csv', stream, TOKENS.admin, { duplex: 'half' } as RequestInit).then(
      (r) => r.status,
      () => 'connection closed',
    );
    expect([413, 'connection closed']).toContain(streamed);
    await waitFor('the refused uploads to leave nothing behind', () => fs.readdirSync(uploadDir).length === 0, 30_000);
  });

  it('refuses viewers and brokers: no upload (403), no check, no job list (FORBIDDEN)', async () => {
    for (const role of ['viewer', 'broker'] as const) {
      expect((await upload('people.csv', 'x', TOKENS[role])).status).toBe(403);
      const asRole = gqlClient(api, { token: TOKENS[role] });
      for (const [query, vars] of [
        [CHECK, { uploads: ['00000000-0000-4000-8000-000000000000'] }],
        [COMMIT, { check: 'x' }],
        ['{ importJobs { id } }', {}],
      ] as const) {
        const answer = await asRole(query, vars);
        expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer)).toBe('FORBIDDEN');
      }
    }
    expect((await upload('people.csv', 'x', '')).status).toBe(403);
  });

  it('names a bad argument: an unknown upload, a data file given as the mapping', async () => {
    const unknown = await admin(CHECK, { uploads: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uploads' });
    const id = await uploaded('tiny.csv', 'id:ID(T),:LABEL,name\n1,Lab,T\n');
    const asMapping = await admin(CHECK, { uploads: [id], mapping: id });
    expect(asMapping.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'mapping' });
    const badName = await upload('../people.csv', 'x');
    expect(badName.status).toBe(400);
  });

  it('checks, reports the bad row as file:line:column and writes nothing; the corrected file commits as a job a second client follows', async () => {
    const before = await storedPeople();
    expect(before).toBe(0);
    const badId = await uploaded('people.csv', peopleCsv(true));
    const check = (await admin.data(CHECK, { uploads: [badId] })).checkImport;
    expect(check).toMatchObject({ kind: 'CHECK', status: 'RUNNING', files: ['people.csv'] });
    const checked = await finished(admin, check.id);
    expect(checked.status).toBe('BAD_ROWS');
    expect(checked.problemCount).toBe(1);
    // Header on line 1, so data row n is on line n + 1; birthday is the fourth column.
    expect(checked.problems).toEqual([{ file: 'people.csv', line: BAD_ROW + 1, column: 4, message: expect.stringContaining('19') }]);
    expect(await storedPeople()).toBe(0);
    const refused = await admin(COMMIT, { check: check.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'check' });

    const goodId = await uploaded('people.csv', peopleCsv(false));
    const clean = await finished(admin, (await admin.data(CHECK, { uploads: [goodId] })).checkImport.id);
    expect(clean.status).toBe('OK');
    expect(clean.problems).toEqual([]);
    expect(clean.summary).toMatchObject({ dryRun: true, rows: PEOPLE.length, newNodes: PEOPLE.length, existingNodes: 0 });
    expect(await storedPeople()).toBe(0);

    const commit = (await admin.data(COMMIT, { check: clean.id })).commitImport;
    expect(commit).toMatchObject({ kind: 'COMMIT', status: 'RUNNING', checkId: clean.id });
    // One job at a time: the commit's worker is still starting, so another check is refused.
    const second = await admin(CHECK, { uploads: [goodId] });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const done = await finished(follower, commit.id);
    expect(done.status, JSON.stringify(done)).toBe('OK');
    expect(done.rowsDone).toBe(PEOPLE.length);
    expect(done.rowsPerSecond).toBeGreaterThan(0);
    expect(done.etaSeconds).toBe(0);
    expect(done.summary).toMatchObject({ dryRun: false, rows: PEOPLE.length, nodesWritten: PEOPLE.length, relationshipsWritten: 0 });
    expect(done.summary.nodes).toContainEqual({ name: 'Person', count: PEOPLE.length });
    expect(await storedPeople()).toBe(PEOPLE.length);
    const sample = PEOPLE[BAD_ROW - 1]!;
    const [stored] = await db.runText('MATCH (p:Person {id: $id}) RETURN toString(p.birthday) AS birthday', { id: `WebP:${sample.id}` });
    expect(stored!.birthday).toBe(sample.birthday);

    const list = (await follower.data('{ importJobs { id kind status commitId } }')).importJobs as Array<{ id: string; commitId: string | null }>;
    expect(list.map((j) => j.id)).toEqual(expect.arrayContaining([check.id, clean.id, commit.id]));
    expect(list.find((j) => j.id === clean.id)!.commitId).toBe(commit.id);
    const again = await admin(COMMIT, { check: clean.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'check' });

    // The commit is in the audit record, by the admin who made it.
    const [audit] = await db.runText("MATCH (a:AuditEvent {action: 'import', operation: 'web-import'}) RETURN a.actor AS actor, a.status AS status, a.variables AS variables");
    expect(audit).toMatchObject({ actor: 'ada', status: 'ok' });
    expect(String(audit!.variables)).toContain(commit.id);
  });

  it('imports JSON lines with a mapping; a mapping or header it cannot read fails the job, naming the file', async () => {
    const companies = [1, 2, 3].map((i) => JSON.stringify({ id: `webco:${i}`, labels: ['Company'], props: { name: `Web Company ${i}` } }));
    const data = await uploaded('companies.jsonl', `${companies.join('\n')}\n`);
    // A file the mapping has no entry for is not read, and the summary says so (as the CLI report does).
    const notes = await uploaded('notes.csv', 'id,remark\n1,call back\n');
    const mapping = await uploaded('companies.json', JSON.stringify({ name: 'web test', source: 'web-test', labels: { Company: 'Enterprise' }, files: [{ match: '*.jsonl' }] }));
    const checked = await finished(admin, (await admin.data(CHECK, { uploads: [data, notes], mapping })).checkImport.id);
    expect(checked.status, JSON.stringify(checked)).toBe('OK');
    expect(checked.summary).toMatchObject({ dryRun: true, rows: 3, newNodes: 3, ignoredFiles: ['notes.csv'] });
    const done = await finished(follower, (await admin.data(COMMIT, { check: checked.id })).commitImport.id);
    expect(done.status, JSON.stringify(done)).toBe('OK');
    expect(done.summary.ignoredFiles).toEqual(['notes.csv']);
    const [row] = await db.runText("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'webco:' AND e.source = 'web-test' RETURN count(e) AS n");
    expect(Number(row!.n)).toBe(3);

    const broken = await uploaded('broken.json', '{"name": "half');
    const again = await uploaded('companies.jsonl', `${companies.join('\n')}\n`);
    const badMapping = await finished(admin, (await admin.data(CHECK, { uploads: [again], mapping: broken })).checkImport.id);
    expect(badMapping.status).toBe('FAILED');
    expect(badMapping.error).toContain('broken.json');
    expect(badMapping.error).not.toContain(uploadDir);

    const noId = await uploaded('no-ids.csv', 'name,age:int\nAnn,3\n');
    const badHeader = await finished(admin, (await admin.data(CHECK, { uploads: [noId] })).checkImport.id);
    expect(badHeader.status).toBe('FAILED');
    expect(badHeader.error).toContain('no-ids.csv');
    expect(badHeader.error).not.toContain(uploadDir);
  });
});

describe('import progress in /metrics', () => {
  const M = 400;
  const csv = ['id:ID(MetP),:LABEL,name', ...Array.from({ length: M }, (_, i) => `m${i + 1},Person,Metric Person ${i + 1}`), ''].join('\n');
  const metricPeople = async () => Number((await db.runText("MATCH (p:Person) WHERE p.id STARTS WITH 'MetP:' RETURN count(p) AS n"))[0]!.n);
  const moved = (before: string, after: string, name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);

  it("shows the running commit's rows while its writes wait, and counts jobs and rows as they end", async () => {
    const before = await scrapeMetrics(product);
    expect(sample(before, 'tb_import_jobs_running')).toBe(0);
    expect(samples(before, 'tb_import_job_rows_done')).toEqual([]);
    const checked = await finished(admin, (await admin.data(CHECK, { uploads: [await uploaded('metric-people.csv', csv)] })).checkImport.id);
    expect(checked.status).toBe('OK');
    const afterCheck = await scrapeMetrics(product);
    expect(moved(before, afterCheck, 'tb_import_jobs_finished_total', { kind: 'CHECK', status: 'OK' })).toBe(1);
    expect(moved(before, afterCheck, 'tb_import_rows_total', { kind: 'CHECK' })).toBe(M);

    const commitId = (await admin.data(COMMIT, { check: checked.id })).commitImport.id as string;
    // Held as a backup holds it, the write gate stops the commit at its first write (its worker takes seconds to
    // start), with every row read and none stored, for as long as the test looks.
    const gate = await holdWriteGate(db);
    try {
      let during = '';
      await waitFor("the waiting commit's rows in /metrics", async () => {
        during = await scrapeMetrics(product);
        return sample(during, 'tb_import_job_rows_done', { kind: 'COMMIT', stage: 'write' }) === M;
      });
      expect(sample(during, 'tb_import_jobs_running')).toBe(1);
      expect(sample(during, 'tb_import_job_rows_planned', { kind: 'COMMIT', stage: 'write' })).toBe(M);
      expect(await metricPeople()).toBe(0);
    } finally {
      await gate.release();
    }
    expect((await finished(follower, commitId)).status).toBe('OK');
    const after = await scrapeMetrics(product);
    expect(sample(after, 'tb_import_jobs_running')).toBe(0);
    expect(samples(after, 'tb_import_job_rows_done')).toEqual([]);
    expect(moved(before, after, 'tb_import_jobs_finished_total', { kind: 'COMMIT', status: 'OK' })).toBe(1);
    expect(moved(before, after, 'tb_import_rows_total', { kind: 'COMMIT' })).toBe(M);
    expect(await metricPeople()).toBe(M);
  });
});

describe('a restarted server', () => {
  it('lists the jobs of the one before it and reports the commit it cut short as INTERRUPTED', async () => {
    const csv = ['id:ID(RstP),:LABEL,name', ...Array.from({ length: 50 }, (_, i) => `r${i + 1},Person,Restart Person ${i + 1}`), ''].join('\n');
    const checked = await finished(admin, (await admin.data(CHECK, { uploads: [await uploaded('restart-people.csv', csv)] })).checkImport.id);
    expect(checked.status).toBe('OK');
    const commitId = (await admin.data(COMMIT, { check: checked.id })).commitImport.id as string;
    // The commit waits at the write gate, so it is still running when the next server reads the saved list: what
    // a server that stops mid-commit leaves behind for the one that starts after it.
    const gate = await holdWriteGate(db);
    try {
      const next = new ImportJobs(db, testConfig({ TB_UPLOAD_DIR: uploadDir }));
      expect(next.get(checked.id)).toMatchObject({ kind: 'CHECK', status: 'OK', commitId });
      expect(next.get(commitId)).toMatchObject({ kind: 'COMMIT', status: 'INTERRUPTED', error: INTERRUPTED_BY_RESTART });
      expect(next.get(commitId)!.finishedAt).not.toBeNull();
      expect(next.running()).toBeNull();
    } finally {
      await gate.release();
    }
    // The server that is really running still finishes it.
    expect((await finished(follower, commitId)).status).toBe('OK');
  });
});
