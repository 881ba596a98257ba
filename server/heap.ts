// The Node flags the server runs with (package.json "start" and "serve"; a unit test keeps them equal to this), and
// the lean alternative that was measured and not made the default.
//
// At 1M persons under 50 clients the server's live heap is about 90 MiB, but under Node's default limit (a quarter of
// the machine's memory, up to 4 GiB) V8 lets uncollected garbage grow the heap to about 600 MiB, and the process to
// 750 MiB (bench/RESULTS.md, round four). LEAN_SERVER_NODE_FLAGS keep the process under 400 MiB (388 MiB peak in the
// 1M bench), but in a 300-request A/B on the same store the collections they force raised the p95 of heavy answers by
// a third (diverse paths 159 -> 212 ms, bridges with the track record 159 -> 221 ms, their raw Cypher unchanged), past
// targets the desk, ledger and lens answers meet without them. Latency for users comes first, so the default is
// Node's; an operator short of memory starts the server with the lean flags (docs/operations.md).
export const SERVER_NODE_FLAGS: readonly string[] = [];

/**
 * Old generation capped at 256 MiB; the young generation fixed at the size V8 picks for a large heap, because V8 sizes
 * it from the old generation's limit and the cap alone raised the collector's share of the server's busy CPU from
 * 18.8 % to 23.2 % (20.1 % with this).
 */
export const LEAN_SERVER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256', '--max-semi-space-size=16'];
