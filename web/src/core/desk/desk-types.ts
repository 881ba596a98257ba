// The shapes of the desk's answers: the types generated from web/src/core/api/desk-documents.ts and the SDL, named
// for what they are. Nothing here is written by hand but the names.
import type * as G from '../api/generated.js';

export type DeskItem = G.DeskItemFragment;
export type DeskPage = G.DeskQueueQuery['demandDesk'];
export type DeskDemand = G.DeskDemandFullFragment;
export type Candidate = DeskDemand['shortlist'][number];
export type Milestone = DeskDemand['timeline'][number];
export type DemandEvent = DeskDemand['history'][number];
export type RankedTalent = G.DeskRankedQuery['recommendTalents'][number];
export type DeskFigures = G.DeskFigFragment;
export type DeskStats = G.DeskStatsQuery['deskStats'];
export type DeskStatsGroup = DeskStats['groups'][number];
export type PoolMember = G.DeskMemberFragment;
export type PoolMemberPage = G.DeskPoolMembersQuery['poolMembers'];
