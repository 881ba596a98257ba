// The cost model: what each root field of a request is expected to make Neo4j do, in cost units (about one unit
// per node or tie a field may read and shape), summed over every field of the operation, aliases included. The
// field limits of graphql-armor count fields; this counts work, so ten aliased deep neighbourhoods cost ten times
// one. Pure: sizes that need the graph (the scope of `brokers`) are asked through `sizes`.
import {
  Kind,
  getArgumentValues,
  getVariableValues,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Sizes read from the graph for the estimate; both must be cheap (count store, degrees). */
export interface GraphSizes {
  /** Nodes a whole-graph projection would take. */
  graph(): Promise<number>;
  /** Nodes (an upper estimate) a projection around the scope would take. */
  scope(scopeId: string): Promise<number>;
}

export interface FieldCost {
  /** Response key: the alias, or the field name. */
  path: string;
  field: string;
  cost: number;
}

export interface Estimate {
  total: number;
  fields: FieldCost[];
  /** Fields that make a request heavy whatever its total (GDS projections). */
  alwaysHeavy: boolean;
}

/** Whole-number argument, clamped to the range the resolver accepts (it refuses anything else with BAD_USER_INPUT). */
function int(args: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const v = args[name];
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(v)));
}

/**
 * A neighbourhood: limitPerType × depth for the nodes kept and shaped; and for each level past the first, 500 for
 * the ties the level may read whatever the cap (up to LEVEL_BUDGET, 20,000, around a hub) plus limitPerType² / 50,
 * as up to limitPerType nodes of each type are expanded and each may bring up to limitPerType ties of a type.
 * Depth 1 with 50 per type: 50; depth 2 with 50: 650; depth 3 with 480: 11,656. On the 30,000-person bench graph
 * any depth-2 or depth-3 neighbourhood of the hub took 1-3.5 s alone and 5-20 s under load, against about 0.1 s
 * for a default `bridges` (300), so every one of them is heavy.
 */
export function neighbourhoodCost(depth: number, limitPerType: number): number {
  return limitPerType * depth + (depth - 1) * 500 + Math.ceil(((depth - 1) * limitPerType * limitPerType) / 50);
}

/**
 * Per field, from its arguments. The figures come from how each resolver reads (server/explore, server/recommend):
 * - neighbourhood: see neighbourhoodCost;
 * - paths: 20 × k × maxHops (the walk grows with both; hubs are never crossed);
 * - bridges: 150 per side of the chain (maxIntermediaries 1 or 2), the searches inside are capped;
 * - brokers: 1,000 for the GDS projection plus a quarter of the nodes it would project (the whole graph from the
 *   count store, a scope from its members' degrees); Louvain and betweenness grow with the scope;
 * - diaspora: 300 plus half the people listed; recommend*: 300 plus the limit; search: 10 plus the limit;
 * - lenses (docs/lenses.md): fragility 450 + 80 × maxHops (a default one, 770, is light); regionGaps 600 + 40 × limit;
 *   regionFragility 1,500 + limit, always heavy as it reads a whole scope; paths(diverse) twice a plain paths;
 * - everything else reads a handful of nodes: 1 (mutations 10, postDemand 400 as it ranks talents).
 */
async function fieldCost(field: string, args: Record<string, unknown>, sizes: GraphSizes): Promise<number> {
  switch (field) {
    case 'neighbourhood':
      return neighbourhoodCost(int(args, 'depth', 1, 1, 3), int(args, 'limitPerType', 50, 1, 500));
    case 'paths':
      // diverse reads the whole hop-bounded corridor (up to 200,000 ties) instead of k walks: twice the price.
      return 20 * int(args, 'k', 3, 1, 10) * int(args, 'maxHops', 6, 1, 8) * (args.diverse === true ? 2 : 1);
    case 'fragility':
      // The corridor (as diverse paths), today's 5 paths and 20 bridges, and one detour search per critical node.
      return 450 + 80 * int(args, 'maxHops', 4, 1, 6);
    case 'regionGaps':
      return 600 + 40 * int(args, 'limit', 5, 1, 20);
    case 'regionFragility':
      // Reads every person of the scope (up to 20,000) with their firms, labs and ties among them.
      return 1_500 + int(args, 'limit', 20, 1, 100);
    case 'bridges':
      return 150 * int(args, 'maxIntermediaries', 2, 1, 2);
    case 'brokers': {
      const scopeId = args.scopeId;
      const size = typeof scopeId === 'string' ? await sizes.scope(scopeId) : await sizes.graph();
      return 1_000 + Math.ceil(size / 4);
    }
    case 'diaspora':
      return 300 + Math.ceil(int(args, 'limit', 500, 1, 5000) / 2);
    case 'recommendLabs':
    case 'recommendTalents':
    case 'recommendCollaborators':
      return 300 + int(args, 'limit', 10, 1, 100);
    case 'search':
      return 10 + int(args, 'limit', 20, 1, 100);
    case 'auditLog':
      return 10 + Math.ceil(int(args, 'limit', 100, 1, 10_000) / 10);
    case 'postDemand':
    case 'proposeCandidates':
      return 400;
    // The order desk (server/desk/): a page of the queue shapes each demand with a few ties; one demand adds its
    // shortlist and history; the statistics read every demand of the scope once; a page of pool members reads the
    // pool family's members to filter and order them.
    case 'demandDesk':
      return 20 + Math.ceil(int(args, 'limit', 50, 1, 200) / 2);
    case 'demand':
      return 30;
    case 'deskStats':
      return 200;
    case 'poolMembers':
      return 50 + int(args, 'limit', 50, 1, 200);
    // The introductions ledger (server/ledger/): a page shapes up to `limit` introductions with their people and
    // outcomes (a broker's, person's, firm's or lab's from its own ties, or a date range from its index); one
    // introduction, a project or a subject's track record reads a few dozen ledger nodes.
    case 'introductions':
      return 20 + 3 * int(args, 'limit', 20, 1, 100);
    case 'introduction':
    case 'project':
    case 'trackRecord':
      return 30;
    case 'riskPools':
      return 20;
    // Editing (server/schema/edit.graphql): the model's field and tie lists, read from code.
    case 'modelFields':
    case 'tieTypes':
      return 1;
    case '__typename':
    case '__schema':
    case '__type':
    case 'me':
      return 0;
    default:
      return 1;
  }
}

/** Root fields of the selection, fragments and inline fragments flattened; each alias counts on its own. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(s.selectionSet, document, seen));
    else if (!seen.has(s.name.value)) {
      // A fragment spread twice at the root is merged by graphql-js into one field set; counting it once is right.
      seen.add(s.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION) out.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return out;
}

export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
}

/**
 * Estimates the operation's cost, or returns null when the request is malformed in a way execution will report
 * itself (unknown operation, variables that do not coerce): the estimate never hides graphql-js's own error.
 */
export async function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  sizes: GraphSizes,
): Promise<Estimate | null> {
  const operation = operationOf(document, operationName);
  if (!operation) return null;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return null;
  const root: GraphQLObjectType | null | undefined =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
  if (!root) return null;
  const fields: FieldCost[] = [];
  let alwaysHeavy = false;
  for (const node of rootFields(operation.selectionSet, document)) {
    const name = node.name.value;
    const def = root.getFields()[name];
    let args: Record<string, unknown> = {};
    if (def) {
      try {
        args = getArgumentValues(def, node, variables.coerced);
      } catch {
        return null; // a bad literal: execution answers it with BAD_USER_INPUT naming the argument
      }
    }
    // A change writes a few nodes and ties; postDemand also ranks talents for the demand it stores, and
    // proposeCandidates for the snapshot of each candidate's score and reasons.
    const cost = operation.operation === 'mutation' && name !== 'postDemand' && name !== 'proposeCandidates' ? 10 : await fieldCost(name, args, sizes);
    if (name === 'brokers') alwaysHeavy = true;
    fields.push({ path: node.alias?.value ?? name, field: name, cost });
  }
  return { total: fields.reduce((sum, f) => sum + f.cost, 0), fields, alwaysHeavy };
}
