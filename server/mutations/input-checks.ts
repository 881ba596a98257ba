// Value checks the GraphQL types cannot express, shared by the mutations: sane string and list sizes, the model's
// enumerations (lab kinds, region levels, ...) and numeric ranges. Each failure names the input field. Tables are
// read by own key only, so a key such as __proto__ or constructor finds nothing instead of Object.prototype.
import { badInput } from '../explore/validate.js';
import { DEMAND_STATUSES, ESCROW_STATES, LAB_KINDS, ORGANISATION_KINDS, POOL_KINDS, REGION_LEVELS, type NodeLabel } from '../model/model.js';

export const MAX_ID_LENGTH = 512;
export const MAX_STRING = 10_000;
export const MAX_NAME = 500;
export const MAX_LIST = 100;

const NAME_FIELDS = new Set(['name', 'nameZh', 'nameEn', 'title']);

const ENUMS: Partial<Record<NodeLabel, Record<string, readonly string[]>>> = {
  Lab: { kind: LAB_KINDS },
  Organisation: { kind: ORGANISATION_KINDS },
  Region: { level: REGION_LEVELS },
  TalentPool: { kind: POOL_KINDS },
  Project: { escrowState: ESCROW_STATES },
  Demand: { status: DEMAND_STATUSES },
};

/**
 * Properties that hold another node's id, or are indexed: they get an id's length limit, since a range index cannot
 * hold a value of several kilobytes and the store would refuse it with an internal error instead of a clear one.
 */
const ID_LIKE_FIELDS = new Set(['regionId', 'techAreaIds']);

/** Numeric fields and the range each accepts, grouped by range: years, shares, counts, money, coordinates. */
const RANGES: Record<string, readonly [number, number]> = Object.fromEntries(
  (
    [
      [[1000, 3000], ['founded', 'year', 'classYear']],
      [[0, 1], ['strength', 'contribution']],
      [[0, 5], ['level']],
      [[0, 100], ['escrowPercent', 'weight']],
      [[0, 100_000], ['edition', 'responseHours']],
      [[1, 100_000], ['rank']],
      [[0, 100_000_000], ['employees', 'memberCount']],
      [[0, 10_000_000_000], ['population', 'overseasPopulation']],
      [[0, 1e15], ['budget', 'totalCost']],
      [[-90, 90], ['lat']],
      [[-180, 180], ['lon']],
    ] as const
  ).flatMap(([range, fields]) => fields.map((f) => [f, range] as const)),
);

// Control characters other than tab and newline have no place in names or descriptions.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function checkId(argument: string, id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') throw badInput(argument, 'must be a non-empty id');
  if (id.length > MAX_ID_LENGTH) throw badInput(argument, `must be at most ${MAX_ID_LENGTH} characters`);
  if (id !== id.trim() || CONTROL.test(id) || /[\r\n\t]/.test(id)) throw badInput(argument, 'must not contain spaces at either end or control characters');
  return id;
}

/** `key` is the model's field name (names are shorter than descriptions); `argument` is how the error names it. */
export function checkString(argument: string, value: string, key = argument): void {
  const max = NAME_FIELDS.has(key) ? MAX_NAME : MAX_STRING;
  if (value.length > max) throw badInput(argument, `must be at most ${max} characters`);
  if (CONTROL.test(value)) throw badInput(argument, 'must not contain control characters');
}

/** Checks one given (non-null) value of `label`'s field `key`; `argument` is how the error names it. */
export function checkValue(label: NodeLabel | null, key: string, value: unknown, argument: string): void {
  if (ID_LIKE_FIELDS.has(key)) {
    for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) {
      if (typeof v === 'string' && v.length > MAX_ID_LENGTH) {
        throw badInput(Array.isArray(value) ? `${argument}[${i}]` : argument, `must be at most ${MAX_ID_LENGTH} characters`);
      }
    }
  }
  if (typeof value === 'string') {
    checkString(argument, value, key);
    const enums = label ? ENUMS[label] : undefined;
    const allowed = enums && Object.hasOwn(enums, key) ? enums[key] : undefined;
    if (allowed && !allowed.includes(value)) throw badInput(argument, `must be one of ${allowed.join(', ')}; got ${JSON.stringify(value.slice(0, 60))}`);
  } else if (Array.isArray(value)) {
    if (value.length > MAX_LIST) throw badInput(argument, `must list at most ${MAX_LIST} items`);
    value.forEach((v, i) => typeof v === 'string' && checkString(`${argument}[${i}]`, v, key));
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw badInput(argument, 'must be a finite number');
    const range = Object.hasOwn(RANGES, key) ? RANGES[key] : undefined;
    if (range && (value < range[0] || value > range[1])) throw badInput(argument, `must be from ${range[0]} to ${range[1]}; got ${value}`);
  }
}

/** The values `label`'s field `key` accepts when the model makes it an enumeration (for forms), else []. */
export function allowedValues(label: NodeLabel, key: string): readonly string[] {
  const enums = ENUMS[label];
  return enums && Object.hasOwn(enums, key) ? (enums[key] ?? []) : [];
}
