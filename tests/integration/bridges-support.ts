// The organisation-bridge rules of docs/scoring.md, worked out over plain records (a fixture's, the demo's), so the
// bridge tests compare the answer with an independent computation. Small graphs only: no bounds apply.

export interface BridgeRecordRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

export interface OrgTie {
  kind: 'project' | 'brokered' | 'partner' | 'unit' | 'staff' | 'member';
  via: string | null;
  person: string | null;
}

const iso = (v: unknown) => (v && typeof v === 'object' && 'iso' in v ? String((v as { iso: string }).iso).slice(0, 10) : typeof v === 'string' ? v : undefined);

export function validOn(r: BridgeRecordRel, asOf: string | null): boolean {
  if (!asOf) return true;
  const start = iso(r.props.start) ?? iso(r.props.since);
  const end = iso(r.props.end);
  return (!start || start <= asOf) && (!end || end >= asOf);
}

/** Organisations (firms, labs, other organisations) tied to `end`, each with its ties. */
export function orgTiesOf(
  rels: readonly BridgeRecordRel[],
  isPerson: (id: string) => boolean,
  isOrg: (id: string) => boolean,
  end: string,
  asOf: string | null,
): Map<string, OrgTie[]> {
  const ok = rels.filter((r) => validOn(r, asOf));
  const out = new Map<string, OrgTie[]>();
  const add = (o: string, t: OrgTie) => {
    if (o !== end && isOrg(o)) out.set(o, [...(out.get(o) ?? []), t]);
  };
  const posts = (p: string, types: string[]) => ok.filter((r) => r.start === p && types.includes(r.type)).map((r) => r.end);
  for (const r of ok) {
    if (['PARTICIPATES_IN', 'POSTED'].includes(r.type) && r.start === end) {
      for (const x of ok) {
        if (x.end !== r.end) continue;
        if (x.type === 'PARTICIPATES_IN' && !isPerson(x.start)) add(x.start, { kind: 'project', via: r.end, person: null });
        if (x.type === 'BROKERED') for (const o of posts(x.start, ['WORKS_AT', 'AFFILIATED_WITH'])) add(o, { kind: 'brokered', via: r.end, person: x.start });
      }
    }
    if (['PARTNERS_WITH', 'COLLABORATED_WITH', 'PART_OF'].includes(r.type) && (r.start === end || r.end === end)) {
      add(r.start === end ? r.end : r.start, { kind: r.type === 'PART_OF' ? 'unit' : 'partner', via: null, person: null });
    }
    if (['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED', 'STUDIED_AT'].includes(r.type) && r.end === end && isPerson(r.start)) {
      for (const o of posts(r.start, ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED'])) add(o, { kind: 'staff', via: null, person: r.start });
    }
    if (isPerson(end) && r.start === end && ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED', 'STUDIED_AT'].includes(r.type)) {
      add(r.end, { kind: 'member', via: null, person: null });
    }
  }
  return out;
}

/** Organisations tied to both ends (neither end itself). */
export function orgsBetween(
  rels: readonly BridgeRecordRel[],
  isPerson: (id: string) => boolean,
  isOrg: (id: string) => boolean,
  from: string,
  to: string,
  asOf: string | null,
): string[] {
  const a = orgTiesOf(rels, isPerson, isOrg, from, asOf);
  const b = orgTiesOf(rels, isPerson, isOrg, to, asOf);
  return [...a.keys()].filter((o) => b.has(o) && o !== from && o !== to).sort();
}
