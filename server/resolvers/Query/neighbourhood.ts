// Query.neighbourhood: a node and its neighbours up to depth 3, capped per type; see server/explore/neighbourhood.ts.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { expandNeighbourhood, type Subgraph } from '../../explore/neighbourhood.js';
import { dateArg, idArg, intArg, parseArgs, relTypesArg } from '../../explore/validate.js';

const Args = z.object({
  id: idArg,
  depth: intArg(1, 3, 1),
  relTypes: relTypesArg,
  limitPerType: intArg(1, 500, 50),
  asOf: dateArg,
});

const neighbourhood: FieldResolver<'Query', 'neighbourhood', Subgraph> = async (_parent, rawArgs, { db }) =>
  expandNeighbourhood(db, parseArgs(Args, rawArgs));

export default neighbourhood;
