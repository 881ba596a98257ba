package org.talentbridge.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The offline half of `npm run import -- DIR --bulk`: runs Neo4j's own bulk importer (neo4j-admin database import
 * full) over the embedded store of the launcher (DIR/data/databases/neo4j), but only into an absent or empty
 * database that no process holds. `--probe` only answers whether it may.
 *
 * <p>With {@code --schema FILE} (statements separated by NUL characters) it then opens the imported store without
 * Bolt, applies the schema and waits until every index is online, so the store is ready to serve when it returns.
 *
 * <p>Usage: {@code Launcher --bulk-import --data DIR [--probe] [--schema FILE] [-- importer options...]}. Exit codes:
 * 0 done (or the store may be imported into), 2 usage, 4 the database holds nodes, 5 the store is in use, 6 the
 * importer failed, 7 the schema or an index failed.
 */
final class BulkImport {
    static final int EXIT_HAS_NODES = 4;
    static final int EXIT_IN_USE = 5;
    static final int EXIT_IMPORT_FAILED = 6;
    static final int EXIT_SCHEMA_FAILED = 7;

    private BulkImport() {}

    static int run(String[] args) {
        Path dataDir = null;
        boolean probe = false;
        Path schema = null;
        List<String> importerArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                importerArgs.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            switch (args[i]) {
                case "--data" -> {
                    if (++i >= args.length) return usage("--data needs a value");
                    dataDir = Path.of(args[i]).toAbsolutePath();
                }
                case "--probe" -> probe = true;
                case "--schema" -> {
                    if (++i >= args.length) return usage("--schema needs a value");
                    schema = Path.of(args[i]).toAbsolutePath();
                }
                default -> {
                    return usage("unknown argument '" + args[i] + "'");
                }
            }
        }
        if (dataDir == null) return usage("--data DIR is required");
        if (!probe && importerArgs.isEmpty()) return usage("no importer options after --");

        int refused = refusal(dataDir);
        if (refused != 0 || probe) return refused;

        Path confDir = null;
        try {
            // The importer reads neo4j.conf from a configuration folder; an empty one gives the embedded defaults,
            // so the database lands where DatabaseManagementServiceBuilder(dataDir) looks for it.
            confDir = Files.createTempDirectory("talent-bridge-bulk-conf");
            List<String> command = new ArrayList<>(List.of("database", "import", "full", GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                    "--overwrite-destination=true", "--report-file=" + confDir.resolve("import.report")));
            command.addAll(importerArgs);
            int code = AdminTool.execute(new ExecutionContext(dataDir, confDir), command.toArray(String[]::new));
            if (code != 0) {
                System.err.println("talent-bridge-neo4j: the bulk importer failed (exit code " + code + ")");
                return EXIT_IMPORT_FAILED;
            }
            return schema == null ? 0 : applySchema(dataDir, schema);
        } catch (IOException e) {
            System.err.println("talent-bridge-neo4j: " + e.getMessage());
            return EXIT_IMPORT_FAILED;
        } finally {
            if (confDir != null) deleteTree(confDir);
        }
    }

    /**
     * 0 when the database is absent or holds no node; otherwise the exit code that refuses. Opening the store takes
     * its lock, so a store that another Neo4j holds is refused here too.
     */
    private static int refusal(Path dataDir) {
        Path database = dataDir.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!Files.isDirectory(database)) return 0;
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, false).build();
        } catch (RuntimeException e) {
            System.err.println("talent-bridge-neo4j: the store in " + dataDir + " is in use or cannot be opened: " + rootMessage(e));
            return EXIT_IN_USE;
        }
        try (Transaction tx = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
            long nodes = (Long) tx.execute("MATCH (n) RETURN count(n) AS nodes").next().get("nodes");
            if (nodes > 0) {
                System.err.println("talent-bridge-neo4j: the database in " + dataDir + " already holds " + nodes + " nodes");
                return EXIT_HAS_NODES;
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("talent-bridge-neo4j: the store in " + dataDir + " is in use or cannot be opened: " + rootMessage(e));
            return EXIT_IN_USE;
        } finally {
            service.shutdown();
        }
    }

    /** Applies the schema statements to the imported store and waits for every index to come online. */
    private static int applySchema(Path dataDir, Path schema) throws IOException {
        long t0 = System.nanoTime();
        List<String> statements = new ArrayList<>();
        for (String s : Files.readString(schema).split("\u0000")) {
            if (!s.isBlank()) statements.add(s);
        }
        long pageCache = Launcher.Options.parseBytes(System.getenv().getOrDefault("TB_NEO4J_PAGECACHE", "1g"), "TB_NEO4J_PAGECACHE");
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .build();
        try {
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            System.out.println("talent-bridge-neo4j: store opened in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            for (String statement : statements) db.executeTransactionally(statement);
            System.out.println("talent-bridge-neo4j: schema statements run in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            db.executeTransactionally("CALL db.awaitIndexes(86400)");
            System.out.println("talent-bridge-neo4j: schema applied and indexes online in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return 0;
        } catch (RuntimeException e) {
            System.err.println("talent-bridge-neo4j: applying the schema failed: " + rootMessage(e));
            return EXIT_SCHEMA_FAILED;
        } finally {
            service.shutdown();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    private static int usage(String message) {
        System.err.println("talent-bridge-neo4j: " + message);
        System.err.println("usage: Launcher --bulk-import --data DIR [--probe] [--schema FILE] [-- importer options...]");
        return 2;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover empty temporary folder is harmless.
        }
    }
}
