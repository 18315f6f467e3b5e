package org.comlife.checks.jpf.search;

import static org.comlife.checks.jpf.search.JpfReflection.call;
import static org.comlife.checks.jpf.search.JpfReflection.callStatic;
import static org.comlife.checks.jpf.search.JpfReflection.construct;
import static org.comlife.checks.jpf.search.JpfReflection.longField;
import static org.comlife.checks.jpf.search.JpfReflection.type;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.comlife.checks.jpf.program.JpfProgramStateMatching;

/**
 * One JPF run through JPF's Java API, called by reflection in the JPF JVM: configure from
 * command-line style arguments ({@code +key=value}), run, and read the statistics, the bound
 * hit, whether the VM initialized, and the first error. Never throws: a failure of JPF itself
 * becomes a fact.
 */
final class JpfSearch {
    private JpfSearch() {
    }

    static JpfFacts run(List<String> jpfArguments) {
        resetPeakHeap();
        long start = System.nanoTime();
        Object jpf = null;
        JpfProgramStateMatching matching = null;
        String failure = null;
        try {
            Class<?> jpfType = type("gov.nasa.jpf.JPF");
            Class<?> configType = type("gov.nasa.jpf.Config");
            Object config = callStatic(jpfType, "createConfig", (Object) jpfArguments.toArray(new String[0]));
            jpf = construct(jpfType, new Class<?>[] {configType}, config);
            if (JpfProgramStateMatching.asked(jpfArguments)) {
                matching = JpfProgramStateMatching.install(jpf);
            }
            call(jpf, "run");
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError thrown) {
            failure = stackTrace(thrown);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (jpf == null) {
            return new JpfFacts(false, JpfStatistics.NONE, millis, peakHeap(), null, failure, null);
        }
        Object reporter = call(jpf, "getReporter");
        Object statistics = call(reporter, "getStatistics");
        JpfStatistics counts = new JpfStatistics(longField(statistics, "newStates"),
                longField(statistics, "visitedStates"), longField(statistics, "endStates"),
                (int) longField(statistics, "maxDepth"), longField(statistics, "insns"),
                matching == null ? 0 : matching.programStates());
        boolean initialized = (Boolean) call(call(jpf, "getVM"), "isInitialized");
        String constraint = (String) call(reporter, "getLastSearchConstraint");
        List<?> errors = (List<?>) call(jpf, "getSearchErrors");
        JpfErrorReport error = errors == null || errors.isEmpty() ? null : JpfErrorPaths.read(errors.get(0));
        return new JpfFacts(initialized, counts, millis, peakHeap(), constraint, failure, error);
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: the JVM's peak heap during the run, near enough. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
