import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { checkedText, counted, durationText, progressText, storedText, writtenText, type SummaryCounts } from './import-texts.js';

const en = translator('en');
const zh = translator('zh');

function summary(over: Partial<SummaryCounts>): SummaryCounts {
  return { rows: 0, files: ['a.csv'], newNodes: 0, existingNodes: 0, existingTies: 0, filled: 0, differing: 0, nodesWritten: 0, relationshipsWritten: 0, elapsedMs: 0, ...over };
}

describe('import sentences', () => {
  it('count in the singular for one, the plural otherwise, with grouped digits; Chinese has one form', () => {
    expect(counted(en, 'en', 'rows', 1)).toBe('1 row');
    expect(counted(en, 'en', 'rows', 0)).toBe('0 rows');
    expect(counted(en, 'en', 'rows', 1204)).toBe('1,204 rows');
    expect(counted(en, 'en', 'ties', 1)).toBe('1 stored tie is named again');
    expect(counted(en, 'en', 'ties', 2)).toBe('2 stored ties are named again');
    expect(counted(zh, 'zh', 'rows', 1)).toBe('1 行');
    expect(counted(zh, 'zh', 'rows', 1204)).toBe('1,204 行');
  });

  it('say what a passed check found, leaving out the counts that are zero', () => {
    expect(checkedText(en, 'en', summary({ rows: 4, newNodes: 4 }))).toBe('Check passed: 4 rows in 1 file; 4 new nodes.');
    expect(checkedText(en, 'en', summary({ rows: 1, files: ['a.csv', 'b.csv'], existingNodes: 1 }))).toBe('Check passed: 1 row in 2 files; 1 already stored.');
    expect(checkedText(en, 'en', summary({ rows: 3, newNodes: 1, existingNodes: 2 }))).toBe('Check passed: 3 rows in 1 file; 1 new node, 2 already stored.');
    // Only ties in the files: no node count to speak of.
    expect(checkedText(en, 'en', summary({ rows: 2 }))).toBe('Check passed: 2 rows in 1 file.');
    expect(checkedText(en, 'en', summary({}))).toBe('Check passed, but there are no rows to import in 1 file.');
    expect(checkedText(zh, 'zh', summary({ rows: 3, newNodes: 1, existingNodes: 2 }))).toBe('检查通过：3 行，1 个文件；将新建 1 个节点，2 个已在库中。');
    expect(checkedText(zh, 'zh', summary({ rows: 2 }))).toBe('检查通过：2 行，1 个文件。');
  });

  it('say what is already stored only for counts above zero, and why values are kept only when some are', () => {
    expect(storedText(en, 'en', summary({ rows: 5 }))).toBeNull();
    expect(storedText(zh, 'zh', summary({ rows: 5 }))).toBeNull();
    expect(storedText(en, 'en', summary({ existingTies: 1 }))).toBe('1 stored tie is named again.');
    expect(storedText(en, 'en', summary({ filled: 3 }))).toBe('3 empty values will be filled.');
    expect(storedText(en, 'en', summary({ existingTies: 2, differing: 1 }))).toBe(
      '2 stored ties are named again; 1 stored value differs from the files and will be kept (the web import fills, it never replaces).',
    );
    expect(storedText(en, 'en', summary({ existingTies: 1, filled: 1, differing: 4 }))).toBe(
      '1 stored tie is named again; 1 empty value will be filled; 4 stored values differ from the files and will be kept (the web import fills, it never replaces).',
    );
    expect(storedText(zh, 'zh', summary({ filled: 2, differing: 1 }))).toBe('2 个空值将被填入；1 个已存值与文件不同，将保留原值（网页导入只填空，不覆盖）。');
    expect(storedText(zh, 'zh', summary({ existingTies: 3 }))).toBe('库中已有 3 条关系再次出现。');
  });

  it('say what a commit wrote without naming what it did not write', () => {
    expect(writtenText(en, 'en', summary({ rows: 4, nodesWritten: 4, elapsedMs: 1234 }))).toBe('Wrote 4 nodes from 4 rows in 1.2 s.');
    expect(writtenText(en, 'en', summary({ rows: 1, relationshipsWritten: 1, elapsedMs: 500 }))).toBe('Wrote 1 relationship from 1 row in 0.5 s.');
    expect(writtenText(en, 'en', summary({ rows: 3, nodesWritten: 1, relationshipsWritten: 2, elapsedMs: 2000 }))).toBe('Wrote 1 node and 2 relationships from 3 rows in 2.0 s.');
    expect(writtenText(en, 'en', summary({ rows: 2, elapsedMs: 100 }))).toBe('Nothing new to write: 2 rows read in 0.1 s.');
    expect(writtenText(en, 'en', summary({ elapsedMs: 100 }))).toBe('The files hold no rows; nothing was written (0.1 s).');
    expect(writtenText(zh, 'zh', summary({ rows: 3, nodesWritten: 1, relationshipsWritten: 2, elapsedMs: 2000 }))).toBe('写入 1 个节点、2 条关系，共 3 行，用时 2.0 秒。');
    expect(writtenText(zh, 'zh', summary({ rows: 4, nodesWritten: 4, elapsedMs: 1234 }))).toBe('写入 4 个节点，共 4 行，用时 1.2 秒。');
  });

  it('read a running stage with or without a total, and the stage alone before its first row', () => {
    expect(progressText(en, 'en', 'Checking', { rowsDone: 0, rowsTotal: null })).toBe('Checking…');
    expect(progressText(en, 'en', 'Checking', { rowsDone: 1, rowsTotal: null })).toBe('Checking: 1 row');
    expect(progressText(en, 'en', 'Writing', { rowsDone: 40, rowsTotal: 1200 })).toBe('Writing: 40 of 1,200 rows');
    expect(progressText(en, 'en', 'Writing', { rowsDone: 0, rowsTotal: 1 })).toBe('Writing: 0 of 1 row');
    expect(progressText(zh, 'zh', '检查', { rowsDone: 7, rowsTotal: null })).toBe('检查：已处理 7 行');
    expect(progressText(zh, 'zh', '写入', { rowsDone: 40, rowsTotal: 1200 })).toBe('写入：40 / 1,200 行');
  });

  it('write a duration without its zero parts, and none under half a second', () => {
    expect(durationText(en, 45)).toBe('45 s');
    expect(durationText(en, 180)).toBe('3 min');
    expect(durationText(en, 185)).toBe('3 min 5 s');
    expect(durationText(en, 7200)).toBe('2 h');
    expect(durationText(en, 7800)).toBe('2 h 10 min');
    expect(durationText(en, 0.4)).toBeNull();
    expect(durationText(zh, 180)).toBe('3 分');
    expect(durationText(zh, 7800)).toBe('2 小时 10 分');
  });
});
