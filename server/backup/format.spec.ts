import { describe, expect, it } from 'vitest';
import { BackupFormatError, encodeProp, parseLine, nodeLine, typeCode } from './format.js';

describe('backup format: property types', () => {
  it('codes scalars and lists, and refuses types it cannot keep', () => {
    expect(typeCode('INTEGER NOT NULL', 'x')).toBe('i');
    expect(typeCode('LIST<DATE NOT NULL> NOT NULL', 'x')).toBe('[d');
    expect(() => typeCode('MAP NOT NULL', 'node 1 property m')).toThrow(BackupFormatError);
  });

  it('keeps an empty list (LIST<NOTHING>, as the audit record holds for no contact fields) as an empty list', () => {
    expect(typeCode('LIST<NOTHING> NOT NULL', 'x')).toBe('[s');
    const prop = encodeProp(['contactFields', 'LIST<NOTHING> NOT NULL', []], 'node 1');
    expect(prop).toEqual(['contactFields', '[s', []]);
    const entry = parseLine(nodeLine('k1', ['AuditEvent'], [prop]).trimEnd(), 2);
    expect(entry).toEqual({ kind: 'node', key: 'k1', labels: ['AuditEvent'], props: [['contactFields', '[s', []]] });
  });
});
