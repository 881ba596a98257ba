package org.talentbridge.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded for Talent Bridge: Bolt on 127.0.0.1 only, data in a folder of the caller's choice,
 * APOC core and open GDS registered. Prints one ready line once Bolt accepts connections, so callers wait on it
 * instead of sleeping; shuts the store down cleanly on SIGTERM/SIGINT or when its parent closes stdin.
 * {@code --bulk-import} runs Neo4j's offline bulk importer over the same store instead (see {@link BulkImport}).
 */
public final class Launcher {
    public static final String READY_PREFIX = "TALENT_BRIDGE_NEO4J_READY";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--bulk-import")) {
            System.exit(BulkImport.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("talent-bridge-neo4j: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }

        // A store that cannot be opened or a Bolt port that cannot be bound must end the JVM with a non-zero code and
        // one line saying why; left alone, Neo4j's own non-daemon threads could keep a half-started JVM alive and the
        // supervisor in the server would wait for a ready line that never comes.
        DatabaseManagementService service;
        try {
            service = build(options);
        } catch (RuntimeException e) {
            System.err.println("talent-bridge-neo4j: cannot start Neo4j: " + rootMessage(e));
            System.err.flush();
            Runtime.getRuntime().halt(1);
            return;
        }
        System.out.println(String.format(Locale.ROOT,
                "talent-bridge-neo4j: page cache %s, transaction memory %s in total, %s per transaction",
                describeBytes(options.pageCacheBytes), describeBytes(options.txTotalMaxBytes), describeBytes(options.txMaxBytes)));
        runUntilStopped(service, options);
    }

    private static DatabaseManagementService build(Options options) {
        return new DatabaseManagementServiceBuilder(options.dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"))
                // Transaction memory limits: a query that would exhaust the heap fails with
                // Neo.TransientError.General.MemoryPoolOutOfMemoryError instead of ending the JVM (0 = no limit).
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.txTotalMaxBytes)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMaxBytes)
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder out = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            out.append(" <- ").append(t.getMessage());
        }
        return out.toString();
    }

    private static String describeBytes(long bytes) {
        if (bytes == 0) return "unlimited";
        if (bytes % (1L << 30) == 0) return (bytes >> 30) + "g";
        if (bytes % (1L << 20) == 0) return (bytes >> 20) + "m";
        if (bytes % (1L << 10) == 0) return (bytes >> 10) + "k";
        return bytes + "b";
    }

    private static void runUntilStopped(DatabaseManagementService service, Options options) throws Exception {

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                System.out.println("talent-bridge-neo4j: shutting down");
                try {
                    service.shutdown();
                } finally {
                    System.out.println("talent-bridge-neo4j: stopped");
                    done.countDown();
                }
            }
        }, "talent-bridge-neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // The DBMS can start while the database itself fails (an unrecoverable store): never say ready then.
        if (!db.isAvailable(Duration.ofMinutes(5).toMillis())) {
            System.err.println("talent-bridge-neo4j: the database in " + options.dataDir + " did not become available (see its logs)");
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
        GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        ProcedureRegistrar.Result registered = new ProcedureRegistrar(procedures).registerFromClasspath(
                List.of("apoc/", "org/neo4j/gds/"));
        System.out.println(String.format(Locale.ROOT,
                "talent-bridge-neo4j: registered %d procedure classes, %d function classes, %d aggregation classes (%d skipped)",
                registered.procedures(), registered.functions(), registered.aggregations(), registered.skipped()));

        waitForBolt(options.port, Duration.ofSeconds(60));
        System.out.println(READY_PREFIX + " bolt://127.0.0.1:" + options.port);
        System.out.flush();

        if (options.exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // The parent keeps the pipe open for as long as it wants us alive.
                    }
                } catch (IOException ignored) {
                    // A broken pipe means the parent is gone, same as EOF.
                }
                System.exit(0);
            }, "talent-bridge-neo4j-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        done.await();
    }

    private static void waitForBolt(int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    System.err.println("talent-bridge-neo4j: Bolt did not accept connections on 127.0.0.1:" + port);
                    System.exit(1);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Command line and environment, validated once. */
    record Options(int port, Path dataDir, long pageCacheBytes, long txTotalMaxBytes, long txMaxBytes, boolean exitOnStdinEof) {
        static final String USAGE = "usage: Launcher [--port N] [--data DIR] [--exit-on-stdin-eof] | Launcher --bulk-import --data DIR ..."
                + " (env: NEO4J_BOLT_PORT, TB_NEO4J_PAGECACHE e.g. 1g, TB_NEO4J_TX_MEMORY_TOTAL and TB_NEO4J_TX_MEMORY_MAX"
                + " e.g. 1g, 0 = no limit)";

        static Options parse(String[] args, Map<String, String> env) {
            int port = parsePort(env.getOrDefault("NEO4J_BOLT_PORT", "7687"), "NEO4J_BOLT_PORT");
            Path data = Path.of(".data/neo4j");
            boolean exitOnEof = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = parsePort(value(args, ++i, "--port"), "--port");
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--exit-on-stdin-eof" -> exitOnEof = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            long pageCache = parseBytes(env.getOrDefault("TB_NEO4J_PAGECACHE", "1g"), "TB_NEO4J_PAGECACHE");
            // Unset means Neo4j's own default (no limit), so a launcher run by hand behaves as before.
            long txTotal = parseLimit(env.getOrDefault("TB_NEO4J_TX_MEMORY_TOTAL", "0"), "TB_NEO4J_TX_MEMORY_TOTAL");
            long txMax = parseLimit(env.getOrDefault("TB_NEO4J_TX_MEMORY_MAX", "0"), "TB_NEO4J_TX_MEMORY_MAX");
            return new Options(port, data.toAbsolutePath(), pageCache, txTotal, txMax, exitOnEof);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        private static int parsePort(String text, String where) {
            try {
                int port = Integer.parseInt(text.trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + " must be a port number 1-65535, got '" + text + "'");
            }
        }

        static long parseLimit(String text, String where) {
            return text.trim().equals("0") ? 0 : parseBytes(text, where);
        }

        static long parseBytes(String text, String where) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (t.endsWith("k")) unit = 1L << 10;
            else if (t.endsWith("m")) unit = 1L << 20;
            else if (t.endsWith("g")) unit = 1L << 30;
            String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
            try {
                long n = Long.parseLong(digits);
                if (n <= 0) throw new NumberFormatException();
                return n * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + " must be a size such as 512m or 2g, got '" + text + "'");
            }
        }
    }
}
