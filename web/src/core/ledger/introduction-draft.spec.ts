import { describe, expect, it } from 'vitest';
import type { ApiNodeSummary } from '../api/types.js';
import { introductionDraft, MAX_INTERMEDIARIES } from './introduction-draft.js';

const node = (id: string, type: ApiNodeSummary['type'] = 'Person', roles: string[] = []): ApiNodeSummary =>
  ({ id, type, labels: [type, ...roles], name: id, nameZh: id, nameEn: null, illustrative: false }) as ApiNodeSummary;

const firm = node('firm', 'Enterprise');
const lab = node('lab', 'Lab');

describe('an introduction drafted from a bridge', () => {
  it('keeps the people bridge order and makes its technology manager the broker', () => {
    const shen = node('shen', 'Person', ['TechManager']);
    const gu = node('gu', 'Person', ['Researcher']);
    const d = introductionDraft({ kind: 'PERSON', intermediaries: [gu, shen], path: { nodes: [firm, gu, shen, lab] } }, 'firm', 'lab');
    expect(d).toEqual({ from: 'firm', to: 'lab', intermediaries: ['gu', 'shen'], broker: 'shen' });
  });

  it('takes the carriers of an organisation bridge, people only, without repeats', () => {
    const org = node('org', 'Organisation');
    const a = node('a');
    const d = introductionDraft({ kind: 'ORGANISATION', intermediaries: [org], carriers: [a, a, node('b')], path: { nodes: [firm, org, lab] } }, 'firm', 'lab');
    expect(d.intermediaries).toEqual(['a', 'b']);
    expect(d.broker).toBeNull();
  });

  it('never lists the ends as intermediaries and stops at the API limit', () => {
    const many = Array.from({ length: 8 }, (_, i) => node(`p${i}`));
    const d = introductionDraft({ kind: 'PERSON', intermediaries: [node('firm'), ...many], path: { nodes: [] } }, 'firm', 'lab');
    expect(d.intermediaries).toHaveLength(MAX_INTERMEDIARIES);
    expect(d.intermediaries).not.toContain('firm');
  });
});
