import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { answerDiversity, diversityNote, type Diversity } from './diversity.js';

const full: Diversity = { requested: 3, found: 3, complete: true, upperBound: null, reasons: ['ok'], reasonDetails: [] };
const short: Diversity = {
  requested: 3,
  found: 1,
  complete: false,
  upperBound: 1,
  reasons: ['plain'],
  reasonDetails: [{ code: 'cut', zh: '所有路径都经过王小明', en: 'Every path goes through Wang' }],
};

describe('diverse paths, in words', () => {
  it('reads the diversity from the answer (shared by its paths), null on plain paths', () => {
    expect(answerDiversity([{ diversity: null }, { diversity: short }])).toBe(short);
    expect(answerDiversity([{ diversity: null }])).toBeNull();
    expect(answerDiversity([])).toBeNull();
  });

  it('says when k disjoint paths were found', () => {
    const note = diversityNote(full, 4, 'en');
    expect(note.tone).toBe('complete');
    expect(translator('en')(note.message.key, note.message.params)).toContain('3');
    expect(note.bound).toBeNull();
  });

  it('says fewer exist, with the bound and the reasons in the chosen language', () => {
    const note = diversityNote(short, 4, 'zh');
    expect(note.tone).toBe('partial');
    const t = translator('en');
    expect(t(note.message.key, note.message.params)).toMatch(/1.*3/);
    expect(t(note.bound!.key, note.bound!.params)).toMatch(/4.*1|1.*4/);
    expect(note.reasons).toEqual(['所有路径都经过王小明']);
    expect(diversityNote(short, 4, 'en').reasons).toEqual(['Every path goes through Wang']);
  });

  it('says when no path at all was found', () => {
    expect(diversityNote({ ...short, found: 0, upperBound: null }, 4, 'en').message.key).toBe('paths.diverse.none');
  });
});
