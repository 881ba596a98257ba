import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en as enTable, zh as zhTable } from '../i18n/messages.js';
import { translator } from '../i18n/translate.js';
import { countName, jobMappingText, jobTitle, listText, mappingDescription, mappingName } from './import-labels.js';
import { DATA_EXTENSIONS, filesProblem } from './import-model.js';

const en = translator('en');
const zh = translator('zh');
const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);
const SHIPPED = ['talent-pool-members', 'firm-demands', 'project-partners', 'cordis-export', 'cordis-h2020', 'ldbc-snb'];

describe('import labels', () => {
  it('join files and columns in the language list format, and description parts without a conjunction', () => {
    expect(listText('en', ['a.csv'])).toBe('a.csv');
    expect(listText('en', ['a.csv', 'b.csv'])).toBe('a.csv and b.csv');
    expect(listText('en', ['a.csv', 'b.csv', 'c.csv'])).toBe('a.csv, b.csv and c.csv');
    expect(listText('zh', ['a.csv', 'b.csv'])).toBe('a.csv和b.csv');
    expect(listText('zh', ['姓名', '单位', '职称'])).toBe('姓名、单位和职称');
    expect(listText('zh', ['工作表 名单', '表头在第 3 行', 'GBK'], 'plain')).toBe('工作表 名单、表头在第 3 行、GBK');
    expect(listText('en', ['sheet A', 'header in row 3', 'GBK'], 'plain')).toBe('sheet A, header in row 3, GBK');
    expect(listText('en', [])).toBe('');
  });

  it('name every shipped mapping in Chinese, with a Chinese line on what it reads, and in English without Chinese', () => {
    for (const id of SHIPPED) {
      const server = { id, name: `server name of ${id}`, description: `server line of ${id}` };
      const zhName = mappingName('zh', server);
      const zhLine = mappingDescription('zh', server);
      expect(hasCjk(zhName) || /^[A-Z]{3,}/.test(zhName), `${id}: ${zhName}`).toBe(true);
      expect(hasCjk(zhLine ?? ''), `${id}: ${zhLine}`).toBe(true);
      expect(mappingName('en', server)).not.toBe(server.name);
      expect(hasCjk(mappingName('en', server))).toBe(false);
      expect(hasCjk(mappingDescription('en', server) ?? '')).toBe(false);
    }
    expect(mappingName('zh', { id: 'talent-pool-members', name: 'x' })).toBe('人才库成员名单');
  });

  it('key the catalogue by ids the project ships, so a renamed mapping file is noticed', () => {
    const ids = new Set(Object.keys(zhTable).flatMap((k) => k.match(/^import\.shipped\.(.+)\.name$/)?.slice(1) ?? []));
    expect([...ids].sort()).toEqual([...SHIPPED].sort());
    for (const id of ids) {
      expect(existsSync(fileURLToPath(new URL(`../../../../seed/mappings/${id}.json`, import.meta.url))), id).toBe(true);
      expect(Object.keys(enTable)).toContain(`import.shipped.${id}.description`);
    }
  });

  it("fall back to the server's text for a mapping the catalogue does not know", () => {
    const other = { id: 'office-roster', name: 'Office roster', description: 'One person per row.' };
    expect(mappingName('zh', other)).toBe('Office roster');
    expect(mappingDescription('zh', other)).toBe('One person per row.');
    expect(mappingDescription('en', { id: 'office-roster', description: null })).toBeNull();
    expect(mappingDescription('en', { id: 'office-roster' })).toBeNull();
  });

  it("say which mapping a job used from the server's `shipped: <id>` or a mapping file's name", () => {
    expect(jobMappingText(zh, 'zh', 'shipped: talent-pool-members')).toBe('内置映射“人才库成员名单”');
    expect(jobMappingText(en, 'en', 'shipped: firm-demands')).toBe('shipped mapping “Firm demand list”');
    expect(jobMappingText(zh, 'zh', 'shipped: office-roster')).toBe('内置映射“office-roster”');
    expect(jobMappingText(zh, 'zh', 'my-mapping.json')).toBe('映射文件 my-mapping.json');
    expect(jobMappingText(en, 'en', null)).toBeNull();
  });

  it('title a job with its kind, its files as a list and its mapping', () => {
    expect(jobTitle(zh, 'zh', { kind: 'CHECK', files: ['members.xlsx'], mapping: 'shipped: talent-pool-members' })).toBe('检查：members.xlsx，内置映射“人才库成员名单”');
    expect(jobTitle(zh, 'zh', { kind: 'COMMIT', files: ['a.csv', 'b.csv', 'c.csv'], mapping: null })).toBe('写入：a.csv、b.csv和c.csv');
    expect(jobTitle(en, 'en', { kind: 'CHECK', files: ['a.csv', 'b.csv'], mapping: 'm.json' })).toBe('Check: a.csv and b.csv, mapping file m.json');
    expect(jobTitle(en, 'en', { kind: 'COMMIT', files: ['people.csv'], mapping: null })).toBe('Commit: people.csv');
  });

  it('name counted labels and relationship types as the legend does, and unknown ones readably', () => {
    expect(countName('zh', 'node', 'Person')).toBe('人才');
    expect(countName('zh', 'relationship', 'EXPERT_IN')).toBe('擅长');
    expect(countName('en', 'relationship', 'WORKS_AT')).toBe('works at');
    expect(countName('zh', 'node', 'E2EImport')).toBe('E2EImport');
    expect(countName('en', 'relationship', 'SOME_NEW_TIE')).toBe('some new tie');
  });
});

describe('data file endings', () => {
  it('are all taken by the check and named in the file label and the not-a-data-file message in both languages', () => {
    for (const ext of DATA_EXTENSIONS) {
      // .gz is taken after a text ending only.
      expect(filesProblem([{ name: ext === '.gz' ? 'list.csv.gz' : `list${ext}`, size: 1 }], null, null), ext).toBeNull();
      for (const table of [zhTable, enTable]) {
        expect(table['import.files'], ext).toContain(ext);
        expect(table['import.problem.notData'], ext).toContain(ext);
      }
    }
  });
});
