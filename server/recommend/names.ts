// Names of nodes as reasons quote them, in both languages, and lists written the way each language writes them.
import type { PlainNode } from '../db.js';

export interface Names {
  zh: string;
  en: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A node's Chinese and English names, each falling back to the other and then to `name` and the id. */
export function namesOf(node: Pick<PlainNode, 'id' | 'properties'> | undefined, fallbackId = '?'): Names {
  if (!node) return { zh: fallbackId, en: fallbackId };
  const p = node.properties;
  const name = str(p.name) ?? node.id;
  return { zh: str(p.nameZh) ?? name, en: str(p.nameEn) ?? name };
}

/** Looks names up by id; unknown ids read as themselves. */
export type NameLookup = (id: string) => Names;

export function lookupFrom(nodes: ReadonlyMap<string, Pick<PlainNode, 'id' | 'properties'>>): NameLookup {
  return (id) => namesOf(nodes.get(id), id);
}

/** At most `max` names joined, with "等 N 个" / "and N more" when some are left out. */
export function listNames(names: readonly Names[], max = 3): Names {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  return {
    zh: shown.map((n) => n.zh).join('、') + (rest > 0 ? ` 等 ${names.length} 个` : ''),
    en: shown.map((n) => n.en).join(', ') + (rest > 0 ? ` and ${rest} more` : ''),
  };
}

/** Rounds for display in reasons. */
export function fmt(x: number, digits = 2): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}
