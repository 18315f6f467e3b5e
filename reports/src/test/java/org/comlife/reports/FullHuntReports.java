package org.comlife.reports;

import java.util.ArrayList;
import java.util.List;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.RawTrace;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Step;

/**
 * A report the size of comlife's full hunt, built the way the worst of it looked: 19 rows (the
 * implementation under test and 18 faults) × 4 engines, Lincheck's output of several megabytes on
 * many cells, counterexamples of a few to hundreds of steps, crashed runs with long stack traces.
 */
public final class FullHuntReports {
    public static final int FAULTS = 18;
    /** Lines of Lincheck's output on the cells that had the most: about 5 MB each. */
    public static final int HUGE_OUTPUT_LINES = 50_000;
    private static final List<String> THREADS = List.of("devenv/main", "devenv/background", "server/main",
            "server/rpc-worker");

    private FullHuntReports() {
    }

    public static MatrixReport fullHunt() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("reference", "the implementation under test: reference", RowKind.REFERENCE, List.of(), null,
                null, List.of(
                        new Cell("lincheck", Status.PASSED, true, 30_800, 8_000, "invocations", null, null,
                                "four helpers linearizable"),
                        new Cell("property", Status.PASSED, true, 12_000, 500, "chains", null, null, "500 cases"),
                        new Cell("exhaustive", Status.PASSED, true, 21_800, 35_886, "states", null, null,
                                "every interleaving explored, no violation"),
                        new Cell("jpf", Status.PASSED, true, 64_000, 163_000, "states", null, null, "no error"))));
        for (int f = 1; f <= FAULTS; f++) {
            rows.add(faultRow(f));
        }
        return new MatrixReport("comlife 0.1.0-SNAPSHOT", "2025-06-01T12:00:00.123456789Z", "reference",
                "java -jar checks/target/comlife.jar replay comlife-report/<file>", List.of(
                EngineInfo.available("lincheck", "Lincheck", "linearizability of the four helpers, and programs"),
                EngineInfo.available("property", "Property engine", "random action chains and interleavings, shrunk"),
                EngineInfo.available("exhaustive", "Exhaustive explorer", "every interleaving at API-step granularity"),
                EngineInfo.available("jpf", "Java PathFinder", "every interleaving of the real bytecode")),
                rows, List.of());
    }

    /** The id of fault row {@code f}, 1-based. */
    public static String faultId(int f) {
        return "fault-" + f;
    }

    /** Whether fault row {@code f} carries one of the huge Lincheck outputs. */
    public static boolean hasHugeOutput(int f) {
        return f % 3 == 0;
    }

    private static Row faultRow(int f) {
        boolean runtime = f > FAULTS - 3;
        String id = faultId(f);
        List<Cell> cells = new ArrayList<>();
        int lincheckLines = hasHugeOutput(f) ? HUGE_OUTPUT_LINES : 400 + 37 * f;
        cells.add(new Cell("lincheck", Status.CAUGHT, runtime, 1_100 + f, 2_417, "invocations", null,
                counterexample(id, 6, THREADS.size() - 2, false), "Lincheck's model checker over the program",
                RawTrace.of(SampleReports.lincheckOutput(lincheckLines, id))));
        cells.add(runtime ? new Cell("property", Status.NOT_CLAIMED, false, 10_100, 300, "chains", null, null, null)
                : new Cell("property", Status.CAUGHT, true, 350 * f, 37, "chains", null,
                counterexample(id, 20 + 3 * f, THREADS.size(), false), "caught after 37 cases"));
        cells.add(runtime ? new Cell("exhaustive", Status.NOT_CLAIMED, false, 60_000, 120_000, "states", null, null,
                "bound reached") : new Cell("exhaustive", Status.CAUGHT, true, 20 * f, 1_000 + f, "states", null,
                counterexample(id, 7 + f, THREADS.size(), true), "1 breach"));
        if (f % 7 == 0) {
            cells.add(Cell.error("jpf", true, 4_000, "java.lang.IllegalStateException: JPF did not check " + id + "\n"
                    + "\tat org.comlife.checks.jpf.JpfRunner.run(JpfRunner.java:120)\n".repeat(20_000)));
        } else {
            cells.add(new Cell("jpf", Status.CAUGHT, true, 9_000 + f, 40_000, "states", null,
                    counterexample(id, f % 2 == 0 ? 300 : 40, THREADS.size(), false), "error path",
                    RawTrace.of(SampleReports.lincheckOutput(2_000, id + " (JPF)"))));
        }
        return new Row(id, "Seeded fault number " + f + ", whose story takes a sentence", runtime
                ? RowKind.RUNTIME_FAULT : RowKind.CLIENT_FAULT, List.of(1 + f % 10),
                "The story of " + id + ": which thread does what, and why the invariant breaks. ".repeat(4),
                "What correct code does instead. ".repeat(3), cells);
    }

    /** A journal-shaped counterexample of {@code length} steps on {@code threads} threads, broken at the last step. */
    private static Counterexample counterexample(String id, int length, int threads, boolean withReplayFile) {
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            String thread = THREADS.get((i * 7 + i / 3) % threads);
            steps.add(new Step(i, thread, "CoGetInterfaceAndReleaseStream(stream#" + i + ", IID_IServiceProvider, &ppv)",
                    "S_OK proxy#" + (i + 3) + "->obj#" + i, i % 5 == 0 ? "the stream is released here" : null));
        }
        Counterexample found = new Counterexample(THREADS.subList(0, threads), steps, length,
                "invariant 4 (stream-lifetime) [sanitizer]: CoGetInterfaceAndReleaseStream on released stream#" + length,
                "shortest interleaving of " + id + " into a broken state (" + length + " scheduling steps)",
                "schedule [" + "devenv/main, ".repeat(length) + "] (replay with ReplayChooser; or: comlife replay)");
        return withReplayFile ? found.withReplayFile("counterexamples/" + id + ".json") : found;
    }
}
