import { describe, expect, it } from 'vitest';
import { en, zh } from '../i18n/messages.js';
import { fill } from '../i18n/translate.js';
import { NOT_READ_SHOWN, notReadKey, notReadNames } from './not-read.js';

describe('notReadNames', () => {
  it('names the data files not read by their own names, leaving out archivers’ files', () => {
    const ignored = ['x.zip/cordis/webLink.csv', 'x.zip/__MACOSX/cordis/._organization.csv', 'x.zip/cordis/.DS_Store', 'x.zip/cordis/euroSciVoc.csv', 'y.zip/Thumbs.db'];
    expect(notReadNames(ignored)).toEqual({ names: ['webLink.csv', 'euroSciVoc.csv'], more: 0, all: ['x.zip/cordis/webLink.csv', 'x.zip/cordis/euroSciVoc.csv'] });
  });

  it('keeps the whole path where two names would read the same, and counts what does not fit', () => {
    expect(notReadNames(['a.zip/x.csv', 'b.zip/x.csv', 'y.csv']).names).toEqual(['a.zip/x.csv', 'b.zip/x.csv', 'y.csv']);
    const many = Array.from({ length: NOT_READ_SHOWN + 3 }, (_, i) => `f${i}.csv`);
    const shown = notReadNames(many);
    expect(shown.names).toEqual(many.slice(0, NOT_READ_SHOWN));
    expect(shown.more).toBe(3);
  });

  it('has nothing to show when only archivers’ files were passed over', () => {
    expect(notReadNames(['z.zip/__MACOSX/a.csv', '.DS_Store'])).toEqual({ names: [], more: 0, all: [] });
  });

  it('speaks of one file as "it" and of several as "them", in both languages', () => {
    expect(fill(en[notReadKey(1)], { files: 'webLink.csv' })).toBe('Not read: webLink.csv (no mapping entry reads it, or it is not a data file)');
    expect(fill(en[notReadKey(2)], { files: 'a.csv and b.csv' })).toBe('Not read: a.csv and b.csv (no mapping entry reads them, or they are not data files)');
    expect(fill(zh[notReadKey(1)], { files: 'webLink.csv' })).toContain('读取它的条目');
    expect(fill(zh[notReadKey(3)], { files: 'a、b和c' })).toContain('读取它们的条目');
  });
});
