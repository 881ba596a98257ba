// The shapes values take on either side of the db gateway (db.ts): graph values as every resolver sees them (plain
// JSON), and the wrappers a caller uses to say how a value is to be stored (a DATE, a DATETIME, a FLOAT). The
// gateway converts both ways; this module holds no driver code.

/** A plain-JSON graph node as every resolver sees it. */
export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  type: string;
  /** Entity ids (our `id` property) of the endpoints, resolved where the query returned them. */
  start: string;
  end: string;
  elementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** A value the caller wants stored as a Neo4j DATE (`YYYY-MM-DD`) or ZONED DATETIME (ISO 8601). */
export class TemporalParam {
  constructor(
    readonly kind: 'date' | 'datetime',
    readonly iso: string,
  ) {}
}
export const cypherDate = (iso: string) => new TemporalParam('date', iso);
/** A number the caller wants stored as a FLOAT even when it is whole (10 % escrow, strength 1.0). */
export class FloatParam {
  constructor(readonly value: number) {}
}
export const cypherFloat = (value: number) => new FloatParam(value);
export const cypherDateTime = (iso: string) => new TemporalParam('datetime', iso);
