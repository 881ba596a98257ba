// The ledger's answers as the web app reads them: the generated types of the documents in ledger-documents.ts
// (web/src/core/api/generated.ts, from server/schema/ledger.graphql by `npm run codegen`), so a field renamed in the
// SDL breaks the type check wherever the ledger pages read it. Money fields are Fen: exact decimal strings of fen.
import type * as G from './generated.js';

export type LedgerOutcome = G.LoFragment;

export type LedgerIntroduction = G.LiFragment;

export type IntroductionPage = G.LedgerIntroductionsQuery['introductions'];

export type LedgerProject = G.LpFragment;

export type LedgerMilestone = LedgerProject['milestones'][number];

export type LedgerEscrow = NonNullable<LedgerProject['escrow']>;

export type LedgerRiskPool = NonNullable<LedgerEscrow['riskPool']>;

export type TrackRecord = G.TrackRecordQuery['trackRecord'];

export type QuarterCount = TrackRecord['byQuarter'][number];
