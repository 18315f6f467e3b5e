package org.comlife.reports;

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
 * A small realistic matrix, as the checks module would produce it: the reference row, a client
 * fault and a runtime fault each with a counterexample, an unavailable engine and a crashed run.
 * The COM vocabulary lives here, in test data only; the module itself knows nothing of COM.
 */
public final class SampleReports {
    public static final String GENERATED_AT = "2025-06-01T12:00:00Z";

    public static final EngineInfo LINCHECK = EngineInfo.available("lincheck", "Lincheck",
            "Model checking of the runtime helpers' operations against their sequential specifications.");
    public static final EngineInfo PROPERTIES = EngineInfo.available("properties", "Property chains",
            "Random concurrent action chains on the model, shrunk to a minimal counterexample.");
    public static final EngineInfo SCENARIOS = EngineInfo.available("scenarios", "Scenario interleavings",
            "Every interleaving of the contract's scripted scenarios, checked against the invariants.");
    public static final EngineInfo JPF = EngineInfo.unavailable("jpf", "Java PathFinder",
            "Bytecode state exploration of the model (optional tier).",
            "jpf-core not installed; pass --jpf PATH");

    private SampleReports() {
    }

    public static final String REPLAY_HELP = "java -jar checks/target/comlife.jar replay comlife-report/<file>";

    /**
     * The sample matrix: 3 rows × 4 engines, 2 counterexamples (one with a replay file), Lincheck's
     * long output on one of them, 1 SKIPPED column, 1 ERROR cell.
     */
    public static MatrixReport realistic() {
        return new MatrixReport("comlife 0.1.0-SNAPSHOT", GENERATED_AT, "reference", REPLAY_HELP,
                List.of(LINCHECK, PROPERTIES, SCENARIOS, JPF),
                List.of(referenceRow(), doubleUnmarshalRow(), splitReleaseRow()),
                List.of());
    }

    /**
     * Text shaped like Lincheck's failure report: a header, the interleaving table, then one line
     * per event of the trace, {@code lines} lines in all, each line numbered so that a test can
     * tell which were kept.
     */
    public static String lincheckOutput(int lines, String what) {
        StringBuilder text = new StringBuilder("= Invalid execution results (" + what + ") =\n")
                .append("| ------------------------------------------ |\n")
                .append("|      Thread 1       |       Thread 2       |\n");
        for (int i = 4; i <= lines; i++) {
            text.append("|   line ").append(i).append(": release(): 0 at ServerProcessCount.release(Split.java:")
                    .append(i % 97).append(")  switch  |  activate(): S_OK  |\n");
        }
        return text.toString();
    }

    public static Row referenceRow() {
        return new Row("reference", "The reference implementation of the helpers", RowKind.REFERENCE, List.of(),
                null, null, List.of(
                        new Cell("lincheck", Status.PASSED, true, 4_210, 18_342, "invocations", null, null, null),
                        new Cell("properties", Status.PASSED, true, 2_840, 500, "chains", null, null, null),
                        new Cell("scenarios", Status.PASSED, true, 1_130, 2_304, "interleavings", null, null, null),
                        Cell.skipped("jpf", true, JPF.unavailableReason())));
    }

    public static Row doubleUnmarshalRow() {
        return new Row("double-unmarshal", "The background thread unmarshals the stream twice",
                RowKind.CLIENT_FAULT, List.of(3, 4),
                "The main STA marshals its pointer into a stream and hands the stream to a background thread. "
                        + "The background thread calls CoGetInterfaceAndReleaseStream, which unmarshals and releases "
                        + "the stream, and later calls it again on the same stream, which is already gone.",
                "Unmarshal a stream exactly once and forget it; when several threads need the pointer, "
                        + "register it in the Global Interface Table instead.",
                List.of(
                        new Cell("lincheck", Status.NOT_CLAIMED, false, 910, 4_020, "invocations", null, null, null),
                        new Cell("properties", Status.CAUGHT, true, 350, 37, "chains", null,
                                doubleUnmarshalCounterexample(), null),
                        new Cell("scenarios", Status.CAUGHT, true, 120, 12, "interleavings", 4, null,
                                "Same interleaving as the property engine's."),
                        Cell.skipped("jpf", true, JPF.unavailableReason())));
    }

    public static Counterexample doubleUnmarshalCounterexample() {
        return new Counterexample(List.of("main", "background"), List.of(
                new Step(1, "main", "CoMarshalInterThreadInterfaceInStream(IID_IWidget, widget#1)", "S_OK",
                        "stream#1 holds a NORMAL packet"),
                new Step(2, "background", "CoGetInterfaceAndReleaseStream(stream#1, IID_IWidget)", "S_OK",
                        "proxy#1 created; stream#1 released"),
                Step.of(3, "main", "pumpMessages()", "S_OK"),
                new Step(4, "background", "CoGetInterfaceAndReleaseStream(stream#1, IID_IWidget)",
                        "STG_E_READFAULT (0x8003001E)", "stream#1 was released at step 2")),
                4,
                "4: a stream's refCount never goes below 0, and nothing uses a stream after it reached 0.",
                "Step 2 consumed and released stream#1; step 4 reads the released stream again. On Windows this "
                        + "is a use-after-free; the model detects it and answers STG_E_READFAULT.",
                "comlife replay --fault double-unmarshal --engine properties --seed 0x5EED1234",
                "counterexamples/double-unmarshal.json");
    }

    public static Row splitReleaseRow() {
        return new Row("split-release", "Release decrements and suspends in two separate steps",
                RowKind.RUNTIME_FAULT, List.of(1, 2),
                "CoReleaseServerProcess decrements the count under the lock, lets go of it, and suspends the "
                        + "class objects under the lock again. Between the two steps an activation sees a count of "
                        + "zero with class objects still published and is served by a process about to shut down.",
                "Decrement and suspend in one critical section: the release that reaches zero suspends the "
                        + "class objects in the same atomic step.",
                List.of(
                        new Cell("lincheck", Status.CAUGHT, true, 1_930, 2_417, "invocations", null,
                                splitReleaseCounterexample(), null,
                                RawTrace.of(lincheckOutput(400, "split-release"))),
                        Cell.error("properties", true, 640,
                                "java.lang.IllegalStateException: chain generator scheduled an action on terminated thread T2\n"
                                        + "\tat org.example.ChainRunner.step(ChainRunner.java:88)\n"
                                        + "\tat org.example.ChainRunner.run(ChainRunner.java:51)"),
                        new Cell("scenarios", Status.NOT_CLAIMED, false, 450, 640, "interleavings", null, null, null),
                        Cell.skipped("jpf", true, JPF.unavailableReason())));
    }

    public static Counterexample splitReleaseCounterexample() {
        return new Counterexample(List.of("T1", "T2", "client"), List.of(
                new Step(1, "client", "widget#1.Release()", "0", "the last client reference is gone"),
                new Step(2, "T1", "CoReleaseServerProcess(): decrement", "serverRefs 1 → 0",
                        "suspension is a separate, later step"),
                new Step(3, "client", "CoCreateInstance(CLSID_Widget, CLSCTX_LOCAL_SERVER)", "S_OK",
                        "the SCM routes to the still-published class object"),
                new Step(4, "T2", "IClassFactory::CreateInstance(IID_IWidget)", "S_OK",
                        "CoAddRefServerProcess: 0 → 1 in a dying process"),
                new Step(5, "T1", "CoReleaseServerProcess(): CoSuspendClassObjects(); commit shutdown", "S_OK",
                        "shutdown committed while client holds widget#2")),
                4,
                "1: once a release returned 0, class objects are suspended and this process creates no new "
                        + "instance and serves no activation.",
                "T1's release dropped the count to 0 but suspends the class objects only at step 5. In between, "
                        + "the SCM routed an activation to the still-published class object and T2 created an instance "
                        + "in a process that is already shutting down; the client's next call fails with "
                        + "RPC_E_DISCONNECTED.",
                "comlife replay --fault split-release --engine lincheck --seed 42");
    }
}
