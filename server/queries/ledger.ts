// Named queries of the introductions ledger, projects with milestones and 安心宝 escrow, risk pools and track
// records (server/ledger/). Each has a file cypher/<name>.cypher.
export const LEDGER_QUERIES = [
  'ledgerRecordIntroduction',
  'ledgerRecordOutcome',
  'ledgerIntroductions',
  'ledgerIntroductionsAnchored',
  'ledgerIntroductionsAnchoredCount',
  'ledgerIntroductionsAll',
  'ledgerIntroductionsAllCount',
  'ledgerProject',
  'ledgerRiskPools',
  'ledgerUpsertRiskPool',
  'ledgerCreateProject',
  'ledgerDepositEscrow',
  'ledgerCompleteMilestone',
  'ledgerFailMilestone',
  'ledgerTrackRecords',
  // The demo's ledger (seed/demo/ledger.ts).
  'ledgerDemoPools',
  'ledgerDemoIntroductions',
  'ledgerDemoProjects',
] as const;
