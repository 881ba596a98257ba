// Every named query the code runs. Each name must have a file cypher/<name>.cypher: start-up stops if one is
// missing, and `db.read`/`db.write` only accept these names, so a typo fails the type check instead of a request.
// Each area keeps its own list in server/queries/.
import { ANSWER_QUERIES } from './queries/answers.js';
import { BACKUP_QUERIES } from './queries/backup.js';
import { COST_QUERIES } from './queries/cost.js';
import { DESK_QUERIES } from './queries/desk.js';
import { EDIT_QUERIES } from './queries/edit.js';
import { IMPORT_QUERIES } from './queries/import.js';
import { LEDGER_QUERIES } from './queries/ledger.js';
import { LENS_QUERIES } from './queries/lenses.js';
import { TRUST_QUERIES } from './queries/trust.js';

export const CORE_QUERIES = ['stats', 'databaseIsEmpty'] as const;

export const QUERY_NAMES = [...CORE_QUERIES, ...IMPORT_QUERIES, ...ANSWER_QUERIES, ...TRUST_QUERIES, ...COST_QUERIES, ...BACKUP_QUERIES, ...DESK_QUERIES, ...LEDGER_QUERIES, ...LENS_QUERIES, ...EDIT_QUERIES] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
