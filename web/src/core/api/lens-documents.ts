// The GraphQL documents of the region page: a region's needs against its strengths and its gaps (regionGaps), and
// its fragile brokers (regionFragility). Fragment and operation names start with Lens so they never clash with the
// other documents.

const NODE = `fragment LensN on Node { id type labels name nameZh nameEn illustrative }`;
const REASON = `reasons reasonDetails { code zh en }`;

export const LENS_REGION_GAPS = `query LensRegionGaps($id: ID!, $limit: Int) {
  regionGaps(regionId: $id, limit: $limit) {
    region { ...LensN } homeRegionCount ${REASON}
    needs { techArea { ...LensN } firms { ...LensN } demands { ...LensN } weight localLabs { ...LensN } localPeople covered }
    gaps {
      need { techArea { ...LensN } firms { ...LensN } weight localPeople covered }
      outsideLabs {
        node { ...LensN } place { ...LensN } country { ...LensN } abroad experts homeLinks ${REASON}
        bridges { intermediaries { ...LensN } firm { ...LensN } lab { ...LensN } ${REASON} }
      }
      diaspora { node { ...LensN } residence { ...LensN } country { ...LensN } abroad homeTies { ...LensN } ${REASON} }
      diasporaTotal onlyFromAbroad ${REASON}
    }
  }
}
${NODE}`;

export const LENS_REGION_FRAGILITY = `query LensRegionFragility($id: ID!, $limit: Int) {
  regionFragility(scopeId: $id, limit: $limit) {
    scope { ...LensN } people pairs fragilePairs hopBound truncated
    brokers { node { ...LensN } pairsCarried pairsInvolved pairs { firm { ...LensN } lab { ...LensN } connections } ${REASON} }
  }
}
${NODE}`;
