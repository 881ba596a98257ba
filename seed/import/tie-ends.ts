// Tie ends named by text in spreadsheet cells, resolved once every row has been read: a stored node of one of the
// tie's labels whose name, Chinese or English name is exactly the text, else one with it as an alias; else a new
// node (or a bad row where the mapping says not to create, or no tie where it says to skip). Where a type column
// gives the end's label ("labelFrom"), a stored node of another label is a bad row at that column, never relabelled,
// and one name asked as two labels is a bad row on each of its lines rather than two new nodes.
import { NODE_LABELS, type NodeLabel } from '../../server/model/model.js';
import type { BadRows } from './bad-rows.js';
import type { NameLookup, WantedLabel } from './drafts.js';
import { LOOKUP_CHUNK, labelIndex, type NodeIds } from './ids.js';
import type { ImportReport, StoreReads } from './importer.js';

export interface NameUse {
  fi: number;
  file: string;
  line: number;
  col: number;
  want?: WantedLabel;
}

export interface ResolvedEnd {
  id: string;
  label: NodeLabel;
  created: boolean;
  /** Constants of a created node (labelFrom's props). */
  props?: Record<string, unknown>;
}

type Candidate = { id: string; label: string; by: 'name' | 'alias' };

export interface TieEndSetup {
  names: ReadonlyMap<string, { lookup: NameLookup; uses: NameUse[] }>;
  reads: StoreReads | null;
  ids: NodeIds;
  /** The id space of a node created with this label. */
  space: (label: NodeLabel) => string;
  bad: BadRows;
  report: ImportReport['names'];
}

async function storedByName(names: ReadonlyMap<string, { lookup: NameLookup }>, reads: StoreReads | null): Promise<Map<string, Candidate[]>> {
  const found = new Map<string, Candidate[]>();
  if (!reads) return found;
  const texts = [...new Set([...names.values()].map((e) => e.lookup.name))];
  const labels = [...new Set([...names.values()].flatMap((e) => e.lookup.labels))];
  for (let i = 0; i < texts.length; i += LOOKUP_CHUNK) {
    for (const r of await reads.byName(texts.slice(i, i + LOOKUP_CHUNK), labels)) {
      let list = found.get(r.name);
      if (!list) found.set(r.name, (list = []));
      if (!list.some((x) => x.id === r.id && x.by === r.by)) list.push(r);
    }
  }
  return found;
}

/**
 * The stored nodes a lookup may take: by name before alias; with a wanted label, those of that label, or (when the
 * name only fits nodes of other labels) the contradiction.
 */
function pick(lookup: NameLookup, candidates: Candidate[]): { pool: Candidate[]; contradicts?: Candidate } {
  const wanted = lookup.want?.label;
  for (const by of ['name', 'alias'] as const) {
    const tier = candidates.filter((c) => c.by === by);
    if (!tier.length) continue;
    if (!wanted) return { pool: tier };
    const same = tier.filter((c) => c.label === wanted);
    return same.length ? { pool: same } : { pool: [], contradicts: tier[0]! };
  }
  return { pool: [] };
}

const typeText = (w: WantedLabel) => `'${w.column}' ${w.text ? `says '${w.text}' (${w.label})` : 'is empty'}`;

/** Resolves every named end; bad rows go to `bad`, what was matched, created or skipped to `report`. */
export async function resolveTieEnds(setup: TieEndSetup): Promise<Map<string, ResolvedEnd>> {
  const { names, ids, bad, report } = setup;
  const resolved = new Map<string, ResolvedEnd>();
  if (!names.size) return resolved;
  const found = await storedByName(names, setup.reads);
  const creations = new Map<string, Array<{ ref: string; label: NodeLabel; props: Record<string, unknown> }>>();
  for (const [ref, { lookup, uses }] of names) {
    const badAll = (reason: string, col?: (u: NameUse) => number) => {
      for (const u of uses) bad.add(u, col ? col(u) : u.col, reason);
    };
    const candidates = (found.get(lookup.name) ?? []).filter((c) => (lookup.labels as readonly string[]).includes(c.label));
    const { pool, contradicts } = pick(lookup, candidates);
    if (contradicts) {
      for (const u of uses) bad.add(u, u.want!.col, `${typeText(u.want!)}, but '${lookup.name}' is a stored ${contradicts.label} (${contradicts.id}); correct the type or the name`);
      continue;
    }
    const distinct = [...new Set(pool.map((c) => c.id))];
    if (distinct.length > 1) {
      badAll(`'${lookup.name}' names ${distinct.length} stored nodes (${distinct.slice(0, 5).join(', ')}); give one of them another name or an alias that is unique`);
      continue;
    }
    if (distinct.length === 1) {
      const c = pool.find((x) => x.id === distinct[0])!;
      const label = c.label as NodeLabel;
      resolved.set(ref, { id: c.id, label, created: false });
      if (!ids.has(c.id)) ids.remember(c.id, labelIndex.get(label)!);
      report.matched.push({ name: lookup.name, id: c.id, label, by: c.by });
      continue;
    }
    if (lookup.skipUnknown) {
      (report.skipped ??= []).push({ name: lookup.name, labels: lookup.labels });
      continue;
    }
    if (!lookup.create) {
      badAll(`no stored ${lookup.labels.join(' or ')} is named '${lookup.name}' (this column only links to existing nodes)`);
      continue;
    }
    if (lookup.want && !lookup.want.label) {
      badAll(`no stored ${lookup.labels.join(' or ')} is named '${lookup.name}' and '${lookup.want.column}' is empty; give its type to create it`, (u) => u.want!.col);
      continue;
    }
    const label = lookup.want?.label ?? lookup.labels[0]!;
    const key = `${lookup.labels.join(',')}\u0000${lookup.name}`;
    let list = creations.get(key);
    if (!list) creations.set(key, (list = []));
    list.push({ ref, label, props: lookup.want?.props ?? {} });
  }
  for (const list of creations.values()) {
    const labels = [...new Set(list.map((c) => c.label))];
    if (labels.length > 1) {
      // The same new name asked as a Lab on one line and an Enterprise on another: which is right is not ours to guess.
      for (const c of list) {
        const { lookup, uses } = names.get(c.ref)!;
        for (const u of uses) bad.add(u, u.want?.col ?? u.col, `'${lookup.name}' is given as ${labels.join(' and as ')} on different rows (${u.want ? typeText(u.want) : 'no type column'} here); give one type`);
      }
      continue;
    }
    for (const c of list) {
      const { lookup, uses } = names.get(c.ref)!;
      const id = `${setup.space(c.label)}:${lookup.name}`;
      const before = ids.labelOf(id);
      if (before !== undefined && before !== labelIndex.get(c.label)) {
        for (const u of uses) bad.add(u, u.col, `id '${id}' for the new ${c.label} '${lookup.name}' is already a ${NODE_LABELS[before] ?? 'node without a model label'}`);
        continue;
      }
      if (before === undefined) ids.remember(id, labelIndex.get(c.label)!);
      resolved.set(c.ref, { id, label: c.label, created: true, ...(Object.keys(c.props).length ? { props: c.props } : {}) });
      report.created.push({ name: lookup.name, id, label: c.label });
    }
  }
  return resolved;
}
