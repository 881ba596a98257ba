// How the API answers a Neo4j error, decided by its status code and never by its message text. Status codes are
// Neo4j's stable contract (`Neo.<classification>.<category>.<title>`, e.g. Neo.ClientError.Schema.
// ConstraintValidationFailed); messages change between releases and languages. The driver adds a few codes of its
// own for connection trouble (ServiceUnavailable, SessionExpired). db.ts turns each kind into a GraphQL error code.

/** What a Neo4j error means for the caller; null: a defect, masked as an internal error. */
export type Neo4jErrorKind =
  /** The transaction hit db.memory.transaction.max / .total.max (RESOURCE_LIMIT; retrying the same query cannot help). */
  | 'memory'
  /** The database or its cluster cannot take queries now (UNAVAILABLE, HTTP 503). */
  | 'unavailable'
  /** The transaction ran past its timeout (TIMEOUT). */
  | 'timeout'
  /** A uniqueness or existence constraint refused the write (BAD_USER_INPUT). */
  | 'conflict'
  /** A procedure the query calls is not installed (UNAVAILABLE). */
  | 'missing-procedure'
  /** Any other transient error: locks, deadlocks, a busy database (UNAVAILABLE: try again). */
  | 'busy'
  /** The server's own credentials or rights were refused (UNAVAILABLE: the caller can do nothing about it). */
  | 'sign-in';

export interface StatusCode {
  classification: string;
  category: string;
  title: string;
}

/** The parts of a `Neo.<classification>.<category>.<title>` code; null for the driver's own codes. */
export function parseStatusCode(code: string): StatusCode | null {
  const parts = code.split('.');
  if (parts.length !== 4 || parts[0] !== 'Neo') return null;
  return { classification: parts[1]!, category: parts[2]!, title: parts[3]! };
}

const MEMORY_CODES = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.OutOfMemoryError']);
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The kind of a Neo4j (or driver) error code; the first rule that matches wins. */
export function classifyNeo4jCode(code: string | undefined): Neo4jErrorKind | null {
  if (!code) return null;
  if (MEMORY_CODES.has(code)) return 'memory';
  if (UNAVAILABLE_CODES.has(code)) return 'unavailable';
  const s = parseStatusCode(code);
  if (!s) return null;
  if (s.classification === 'TransientError' && s.category === 'Cluster') return 'unavailable';
  // TransactionTimedOut (server setting) and TransactionTimedOutClientConfiguration (the timeout db.ts sets).
  if (s.category === 'Transaction' && s.title.startsWith('TransactionTimedOut')) return 'timeout';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'conflict';
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') return 'missing-procedure';
  if (s.classification === 'TransientError') return 'busy';
  if (s.classification === 'ClientError' && s.category === 'Security') return 'sign-in';
  return null;
}
