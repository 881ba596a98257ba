// The audit record: who changed what, and who read whose contact details, stored in Neo4j as :AuditEvent nodes
// (never :Entity, so they stay out of the graph, search and paths) through named queries.
//
// Recording never fails silently, and never lets an unrecorded action through:
// - a change (any mutation operation, whoever sends it) is recorded *before* it runs, with status "started"; if
//   that record cannot be written the mutation does not run and the caller gets UNAVAILABLE. After it ran the
//   record gets its outcome ("ok" or "failed" with the error codes); if only that second write fails, the answer
//   is still sent (the change did happen) and the failure is logged, leaving the record at "started".
// - a read of contact details by a broker or admin is recorded after the operation ran and before the answer
//   leaves; if the record cannot be written, the answer is replaced by UNAVAILABLE, so the details are withheld.
import crypto from 'node:crypto';
import { GraphQLError, Kind, getOperationAST, type ExecutionResult, type GraphQLResolveInfo, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context, Viewer } from '../context.js';
import type { Db } from '../db.js';
import { takeChanges } from '../mutations/change-record.js';
import { plainValue } from '../resolvers/scalars.js';
import { invalidateNonConsentingNames } from './masking.js';

export type AuditAction = 'change' | 'contact-read' | 'import' | 'restart';

export interface AuditEventInput {
  actor: string;
  role: string;
  action: AuditAction;
  /** GraphQL operation name, or the command for imports. */
  operation: string;
  /** Root fields of the operation (e.g. ["upsertPerson"], ["node", "search"]). */
  fields: string[];
  /** For contact reads: the response paths where contact details were returned (e.g. "search.0.node.properties"). */
  paths?: string[];
  /** Ids of the nodes concerned. */
  subjects?: string[];
  contactFields?: string[];
  /** The operation's variables (JSON, capped), for changes. */
  variables?: string;
  status: 'started' | 'ok' | 'failed';
  errorCodes?: string[];
  client?: string;
  /**
   * For imports that replace stored values: JSON of [{id, property, old, new}], kept whole (never capped) so that
   * every replaced value can be restored.
   */
  replaced?: string;
}

const MAX_VARIABLES = 4_000;
const MAX_LIST = 500;

/** Writes one audit event and returns its id. For callers outside GraphQL too (the import command). */
export async function recordAudit(db: Db, event: AuditEventInput): Promise<string> {
  const id = crypto.randomUUID();
  const cap = (xs: string[] | undefined) => (xs ?? []).slice(0, MAX_LIST).map((s) => String(s).slice(0, 300));
  await db.write('auditRecord', {
    event: {
      id,
      actor: event.actor.slice(0, 100),
      role: event.role,
      action: event.action,
      operation: event.operation.slice(0, 200),
      fields: cap(event.fields),
      paths: cap(event.paths),
      subjects: cap(event.subjects),
      contactFields: cap(event.contactFields),
      variables: (event.variables ?? '').slice(0, MAX_VARIABLES),
      status: event.status,
      errorCodes: cap(event.errorCodes),
      client: event.client ?? '',
      ...(event.replaced !== undefined ? { replaced: event.replaced } : {}),
    },
  });
  return id;
}

/** `replaced`: for graph edits, what they replaced (server/mutations/change-record.ts), kept whole for undo. */
export async function finishAudit(db: Db, id: string, status: 'ok' | 'failed', errorCodes: string[], subjects: string[], replaced?: string): Promise<void> {
  await db.write('auditFinish', { id, status, errorCodes: errorCodes.slice(0, MAX_LIST), subjects: subjects.slice(0, MAX_LIST), replaced: replaced ?? null });
}

// ---------------------------------------------------------------------------------------------------------------
// Contact reads are noted by the Node.properties resolver while the operation runs and written once at its end.

interface ContactRead {
  path: string;
  nodeId: string;
  fields: string[];
}

const contactReads = new WeakMap<Request, ContactRead[]>();

/** Notes that this request is returning contact fields of a node (called by field resolvers). */
export function noteContactRead(ctx: Pick<Context, 'request'>, info: Pick<GraphQLResolveInfo, 'path'>, nodeId: string | null, fields: string[]): void {
  if (fields.length === 0) return;
  let list = contactReads.get(ctx.request);
  if (!list) contactReads.set(ctx.request, (list = []));
  if (list.length < MAX_LIST) list.push({ path: responsePath(info.path), nodeId: nodeId ?? '', fields });
}

function responsePath(path: GraphQLResolveInfo['path'] | undefined): string {
  const parts: Array<string | number> = [];
  for (let p = path; p; p = p.prev) parts.unshift(p.key);
  return parts.join('.');
}

function errorCodes(result: ExecutionResult): string[] {
  return [...new Set((result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
}

/** Node ids a mutation touched, as far as its arguments and answer tell: values of id, from, to and ...Id(s) keys. */
export function idsIn(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8 || value === null || typeof value !== 'object' || found.size >= MAX_LIST) return found;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if ((k === 'id' || k === 'from' || k === 'to' || /Ids?$/.test(k)) && (typeof v === 'string' || Array.isArray(v))) {
      for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') found.add(x);
    } else if (typeof v === 'object') idsIn(v, found, depth + 1);
  }
  return found;
}

/** The root fields' arguments with variables filled in, e.g. {postDemand: {enterpriseId: "...", ...}}. */
export function rootArguments(op: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const value = (v: ValueNode): unknown => plainValue(v, (n) => (n.kind === Kind.VARIABLE ? variables[n.name.value] : n.value));
  const out: Record<string, unknown> = {};
  for (const sel of op.selectionSet.selections) {
    if (sel.kind !== Kind.FIELD) continue;
    out[sel.alias?.value ?? sel.name.value] = Object.fromEntries((sel.arguments ?? []).map((a) => [a.name.value, value(a.value)]));
  }
  return out;
}

function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAVAILABLE', http: { status: 503 } } });
}

/** Where the request came from, recorded with the event; set by the request gate. */
export const clientAddresses = new WeakMap<Request, string>();

export function auditPlugin(db: Db, log: (line: string) => void = (l) => console.error(l)): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as Context;
      const viewer: Viewer = ctx.viewer;
      const op = getOperationAST(args.document, args.operationName);
      const operation = op?.name?.value ?? args.operationName ?? '(unnamed)';
      const fields = (op?.selectionSet.selections ?? []).flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
      const client = clientAddresses.get(ctx.request) ?? '';
      let changeId: string | undefined;
      if (op?.operation === 'mutation') {
        try {
          changeId = await recordAudit(db, {
            actor: viewer.id,
            role: viewer.role,
            action: 'change',
            operation,
            fields,
            variables: JSON.stringify(args.variableValues ?? {}),
            subjects: [...idsIn(rootArguments(op, args.variableValues ?? {}))],
            status: 'started',
            client,
          });
        } catch {
          setResultAndStopExecution({
            errors: [unavailable('The change was not made: the audit record cannot be written (graph database unavailable).')],
          });
          return;
        }
      }
      return {
        async onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return; // streamed results are not used by this API
          const single = result as ExecutionResult;
          if (changeId) {
            invalidateNonConsentingNames();
            const failed = !single.data || Object.values(single.data).every((v) => v === null);
            try {
              await finishAudit(db, changeId, failed ? 'failed' : 'ok', errorCodes(single), [...idsIn(single.data ?? {})], takeChanges(ctx.request));
            } catch (e) {
              log(`audit: could not record the outcome of change ${changeId} (${operation}): ${(e as Error).message}`);
            }
          }
          const reads = contactReads.get(ctx.request);
          if (reads?.length && viewer.role !== 'viewer') {
            contactReads.delete(ctx.request);
            try {
              await recordAudit(db, {
                actor: viewer.id,
                role: viewer.role,
                action: 'contact-read',
                operation,
                fields,
                paths: [...new Set(reads.map((r) => r.path))],
                subjects: [...new Set(reads.map((r) => r.nodeId).filter(Boolean))],
                contactFields: [...new Set(reads.flatMap((r) => r.fields))],
                status: 'ok',
                client,
              });
            } catch {
              setResult({
                data: null,
                errors: [unavailable('Contact details are withheld: the audit record cannot be written (graph database unavailable).')],
              });
            }
          }
        },
      };
    },
  };
}
