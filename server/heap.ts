// The server's V8 heap limit, given on the command line that starts it (package.json "start" and "serve"; a
// unit test keeps them equal to this). Measured at 1M persons under 50 clients (bench/RESULTS.md, "The server's
// memory"): the live heap is about 90 MiB, but under Node's default limit (a quarter of the machine's memory, up to
// 4 GiB) V8 let garbage grow the heap to 600 MiB before compacting it, and that, not the graph, was the server's RSS.
// With 384 MiB the process still peaked at 420 MiB; with 256 it stays under 400. The heaviest requests the limits
// admit, and even four of ten aliased depth-3 neighbourhoods of a 12k-tie hub with the limits lifted, ran within 256
// MiB (bench/hostile-load.ts under the same flag), so the limit leaves room for every answer.
// Imports run in child processes of their own and keep Node's default. An operator serving a larger graph starts the
// server with a higher `--max-old-space-size`.
export const SERVER_HEAP_MB = 256;

/**
 * Young generation: V8 sizes it from the old generation's limit, so capping the heap alone also shrank it and the
 * server spent 23 % of its busy CPU in the garbage collector under the 1M bench's loads, against 19 % without any
 * limit (CPU profiles, bench/RESULTS.md). Fixed at the size V8 picks for a large heap, it was 20 %, for at most 48
 * MiB more (the process peaked at 352 MiB in the same run).
 */
export const SERVER_SEMI_SPACE_MB = 16;

/** The Node flags the server runs with. */
export const SERVER_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${SERVER_HEAP_MB}`, `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`];
