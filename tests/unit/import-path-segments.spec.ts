// "segments" in expressions (seed/import/expressions.ts): a path-like cell (`/23/49/335/1009`) read as the prefix of
// its first k segments or as its k-th segment, so that one row of a taxonomy export gives a node per level of its
// chain; a cell with fewer segments gives no value (an optional node entry then gives no node), empty segments are
// not counted, a template takes the segments of each column it fills in, and a misuse is a mapping error naming the
// key.
import { describe, expect, it } from 'vitest';
import { pathSegments } from '../../seed/import/expressions.js';
import { ImportConfigError, parseMapping } from '../../seed/import/mapping.js';
import { compileRowsFile, CsvCells } from '../../seed/import/transform.js';

const DEPTH = 4;
const levels = Array.from({ length: DEPTH }, (_, i) => i + 1);
// One node entry per level of the chain and a PART_OF from each level to the one above, as a taxonomy mapping says it.
const spec = {
  match: '*.csv',
  nodes: levels.map((k) => ({
    id: { template: 'area:{code}', segments: { separator: '/', first: k } },
    label: 'TechArea',
    optional: true,
    props: { name: { column: 'path', segments: { separator: '/', at: k } }, code: { column: 'code', segments: { separator: '/', first: k } } },
  })),
  relationships: levels.slice(1).map((k) => ({
    type: 'PART_OF',
    start: { template: 'area:{code}', segments: { separator: '/', first: k } },
    end: { template: 'area:{code}', segments: { separator: '/', first: k - 1 } },
    optional: true,
  })),
};
const mapping = parseMapping({ files: [spec] }, 'm.json');

function rowOf(code: string, path: string) {
  const header = ['code', 'path'];
  const cells = new CsvCells(header.map((name, index) => ({ index, name, role: 'prop' as const, type: 'string' as const, array: false, text: name })), ';');
  const t = compileRowsFile({ mapping, spec: mapping.files[0]!, file: 'f.csv', where: 'files[0]', columns: cells.names(), arrayDelimiter: '|' });
  return t(cells.reset([code, path]));
}

const mappingError = (value: unknown): string => {
  try {
    parseMapping(value, 'm.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ImportConfigError);
    return (e as Error).message;
  }
  return '(accepted)';
};

describe('path segments in expressions', () => {
  it('takes the first k segments as written, or the k-th alone, and nothing past the end', () => {
    expect(pathSegments('/23/49/335', { separator: '/', first: 2 })).toBe('/23/49');
    expect(pathSegments('23/49/335', { separator: '/', first: 2 })).toBe('23/49');
    expect(pathSegments('/23/49/335', { separator: '/', first: 3 })).toBe('/23/49/335');
    expect(pathSegments('/23/49/335', { separator: '/', first: 4 })).toBeNull();
    expect(pathSegments('/natural sciences/biological sciences', { separator: '/', at: 2 })).toBe('biological sciences');
    expect(pathSegments('/natural sciences/biological sciences', { separator: '/', at: 3 })).toBeNull();
    // A doubled separator is not a level; a separator of several characters works the same.
    expect(pathSegments('a//b/c', { separator: '/', at: 2 })).toBe('b');
    expect(pathSegments('a > b > c', { separator: ' > ', first: 2 })).toBe('a > b');
  });

  it('gives one node per level and PART_OF up the chain; a shorter path gives fewer', () => {
    const out = rowOf('/23/49/335/1009', '/natural sciences/biological sciences/ecology/ecosystems');
    expect(out.nodes.map((n) => [n.id, n.props.name, n.props.code])).toEqual([
      ['area:/23', 'natural sciences', '/23'],
      ['area:/23/49', 'biological sciences', '/23/49'],
      ['area:/23/49/335', 'ecology', '/23/49/335'],
      ['area:/23/49/335/1009', 'ecosystems', '/23/49/335/1009'],
    ]);
    expect(out.rels.map((r) => [r.type, r.start, r.end])).toEqual([
      ['PART_OF', 'area:/23/49', 'area:/23'],
      ['PART_OF', 'area:/23/49/335', 'area:/23/49'],
      ['PART_OF', 'area:/23/49/335/1009', 'area:/23/49/335'],
    ]);
    const short = rowOf('/25', '/engineering and technology');
    expect(short.nodes.map((n) => [n.id, n.props.name])).toEqual([['area:/25', 'engineering and technology']]);
    expect(short.rels).toEqual([]);
  });

  it('refuses a misuse in the mapping, naming the key', () => {
    const withSegments = (segments: unknown, extra: object = { column: 'code' }) => ({
      files: [{ match: '*.csv', nodes: [{ id: { ...extra, segments }, label: 'TechArea' }] }],
    });
    expect(mappingError(withSegments({ separator: '/', first: 1, at: 1 }))).toContain('files[0].nodes[0].id.segments: needs exactly one of "first" or "at"');
    expect(mappingError(withSegments({ separator: '/' }))).toContain('files[0].nodes[0].id.segments: needs exactly one of "first" or "at"');
    expect(mappingError(withSegments({ separator: '/', first: 0 }))).toMatch(/files\[0\]\.nodes\[0\]\.id\.segments\.first: .*>=1/);
    expect(mappingError(withSegments({ separator: '', at: 1 }))).toContain('files[0].nodes[0].id.segments.separator');
    expect(mappingError(withSegments({ separator: '/', at: 1 }, { value: 'x' }))).toContain('files[0].nodes[0].id.segments: a "value" reads no column');
  });
});
