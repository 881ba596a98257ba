import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { isUnreadableIn, unreadableFates, unreadableNotice, unreadableReason, unreadableUploads, type FileFitLike, type FittedSuggestion } from './unreadable.js';

const en = translator('en');
const zh = translator('zh');

const DAMAGED = 'cannot read: not a readable .xlsx workbook (end of central directory not found)';
const fit = (file: string, over: Partial<FileFitLike> = {}): FileFitLike => ({ file, entry: '*.csv', skipped: false, problem: null, ...over });

// As suggestImportMappings answers for a good neo4j-admin CSV beside a damaged workbook: the "no mapping" suggestion
// reads both (the workbook with its problem); a shipped mapping reads the CSV and no entry of it matches the workbook.
const noMapping: FittedSuggestion = { mapping: null, files: [fit('people.csv', { entry: null }), fit('members.xlsx', { entry: null, problem: DAMAGED })] };
const ignoring: FittedSuggestion = {
  mapping: { id: 'csv-only', name: 'CSV only' },
  files: [fit('people.csv'), fit('members.xlsx', { entry: null, problem: 'no file entry of the mapping reads it' })],
};
const reading: FittedSuggestion = { mapping: { id: 'pool', name: 'Pool' }, files: [fit('people.csv'), fit('members.xlsx', { entry: '*.xlsx', problem: DAMAGED })] };
const skipping: FittedSuggestion = { mapping: { id: 'skips', name: 'Skips' }, files: [fit('people.csv'), fit('members.xlsx', { entry: '*.xlsx', skipped: true })] };

describe('unreadable uploads', () => {
  it('tell a file nothing opens from one a mapping merely does not read', () => {
    expect(isUnreadableIn(noMapping, noMapping.files[1]!)).toBe(true);
    expect(isUnreadableIn(reading, reading.files[1]!)).toBe(true);
    // "no file entry of the mapping reads it" is a problem of the mapping, not of the file.
    expect(isUnreadableIn(ignoring, ignoring.files[1]!)).toBe(false);
    expect(isUnreadableIn(skipping, skipping.files[1]!)).toBe(false);
    expect(isUnreadableIn(noMapping, noMapping.files[0]!)).toBe(false);
  });

  it('lists each unreadable upload once, with the reason in the importer’s words after “cannot read:”', () => {
    expect(unreadableUploads([ignoring, noMapping, reading])).toEqual([{ file: 'members.xlsx', problem: 'not a readable .xlsx workbook (end of central directory not found)' }]);
    expect(unreadableUploads([ignoring, skipping])).toEqual([]);
    expect(unreadableReason('the file is empty')).toBe('the file is empty');
  });

  it('block a check that reads the file, let one that passes over it run, and cannot judge a mapping file', () => {
    const all = [noMapping, ignoring, reading, skipping];
    const fate = (choice: Parameters<typeof unreadableFates>[0]) => unreadableFates(choice, all).map((f) => `${f.file}:${f.fate}`);
    expect(fate('none')).toEqual(['members.xlsx:blocks']);
    expect(fate('shipped:pool')).toEqual(['members.xlsx:blocks']);
    expect(fate('shipped:csv-only')).toEqual(['members.xlsx:ignored']);
    expect(fate('shipped:skips')).toEqual(['members.xlsx:ignored']);
    expect(fate('upload')).toEqual(['members.xlsx:unknown']);
    expect(fate('shipped:not-suggested')).toEqual(['members.xlsx:unknown']);
    // No mapping reads every data file, even when no suggestion without a mapping came back.
    expect(unreadableFates('none', [reading]).map((f) => f.fate)).toEqual(['blocks']);
    expect(unreadableFates('none', [ignoring])).toEqual([]);
  });

  it('say what will happen, naming the files, in both languages, offering a mapping that leaves them out when there is one', () => {
    expect(unreadableNotice(en, 'en', 'none', [noMapping])).toEqual({
      blocks: true,
      text: 'The check cannot start: the import would read members.xlsx, which cannot be opened. Choose the files again with a good copy of it.',
    });
    expect(unreadableNotice(en, 'en', 'none', [noMapping, ignoring])?.text).toMatch(/copy of it\. Or choose a suggested mapping that does not read members\.xlsx\.$/);
    expect(unreadableNotice(zh, 'zh', 'none', [noMapping])).toEqual({ blocks: true, text: '无法开始检查：导入会读取 members.xlsx，但它打不开。请换上完好的文件，重新选择文件。' });
    expect(unreadableNotice(en, 'en', 'upload', [noMapping])).toEqual({ blocks: false, text: 'members.xlsx cannot be read: the check will fail on it unless the chosen mapping leaves it out.' });
    expect(unreadableNotice(en, 'en', 'shipped:csv-only', [noMapping, ignoring])).toBeNull();
    const two: FittedSuggestion = { mapping: null, files: [fit('a.xlsx', { entry: null, problem: DAMAGED }), fit('b.xlsx', { entry: null, problem: DAMAGED }), fit('c.csv', { entry: null })] };
    expect(unreadableNotice(en, 'en', 'none', [two])?.text).toBe('The check cannot start: the import would read a.xlsx and b.xlsx, which cannot be opened. Choose the files again with good copies of them.');
    expect(unreadableNotice(en, 'en', 'none', [ignoring])).toBeNull();
  });
});
