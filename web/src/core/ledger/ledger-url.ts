// The introductions ledger's part of the shareable URL: the filters (broker, firm, lab, period), the page's
// cursor, the introduction in focus, and an open project page or broker track record (at most one; a project
// wins). Decoding never throws: a damaged value falls back to its default, one by one.
import { boundedText, isoDate, putParam } from '../url/url-codec.js';

export interface LedgerState {
  broker: string | null;
  firm: string | null;
  lab: string | null;
  /** Period of the introductions' dates, ISO, both ends included; null for open-ended. */
  from: string | null;
  to: string | null;
  /** The cursor of the page shown; null for the first page. */
  after: string | null;
  intro: string | null;
  /** A project page (a Project's id). */
  project: string | null;
  /** A broker's track-record page (a person's id). */
  track: string | null;
}

export function defaultLedgerState(): LedgerState {
  return { broker: null, firm: null, lab: null, from: null, to: null, after: null, intro: null, project: null, track: null };
}

const MAX_TEXT = 300;

function text(v: string | null): string | null {
  return boundedText(v, MAX_TEXT);
}

export function decodeLedger(q: URLSearchParams): LedgerState {
  const project = text(q.get('project'));
  let from = isoDate(q.get('from'));
  let to = isoDate(q.get('to'));
  // A period typed the wrong way round is meant the right way round.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    broker: text(q.get('broker')),
    firm: text(q.get('firm')),
    lab: text(q.get('lab')),
    from,
    to,
    after: text(q.get('after')),
    intro: text(q.get('intro')),
    project,
    track: project ? null : text(q.get('track')),
  };
}

export function encodeLedger(s: LedgerState, q: URLSearchParams): void {
  const { broker, firm, lab, from, to, after, intro, project } = s;
  for (const [key, value] of Object.entries({ broker, firm, lab, from, to, after, intro, project })) putParam(q, key, value);
  putParam(q, 'track', project ? null : s.track);
}

/** The filters changed: back to the first page, nothing in focus, no page open. */
export function withFilters(s: LedgerState, filters: Pick<LedgerState, 'broker' | 'firm' | 'lab' | 'from' | 'to'>): LedgerState {
  return { ...defaultLedgerState(), ...filters };
}
