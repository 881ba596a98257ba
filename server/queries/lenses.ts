// Named queries behind the lenses (server/lenses/): fragility and diverse paths read the ends' neighbourhood lazily,
// regionFragility and regionGaps read a scope. They also reuse node, paths, bridges*, diaspora* and
// recommendAreaFamily/recommendNodes from the answers' list.
export const LENS_QUERIES = [
  'lensExpand',
  'lensProbe',
  'lensPathParts',
  // neighbourhood(asOf): the ties per type that held on the date (the degree store counts every date)
  'neighbourhoodDegreesAsOf',
  'regionFragilityPeople',
  'regionFragilityLinks',
  'regionGapsScope',
  'regionGapsNeeds',
  'regionGapsLocalLabs',
  'regionGapsLocalPeople',
  'regionGapsOutsideLabs',
  'regionGapsLabBridges',
] as const;
