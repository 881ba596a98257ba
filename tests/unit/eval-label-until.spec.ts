// The label horizon of the offline weight-choosing tools: a validation cut-off's labels must stop before the first
// reported cut-off, or the weights are chosen on the very projects that are reported.
import { describe, expect, it } from 'vitest';
import { labelUntil, split, type Row } from '../../eval/lab-features.js';

describe('labelUntil', () => {
  it('defaults to the smallest reported cut-off, whatever the order given', () => {
    expect(labelUntil([2015, 2016], [2019, 2017, 2018], undefined)).toBe(2017);
  });

  it('accepts an earlier horizon and refuses one inside a reported period', () => {
    expect(labelUntil([2015], [2017, 2018], '2016')).toBe(2016);
    expect(() => labelUntil([2015], [2017, 2018], '2018')).toThrow(/--until 2018.*reported cut-off 2017/);
  });

  it('names the validation cut-off that is not before the horizon', () => {
    expect(() => labelUntil([2015, 2017], [2017], undefined)).toThrow(/--validate 2017: .*before --until 2017/);
    expect(() => labelUntil([2016], [2018], '2016')).toThrow(/--validate 2016/);
  });

  it('refuses years that are not whole numbers', () => {
    expect(() => labelUntil([Number('x')], [2017], undefined)).toThrow(/whole numbers/);
    expect(() => labelUntil([2016], [2017], '2016.5')).toThrow(/whole numbers/);
  });
});

describe('split with a horizon', () => {
  const row = (rcn: string, pic: string, type: string, year: number): Row => ({ rcn, pic, type, role: 'participant', year, country: 'DE', start: `${year}-03-01` });
  // The firm's past: one 2015 project; both labs are known from the past (a lab is typed from it); then one joins the
  // firm in 2016 and the other in 2018.
  const rows = [row('p0', 'firm', 'PRC', 2015), row('p0', 'old', 'HES', 2015), row('q0', 'lab16', 'HES', 2014), row('q1', 'lab18', 'REC', 2015)];
  rows.push(row('p1', 'firm', 'PRC', 2016), row('p1', 'lab16', 'HES', 2016));
  rows.push(row('p2', 'firm', 'PRC', 2018), row('p2', 'lab18', 'REC', 2018));

  it('keeps only the labels of projects starting before cut-off + horizon', () => {
    const truths = (horizon: number) => split(rows, new Map(), 2016, 3, horizon).queries.map((q) => [q.firm, [...q.truth].sort()]);
    expect(truths(Infinity)).toEqual([['firm', ['lab16', 'lab18']]]);
    expect(truths(labelUntil([2016], [2017], undefined) - 2016)).toEqual([['firm', ['lab16']]]);
  });
});
