package org.talentbridge.neo4j;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

/**
 * Embedded Neo4j does not scan its classpath for procedures (the server does that for its plugins folder), so this
 * walks the jars on the classpath and hands every class that declares procedures or functions to GlobalProcedures.
 * Only packages named by the caller are considered, which keeps start-up short.
 */
final class ProcedureRegistrar {
    record Result(int procedures, int functions, int aggregations, int skipped) {}

    private final GlobalProcedures procedures;

    ProcedureRegistrar(GlobalProcedures procedures) {
        this.procedures = procedures;
    }

    Result registerFromClasspath(List<String> packagePrefixes) throws IOException {
        int procs = 0, funcs = 0, aggs = 0, skipped = 0;
        ClassLoader loader = Launcher.class.getClassLoader();
        for (String className : candidateClasses(packagePrefixes)) {
            Class<?> type;
            boolean hasProc = false, hasFunc = false, hasAgg = false;
            try {
                type = Class.forName(className, false, loader);
                for (Method m : type.getDeclaredMethods()) {
                    hasProc |= m.isAnnotationPresent(Procedure.class);
                    hasFunc |= m.isAnnotationPresent(UserFunction.class);
                    hasAgg |= m.isAnnotationPresent(UserAggregationFunction.class);
                }
            } catch (Throwable e) {
                // Optional parts of APOC/GDS reference libraries we do not ship; they are not needed here.
                continue;
            }
            try {
                if (hasProc) { procedures.registerProcedure(type); procs++; }
                if (hasFunc) { procedures.registerFunction(type); funcs++; }
                if (hasAgg) { procedures.registerAggregationFunction(type); aggs++; }
            } catch (Throwable e) {
                skipped++;
                if (System.getenv("TB_NEO4J_VERBOSE") != null) {
                    System.err.println("talent-bridge-neo4j: skipped " + className + ": " + e.getMessage());
                }
            }
        }
        return new Result(procs, funcs, aggs, skipped);
    }

    private static List<String> candidateClasses(List<String> packagePrefixes) throws IOException {
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) continue;
            try (JarFile jar = new JarFile(entry)) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (!name.endsWith(".class") || name.contains("$") || name.startsWith("META-INF/")) continue;
                    for (String prefix : packagePrefixes) {
                        if (name.startsWith(prefix)) {
                            names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                            break;
                        }
                    }
                }
            }
        }
        return names;
    }
}
