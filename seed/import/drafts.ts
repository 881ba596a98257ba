// What one record of an import file becomes: node and relationship drafts (not yet checked against the store), ties
// to nodes named by text, and the RowError with the column a bad row is reported at. Shared by the transforms
// (transform.ts), the cells they read (cells.ts) and the check stage.
import crypto from 'node:crypto';
import type { NodeLabel, RelType, RoleLabel } from '../../server/model/model.js';

export class RowError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'RowError';
  }
}

export type NodeMode = 'merge' | 'update' | 'append';

export interface NodeDraft {
  id: string;
  /** The model label; absent only for update/append entries that name none. */
  label?: NodeLabel;
  roles: RoleLabel[];
  /** Model-typed values (dates as YYYY-MM-DD strings), ready for writer.nodeRow. */
  props: Record<string, unknown>;
  /** Values written only when the node is created (placeholders that a later source may improve). */
  createProps: Record<string, unknown>;
  mode: NodeMode;
  idCol: number;
}

export interface RelDraft {
  type: RelType;
  start: string;
  end: string;
  startCol: number;
  endCol: number;
  props: Record<string, unknown>;
  /** An end that names no node leaves the tie out instead of making the row bad (a mapping's "skipUnknown"). */
  skipUnknown?: boolean;
}

/** A tie's other end, named in a spreadsheet cell: found in the store by name or alias, else created. */
export interface NameLookup {
  /** The stand-in id the row's relationships carry until the importer resolves it (see nameRef). */
  ref: string;
  labels: NodeLabel[];
  name: string;
  col: number;
  create: boolean;
  /** A name that matches no stored node gives no tie (and no bad row). */
  skipUnknown?: boolean;
  /** The label another column of the row gives this end ("labelFrom"). */
  want?: WantedLabel;
}

/** The label a row's type column (单位类型) gives a named end, and what a created node of it carries. */
export interface WantedLabel {
  /** Absent when the type cell is empty and the mapping has no default: then only a stored node will do. */
  label?: NodeLabel;
  /** Constant properties of a node this import creates (a Lab's kind). */
  props: Record<string, unknown>;
  /** The type column (1-based) and its header text and cell, for messages. */
  col: number;
  column: string;
  text: string;
}

/**
 * A stand-in id for "the node of these labels named so" (and of the label a type column asks for: the same name may
 * be asked as a Lab on one row and an Enterprise on another); it starts with NUL, which no real id does.
 */
export function nameRef(labels: readonly NodeLabel[], name: string, want?: WantedLabel): string {
  const wanted = want ? `\u0000${want.label ?? '?'}` : '';
  return `\u0000${labels.join(',')}\u0000${name}${wanted}`;
}

export const isNameRef = (id: string): boolean => id.charCodeAt(0) === 0;

export interface RowOutput {
  /** Ends of ties named by text (spreadsheet files), resolved by the importer. */
  lookups: NameLookup[];
  nodes: NodeDraft[];
  /** Ids of nodes the mapping says to leave out (label mapped to null); relationships touching them are left out too. */
  skippedNodes: string[];
  rels: RelDraft[];
  /** Relationships left out because their type maps to null. */
  skippedRels: number;
}

/** What a transform reads from a record: typed values, raw text and the column each came from. */
export interface Cells {
  get(name: string): unknown;
  text(name: string): string | undefined;
  col(name: string): number;
}

export type Transform = (cells: Cells) => RowOutput;

/** The id of a spreadsheet row's node: a digest of its key cells, so that ids carry no personal data (a phone). */
export function sheetRowId(space: string, keyTexts: readonly string[]): string {
  return `${space}:${crypto.createHash('sha256').update(keyTexts.join('\u001f')).digest('hex').slice(0, 16)}`;
}
