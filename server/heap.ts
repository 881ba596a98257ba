// The server's V8 heap limit, given on the command line that starts it (package.json "start" and "serve"; a
// unit test keeps them equal to this). Measured at 1M persons under 50 clients (bench/RESULTS.md, "The server's
// memory"): the live heap is about 90 MiB, but under Node's default limit (a quarter of the machine's memory, up to
// 4 GiB) V8 let garbage grow the heap to 600 MiB before compacting it, and that, not the graph, was the server's RSS.
// Imports run in child processes of their own and keep Node's default. An operator serving a larger graph starts the
// server with a higher `--max-old-space-size`.
export const SERVER_HEAP_MB = 384;

/** The Node flags the server runs with. */
export const SERVER_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${SERVER_HEAP_MB}`];
