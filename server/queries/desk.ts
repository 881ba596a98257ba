// Named queries of the order desk and pool admission (server/desk/): the queue, a demand, the 48-hour statistics,
// the lifecycle changes and the pool admissions.
export const DESK_QUERIES = [
  'deskScope',
  'deskDemands',
  'deskDemandsCount',
  'deskCards',
  'deskShortlist',
  'deskHistory',
  'deskStats',
  'deskRegionGroups',
] as const;
