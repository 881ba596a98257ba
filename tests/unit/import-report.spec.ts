// What an import prints about stored nodes and ties: the change table (id, property, old, new, action) and the summary's
// counts, for the default fill policy and for --update, and the dry run's heading.
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../seed/import/importer.js';
import { changesText, summaryText } from '../../seed/import/report.js';

function report(over: Partial<ImportReport>): ImportReport {
  return {
    status: 'ok',
    checkMs: 10,
    writeMs: 10,
    elapsedMs: 20,
    dryRun: false,
    policy: 'fill',
    changes: { newNodes: 1, existingNodes: 2, existingTies: 0, filled: 1, differing: 1, replaced: 0, table: [] },
    names: { matched: [], created: [] },
    auditIds: [],
    dir: 'people.csv',
    files: [{ file: 'people.csv', format: 'header', kind: 'nodes', rows: 3, encoding: 'GBK/GB18030 (detected, confidence 0.04)' }],
    ignoredFiles: [],
    rows: 3,
    badCount: 0,
    badRows: [],
    nodes: { Person: 3 },
    relationships: {},
    updates: { rows: 0, matched: 0, missing: 0 },
    leftOut: { nodes: 0, relationships: 0 },
    ...over,
  };
}

const table: ImportReport['changes']['table'] = [
  { id: 'Person:1', property: 'nameZh', old: '张三', new: '张叁', kind: 'differs', file: 'people.csv', line: 2 },
  { id: 'Person:3', property: 'title', old: null, new: 'Professor', kind: 'fill', file: 'people.csv', line: 4 },
];

describe('import report', () => {
  it('prints the changes to stored nodes as a table, differing values marked kept', () => {
    const text = changesText(report({ changes: { newNodes: 1, existingNodes: 2, existingTies: 0, filled: 1, differing: 1, replaced: 0, table } }));
    const lines = text.split('\n');
    expect(lines[1]!.split(/\s+/)).toEqual(['id', 'property', 'old', 'new', 'action']);
    expect(lines[2]!.split(/\s+/)).toEqual(['Person:1', 'nameZh', '张三', '张叁', 'kept']);
    expect(lines[3]!.split(/\s+/)).toEqual(['Person:3', 'title', '(empty)', 'Professor', 'fill']);
    expect(changesText(report({}))).toBe('');
  });

  it('names the encoding per file and the policy in the summary', () => {
    const fill = summaryText(report({}));
    expect(fill).toMatch(/people\.csv: 3 rows \(nodes; GBK\/GB18030 \(detected, confidence 0\.04\)\)/);
    expect(fill).toMatch(/2 already in the store: 1 empty property filled, 1 stored value\(s\) differ from the files and were kept \(--update replaces them\)/);
    const update = summaryText(report({ policy: 'update', auditIds: ['a-1'], changes: { newNodes: 0, existingNodes: 2, existingTies: 0, filled: 0, differing: 1, replaced: 1, table: [] } }));
    expect(update).toMatch(/1 value\(s\) replaced \(old values kept in the audit record a-1\)/);
    const dry = summaryText(report({ dryRun: true, nodes: {} }));
    expect(dry).toMatch(/^Dry run, nothing written: 3 rows in 1 file\(s\) checked .*1 new node\(s\), 2 already stored/m);
    expect(dry).not.toMatch(/speed/);
  });

  it('names stored ties beside stored nodes when the import touches some', () => {
    const tie = 'demo:lab:tianmushan -PARTICIPATES_IN-> sheet-project:1';
    const ties = report({
      changes: { newNodes: 0, existingNodes: 1, existingTies: 3, filled: 0, differing: 1, replaced: 0, table: [{ id: tie, property: 'role', old: 'participant', new: 'coordinator', kind: 'differs', file: 'p.xlsx', line: 5 }] },
    });
    expect(summaryText(ties)).toMatch(/stored data {4}1 node\(s\) and 3 tie\(s\) already in the store: 0 empty properties filled, 1 stored value\(s\) differ/);
    const lines = changesText(ties).split('\n');
    expect(lines[0]).toBe('Changes to stored nodes and ties:');
    expect(lines[2]!.split(/\s+/)).toEqual([...tie.split(' '), 'role', 'participant', 'coordinator', 'kept']);
  });
});
