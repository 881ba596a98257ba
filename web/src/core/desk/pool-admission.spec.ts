import { describe, expect, it } from 'vitest';
import { checkAdmission, fieldOfServerError, minScoreFilters, parseScore, parseTags } from './pool-admission.js';

const DIMS = ['行业评价', '专业能力', '竞赛荣誉', '学历职称', '项目业绩'];

describe('pool admission', () => {
  it('splits tags on Chinese and Latin separators, without repeats', () => {
    expect(parseTags(' 新材料，铝箔、 新材料; 工艺 ,,\n 兼职 ')).toEqual(['新材料', '铝箔', '工艺', '兼职']);
    expect(parseTags('  ')).toEqual([]);
  });

  it('takes a score of 0..100 and names what is wrong otherwise', () => {
    expect(parseScore('0')).toBe(0);
    expect(parseScore(' 100 ')).toBe(100);
    expect(parseScore('87.5')).toBe(87.5);
    expect(parseScore('')).toBe('required');
    expect(parseScore(undefined)).toBe('required');
    expect(parseScore('-1')).toBe('notNumber');
    expect(parseScore('abc')).toBe('notNumber');
    expect(parseScore('100.5')).toBe('range');
    expect(parseScore('101')).toBe('range');
  });

  it('asks for exactly the pool dimensions and reports each missing or bad one by field', () => {
    const checked = checkAdmission({ personId: null, scores: { 行业评价: '80', 专业能力: '120', 竞赛荣誉: 'x', 项目业绩: '60', 其他: '50' }, tags: '新材料' }, DIMS);
    expect(checked.errors).toEqual({ person: 'required', 'score:专业能力': 'range', 'score:竞赛荣誉': 'notNumber', 'score:学历职称': 'required' });
    expect(checked.scores).toEqual([
      { dimension: '行业评价', score: 80 },
      { dimension: '项目业绩', score: 60 },
    ]);
    const ok = checkAdmission({ personId: 'p', scores: Object.fromEntries(DIMS.map((d, i) => [d, String(50 + i)])), tags: '' }, DIMS);
    expect(ok.errors).toEqual({});
    expect(ok.scores.map((s) => s.dimension)).toEqual(DIMS);
    expect(ok.tags).toEqual([]);
  });

  it('rejects too many or too long tags', () => {
    expect(checkAdmission({ personId: 'p', scores: {}, tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') }, []).errors).toEqual({ tags: 'range' });
    expect(checkAdmission({ personId: 'p', scores: {}, tags: 'x'.repeat(41) }, []).errors).toEqual({ tags: 'range' });
  });

  it('keeps only meaningful minimum-score filters', () => {
    expect(minScoreFilters({ 行业评价: '70', 专业能力: '', 竞赛荣誉: '0', 学历职称: 'abc', 未知: '50' }, DIMS)).toEqual([{ dimension: '行业评价', score: 70 }]);
  });

  it('finds the field a server error names', () => {
    expect(fieldOfServerError('scores is missing the dimension 竞赛荣誉', DIMS)).toBe('score:竞赛荣誉');
    expect(fieldOfServerError('personId: no Person has this id', DIMS)).toBe('person');
    expect(fieldOfServerError('something else', DIMS)).toBeNull();
  });
});
