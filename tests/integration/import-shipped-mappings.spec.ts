// Importing in the web app with the mappings the project ships, through the served product against a real Neo4j
// holding the demo dataset: importMappings lists seed/mappings/*.json (read in the test); checkImport with
// shippedMapping checks and commits the talent-pool example workbook with no uploaded mapping, and the stored people
// are counted against the sheet's rows read here; both mappings at once and an unknown id are BAD_USER_INPUT naming
// shippedMapping; suggestImportMappings picks the member-list mapping for the GBK CSV (with the columns found in its
// header, decoded here), the demand mapping for the demand workbook, nothing for a file no mapping fits, and "no
// mapping needed" for a CSV in the neo4j-admin header convention.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { testDb } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { waitFor } from '../support/poll.js';
import { servedProduct } from '../support/served.js';
import { TOKENS } from '../support/trust-fixture.js';

const db = testDb();
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-shipped-'));
const product = servedProduct(db, {
  env: () => ({ TB_RATE_LIMIT_PER_MINUTE: '100000', TB_UPLOAD_DIR: uploadDir }),
  fill: () => loadDemo(db),
  folders: [uploadDir],
});
const api = { fetch: (_url: string, init: RequestInit) => fetch(`${product.running.url}/graphql`, init) };
const admin = gqlClient(api, { token: TOKENS.admin });
const broker = gqlClient(api, { token: TOKENS.broker });

const MAPPINGS = path.join(PROJECT_ROOT, 'seed', 'mappings');
const SHEETS = path.join(PROJECT_ROOT, 'seed', 'spreadsheets');
const JOB = 'id kind status mapping error problemCount problems { file line column message } summary { rows newNodes }';
const CHECK = `mutation($uploads: [ID!]!, $mapping: ID, $shipped: ID) { checkImport(uploads: $uploads, mapping: $mapping, shippedMapping: $shipped) { ${JOB} } }`;
const SUGGEST = `query($uploads: [ID!]!) { suggestImportMappings(uploads: $uploads) {
  mapping { id name } score files { file entry skipped sheet headerLine encoding found missing } } }`;

async function uploaded(name: string, body: Buffer | string): Promise<string> {
  const res = await fetch(`${product.running.url}/import/uploads?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.admin}` },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { upload: { id: string } }).upload.id;
}

async function finished(id: string): Promise<any> {
  let job: any;
  await waitFor(`import job ${id}`, async () => {
    job = (await admin.data(`query($id: ID!) { importJob(id: $id) { ${JOB} } }`, { id })).importJob;
    return job.status !== 'RUNNING';
  });
  return job;
}

/** The shipped mappings as files: id, parsed JSON. */
function shippedFiles(): Array<{ id: string; json: { name?: string; description?: string; $comment?: string; files: Array<{ columns?: Record<string, unknown> }> } }> {
  return fs
    .readdirSync(MAPPINGS)
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ id: n.replace(/\.json$/, ''), json: JSON.parse(fs.readFileSync(path.join(MAPPINGS, n), 'utf8')) }));
}

/** The header texts a "columns" key accepts ("姓名|Name"). */
const alternatives = (key: string) => key.split('|').map((k) => k.trim());

describe('shipped mappings in the web import', () => {
  it('lists every mapping in seed/mappings with its name and one-line description; admins only', async () => {
    const listed = (await admin.data('{ importMappings { id name description files } }')).importMappings as Array<{ id: string; name: string; description: string | null }>;
    const files = shippedFiles();
    expect(listed.map((m) => m.id).sort()).toEqual(files.map((f) => f.id).sort());
    for (const { id, json } of files) {
      const m = listed.find((l) => l.id === id)!;
      expect(m.name).toBe(json.name ?? id);
      const text = json.description ?? json.$comment;
      if (text) expect(m.description).toBe(text.replace(/\s+/g, ' ').trim());
      expect(m.description ?? '').not.toContain('\n');
    }
    const refused = await broker('{ importMappings { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses both mappings at once and an unknown shipped mapping, naming shippedMapping and the known ids', async () => {
    const data = await uploaded('args.csv', 'id:ID(ArgP),:LABEL,name\n1,Person,A\n');
    const map = await uploaded('args.json', '{"files": [{"match": "*.csv"}]}');
    const both = await admin(CHECK, { uploads: [data], mapping: map, shipped: 'talent-pool-members' });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'shippedMapping' });
    expect(both.errors?.[0]?.message).toContain('not both');
    const unknown = await admin(CHECK, { uploads: [data], shipped: 'no-such-mapping' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'shippedMapping' });
    for (const { id } of shippedFiles()) expect(unknown.errors?.[0]?.message).toContain(id);
    const traversal = await admin(CHECK, { uploads: [data], shipped: '../mappings/talent-pool-members' });
    expect(traversal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'shippedMapping' });
  });

  it('checks and commits the example member workbook with the shipped mapping; the people of its rows are stored', async () => {
    const workbook = path.join(SHEETS, 'talent-pool', 'members.xlsx');
    // The sheet's people, read here: the rows below the header row (the one holding 姓名), one person per name and phone.
    const wb = XLSX.read(fs.readFileSync(workbook), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true, defval: '' });
    const headerAt = rows.findIndex((r) => r.map(String).includes('姓名'));
    const header = rows[headerAt]!.map(String);
    const people = new Set(rows.slice(headerAt + 1).filter((r) => String(r[header.indexOf('姓名')] ?? '').trim()).map((r) => `${String(r[header.indexOf('姓名')])}|${String(r[header.indexOf('手机')])}`));
    expect(people.size).toBeGreaterThan(2);

    const id = await uploaded('members.xlsx', fs.readFileSync(workbook));
    const check = await finished((await admin.data(CHECK, { uploads: [id], shipped: 'talent-pool-members' })).checkImport.id);
    expect(check.status, JSON.stringify(check)).toBe('OK');
    expect(check.mapping).toBe('shipped: talent-pool-members');
    const commit = await finished((await admin.data(`mutation($check: ID!) { commitImport(check: $check) { ${JOB} } }`, { check: check.id })).commitImport.id);
    expect(commit.status, JSON.stringify(commit)).toBe('OK');
    expect(commit.mapping).toBe('shipped: talent-pool-members');
    const stored = await db.runText("MATCH (p:Person {source: 'talent-pool-sheet'}) RETURN p.nameZh AS name, p.phone AS phone");
    expect(new Set(stored.map((r) => `${String(r.name)}|${String(r.phone)}`))).toEqual(people);
  });

  it('suggests the member-list mapping for the GBK CSV, with the columns its header has and lacks', async () => {
    const file = path.join(SHEETS, 'talent-pool', 'members-gbk.csv');
    const bytes = fs.readFileSync(file);
    const lines = iconv.decode(bytes, 'gb18030').split(/\r?\n/);
    const headerLine = lines.findIndex((l) => l.includes('姓名')) + 1;
    const cells = lines[headerLine - 1]!.split(',').map((c) => c.trim());
    const columns = Object.keys(shippedFiles().find((f) => f.id === 'talent-pool-members')!.json.files[0]!.columns!);
    const expectedFound = cells.filter((c) => columns.some((k) => alternatives(k).includes(c)));
    const expectedMissing = columns.filter((k) => !alternatives(k).some((a) => cells.includes(a))).map((k) => alternatives(k)[0]);

    const suggestions = (await admin.data(SUGGEST, { uploads: [await uploaded('members-gbk.csv', bytes)] })).suggestImportMappings;
    expect(suggestions[0].mapping.id).toBe('talent-pool-members');
    const [fit] = suggestions[0].files;
    expect(fit).toMatchObject({ file: 'members-gbk.csv', headerLine, sheet: null, skipped: false });
    expect(fit.encoding).toMatch(/GBK/);
    expect(fit.found).toEqual(expectedFound);
    expect(fit.missing).toEqual(expectedMissing);
    expect(fit.found).toEqual(expect.arrayContaining(['姓名', '单位', '手机']));
    expect(suggestions.map((s: any) => s.mapping?.id)).not.toContain('firm-demands');
  });

  it('suggests the demand mapping for the demand workbook, and the member-list mapping not at all', async () => {
    const id = await uploaded('demands.xlsx', fs.readFileSync(path.join(SHEETS, 'firm-demands', 'demands.xlsx')));
    const suggestions = (await admin.data(SUGGEST, { uploads: [id] })).suggestImportMappings;
    expect(suggestions[0].mapping.id).toBe('firm-demands');
    expect(suggestions[0].files[0].sheet).toBeTruthy();
    expect(suggestions[0].files[0].found).toEqual(expect.arrayContaining(['需求名称', '发布企业']));
    expect(suggestions.map((s: any) => s.mapping?.id)).not.toContain('talent-pool-members');
  });

  it('suggests nothing for a file no mapping fits, and "no mapping needed" for a neo4j-admin header CSV', async () => {
    const none = (await admin.data(SUGGEST, { uploads: [await uploaded('notes.csv', 'colour,size\nred,3\n')] })).suggestImportMappings;
    expect(none).toEqual([]);
    const plain = (await admin.data(SUGGEST, { uploads: [await uploaded('people.csv', 'id:ID(SugP),:LABEL,name\n1,Person,Ann\n')] })).suggestImportMappings;
    expect(plain[0]).toMatchObject({ mapping: null, score: 1, files: [{ file: 'people.csv', found: ['id:ID(SugP)', ':LABEL', 'name'], missing: [] }] });
    const unknown = await admin(SUGGEST, { uploads: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uploads' });
    expect((await broker(SUGGEST, { uploads: [] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
