// The answer of Query.trackRecord: a subject's counts, score, reason and quarters, from its ledger facts.
import type { Lang } from '../context.js';
import type { Db } from '../db.js';
import type { GqlNode, Reason } from '../graph/shape.js';
import { OUTCOME_KINDS } from '../model/model.js';
import { byQuarter, readTrackRecords, summarise, trackRecordReason, type QuarterRow } from './track-record.js';

export interface GqlTrackRecord {
  subject: GqlNode;
  asOf: string;
  introductions: number;
  asBroker: number;
  asIntermediary: number;
  successful: number;
  becameProjects: number;
  outcomes: Array<{ kind: string; count: number }>;
  milestonesDone: number;
  milestonesOnTime: number;
  milestonesFailed: number;
  escrowReleased: number;
  escrowRefunded: number;
  score: number;
  evidence: number;
  reason: string | null;
  reasonDetail: Reason | null;
  byQuarter: QuarterRow[];
}

export async function readTrackRecord(db: Db, subject: GqlNode, asOf: string, lang: Lang): Promise<GqlTrackRecord> {
  const facts = (await readTrackRecords(db, [subject.id], asOf)).get(subject.id) ?? [];
  const s = summarise(facts, asOf);
  const reason = trackRecordReason(subject, s, subject.type === 'Person');
  return {
    subject,
    asOf,
    introductions: s.introductions,
    asBroker: s.asBroker,
    asIntermediary: s.asIntermediary,
    successful: s.successful,
    becameProjects: s.becameProjects,
    outcomes: OUTCOME_KINDS.filter((k) => s.latestOutcomes[k]).map((k) => ({ kind: k, count: s.latestOutcomes[k]! })),
    milestonesDone: s.milestonesDone,
    milestonesOnTime: s.milestonesOnTime,
    milestonesFailed: s.milestonesFailed,
    escrowReleased: s.escrowReleased,
    escrowRefunded: s.escrowRefunded,
    score: s.score,
    evidence: s.evidence,
    reason: reason ? reason[lang] : null,
    reasonDetail: reason,
    byQuarter: byQuarter(facts),
  };
}
