// The GraphQL documents the web app sends. One place, so that the fields asked for and the shapes in types.ts
// are read side by side; documents stay small enough for the server's token and cost limits.

// Nodes on the canvas, in lists and in paths carry no properties: the details drawer asks for the one node it shows
// (NODE_BY_ID, fragment D). So answers stay small, and a broker's audit record lists the people whose contact details
// were actually opened, not everyone drawn around them.
const NODE = `fragment N on Node { id type labels name nameZh nameEn illustrative }`;
const NODE_DETAILS = `fragment D on Node { id type labels name nameZh nameEn illustrative properties }`;
const REL = `fragment R on Relationship { id type from to direction properties }`;
const PATH = `fragment P on Path { length weight nodes { ...N } relationships { ...R } }`;
const REASON = `reasonDetails { code zh en }`;
const RECOMMENDATION = `fragment Rec on Recommendation {
  node { ...N } score reasons ${REASON} scoreParts { code value weight } related { ...N } path { ...P }
}`;

export const SEARCH = `query Search($text: String!, $types: [NodeType!], $limit: Int) {
  search(text: $text, types: $types, limit: $limit) { score matched matchedField node { ...N } }
}
${NODE}`;

export const NODE_BY_ID = `query NodeById($id: ID!) { node(id: $id) { ...D } }
${NODE_DETAILS}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $relTypes: [String!], $limitPerType: Int, $asOf: Date) {
  neighbourhood(id: $id, depth: $depth, relTypes: $relTypes, limitPerType: $limitPerType, asOf: $asOf) {
    root { ...N } nodes { ...N } edges { ...R } distances { id depth }
    totals { kind type count } truncated { kind type count } nodeCount edgeCount totalNeighbours
  }
}
${NODE}
${REL}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $relTypes: [String!], $asOf: Date, $exclude: [ID!], $diverse: Boolean) {
  paths(from: $from, to: $to, k: $k, maxHops: $maxHops, relTypes: $relTypes, asOf: $asOf, exclude: $exclude, diverse: $diverse) {
    ...P diversity { requested found complete upperBound reasons ${REASON} }
  }
}
${NODE}
${REL}
${PATH}`;

export const BRIDGES = `query Bridges($from: ID!, $to: ID!, $maxIntermediaries: Int, $asOf: Date, $limit: Int, $kinds: [BridgeIntermediary!]) {
  bridges(from: $from, to: $to, maxIntermediaries: $maxIntermediaries, asOf: $asOf, limit: $limit, kinds: $kinds) {
    kind score reasons ${REASON} scoreParts { code value weight } intermediaries { ...N } carriers { ...N } path { ...P }
  }
}
${NODE}
${REL}
${PATH}`;

// What if this node left? The critical nodes between two ends, with what falls away and what remains (lenses).
export const FRAGILITY = `query Fragility($from: ID!, $to: ID!, $maxHops: Int, $relTypes: [String!], $asOf: Date) {
  fragility(from: $from, to: $to, maxHops: $maxHops, relTypes: $relTypes, asOf: $asOf) {
    maxHops connected shortestLength corridorSize singlePointOfFailure reasons ${REASON}
    paths { length } bridges { kind }
    critical {
      node { ...N } cutsAllPaths cutsAllBridges singlePointOfFailure pathsLost bridgesLost reasons ${REASON}
      remainingPath { length nodes { ...N } } remainingBridge { kind intermediaries { ...N } }
    }
  }
}
${NODE}`;

export const RECOMMEND_LABS = `query RecommendLabs($id: ID!, $limit: Int) { recommendLabs(enterpriseId: $id, limit: $limit) { ...Rec } }
${NODE}
${REL}
${PATH}
${RECOMMENDATION}`;

export const RECOMMEND_TALENTS = `query RecommendTalents($id: ID!, $limit: Int) { recommendTalents(demandId: $id, limit: $limit) { ...Rec } }
${NODE}
${REL}
${PATH}
${RECOMMENDATION}`;

export const RECOMMEND_COLLABORATORS = `query RecommendCollaborators($id: ID!, $limit: Int) {
  recommendCollaborators(personId: $id, limit: $limit) { ...Rec }
}
${NODE}
${REL}
${PATH}
${RECOMMENDATION}`;

export const POST_DEMAND = `mutation PostDemand($enterpriseId: ID!, $techAreas: [ID!]!, $regionId: ID!, $description: String!, $name: String, $limit: Int) {
  postDemand(enterpriseId: $enterpriseId, techAreas: $techAreas, regionId: $regionId, description: $description, name: $name, limit: $limit) {
    demand { ...D } postedAt responseDue matches { ...Rec }
  }
}
${NODE_DETAILS}
${NODE}
${REL}
${PATH}
${RECOMMENDATION}`;

const TECH_COUNT = `techArea { ...N } count`;

export const DIASPORA = `query Diaspora($origin: ID!, $techArea: ID, $limit: Int, $after: String, $asOf: Date) {
  diaspora(originRegionId: $origin, techArea: $techArea, limit: $limit, after: $after, asOf: $asOf) {
    origin { ...N properties } techArea { ...N } homeRegionCount total listed truncated offset nextCursor tiesTruncated
    expertise { ${TECH_COUNT} }
    countries { country { ...N properties } count expertise { ${TECH_COUNT} }
      cities { city { ...N properties } count people { ...N } expertise { ${TECH_COUNT} } } }
    ties { ...R } homeOrganisations { ...N }
  }
}
${NODE}
${REL}`;

export const BROKERS = `query Brokers($scope: ID, $limit: Int) {
  brokers(scopeId: $scope, limit: $limit) {
    node { ...N } betweenness normalised community communitySize rank degree bridgedCommunities reasons
  }
}
${NODE}`;

export const ME = `query Me { me { id role seesContactDetails canChange } }`;

export const STATS = `query Stats { stats { nodeCount relationshipCount labels { label count } } }`;
