// The shapes of a bridges answer and of the rows its queries return, and the person-tie helpers shared by the
// search (bridges.ts) and the organisation bridges (bridge-orgs.ts): a tie as the score reads it, and a tie as the
// path draws it, from an end to the person.
import type { PlainNode, PlainRelationship } from '../db.js';
import { toGqlPath, type GqlNode, type GqlPath, type Reason } from '../graph/shape.js';
import { PERSONAL_REL_TYPES } from '../model/model.js';
import type { AreaRef, NamedRef, OrgScorePart, OrgTieKind, ScorePart, TieFact, TieKind } from './bridge-score.js';

export interface GqlBridgeTie {
  side: 'FROM' | 'TO';
  kind: Uppercase<OrgTieKind>;
  type: string;
  via: GqlNode | null;
  year: number | null;
  people: GqlNode[];
}

export interface GqlBridge {
  kind: 'ONE_PERSON' | 'TWO_PERSON' | 'ORGANISATION';
  intermediaries: GqlNode[];
  score: number;
  reasons: string[];
  reasonDetails: Reason[];
  scoreParts: Array<ScorePart | OrgScorePart>;
  path: GqlPath;
  carriers: GqlNode[];
  ties: GqlBridgeTie[];
}

/** One end of the question as bridgesEndpoints returns it. */
export interface EndRow {
  side: 'from' | 'to';
  node: PlainNode | null;
  areas: AreaRef[];
}

/** A person's tie to an end as bridgesOnePerson, bridgesChainLinks and bridgesChainEnds return it. */
export interface RawTie {
  rel: PlainRelationship;
  /** The person's end of the relationship is its start node. */
  out: boolean;
  via: PlainNode | null;
  viaRel: PlainRelationship | null;
}

export interface Tie {
  raw: RawTie;
  fact: TieFact;
}

export const named = (n: PlainNode): NamedRef => {
  const p = n.properties;
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return { id: n.id, name: s(p.name) ?? s(p.nameZh) ?? s(p.nameEn) ?? n.id, nameZh: s(p.nameZh), nameEn: s(p.nameEn) };
};

export const dateOf = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
export const numOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function tieKind(raw: RawTie): TieKind {
  if (!raw.via || !raw.viaRel) return (PERSONAL_REL_TYPES as readonly string[]).includes(raw.rel.type) ? 'personal' : 'direct';
  if (raw.viaRel.type === 'PART_OF') return 'unit';
  return raw.via.labels.includes('Demand') ? 'demand' : 'project';
}

export function toTie(raw: RawTie): Tie {
  const p = raw.rel.properties;
  return {
    raw,
    fact: {
      type: raw.rel.type,
      kind: tieKind(raw),
      strength: numOf(p.strength),
      start: dateOf(p.start) ?? dateOf(p.since),
      end: dateOf(p.end),
      role: typeof p.role === 'string' && p.role !== '' ? p.role : null,
      classYear: numOf(p.classYear),
      via: raw.via ? named(raw.via) : null,
    },
  };
}

/**
 * The nodes and relationships of a tie in walking order from the end to the person, with relationship endpoints
 * as entity ids (the queries return element ids, and which end is the person's).
 */
export function tieSteps(raw: RawTie, personId: string, end: PlainNode): { nodes: PlainNode[]; rels: PlainRelationship[] } {
  const near = raw.via ? raw.via.id : end.id;
  const rel = { ...raw.rel, start: raw.out ? personId : near, end: raw.out ? near : personId };
  if (!raw.via || !raw.viaRel) return { nodes: [], rels: [rel] };
  const viaFirst = raw.viaRel.type === 'PART_OF';
  const viaRel = { ...raw.viaRel, start: viaFirst ? raw.via.id : end.id, end: viaFirst ? end.id : raw.via.id };
  return { nodes: [raw.via], rels: [viaRel, rel] };
}

/** The path of a person bridge: from the end, along the person's tie (and a chain's link), to the other end. */
export function bridgePath(ends: { from: PlainNode; to: PlainNode }, people: PlainNode[], ties: { from: RawTie; to: RawTie; link: RawTie | null }): GqlPath {
  const first = people[0]!;
  const last = people[people.length - 1]!;
  const a = tieSteps(ties.from, first.id, ends.from);
  const b = tieSteps(ties.to, last.id, ends.to);
  const nodes = [ends.from, ...a.nodes, first];
  const rels = [...a.rels];
  const link = ties.link;
  if (link && people.length === 2) {
    nodes.push(last);
    rels.push({ ...link.rel, start: link.out ? first.id : last.id, end: link.out ? last.id : first.id });
  }
  nodes.push(...[...b.nodes].reverse(), ends.to);
  rels.push(...[...b.rels].reverse());
  return toGqlPath({ nodes, relationships: rels });
}
