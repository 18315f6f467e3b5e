package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.lincheck.LincheckInstallation;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.MatrixScope;
import org.comlife.checks.matrix.VerificationMatrix;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Row;

/**
 * Not a test: the reductions side by side, in one run. For each program, its exploration with no
 * reduction, partial-order reduction, symmetry reduction and both: verdict, distinct states,
 * transitions, runs and time. With {@code --as-written}, the out-of-process server example as
 * written too, reduced only (without reduction it took 142 minutes in four parts; its pinned
 * counts are ExhaustiveExamplesMeasurement's). With {@code --hunt}, the full hunt's time per
 * engine, the exhaustive explorer with and without reductions (JPF too when
 * {@code -Djpf.home} names jpf-core). Exit status 1 when the modes of one program disagree on
 * the verdict. The README has the command and a table it printed.
 */
public final class ReductionBenchmark {
    private static final ExplorationBudget BUDGET = new ExplorationBudget(10_000_000, 5_000, 3_600_000);
    private static final List<Reductions> MODES = List.of(Reductions.NONE, Reductions.PARTIAL_ORDER,
            Reductions.SYMMETRY, Reductions.BOTH);

    private ReductionBenchmark() {
    }

    private static Map<String, Program> programs() {
        Map<String, Program> programs = new LinkedHashMap<>();
        programs.put("vs-package", VsPackageExample::start);
        programs.put("managed-auto-marshal, 1 call per worker",
                (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1));
        programs.put("managed-auto-marshal (as written)", ManagedAutoMarshalExample::start);
        programs.put("out-of-process-server, 1 early client, 0 calls",
                (world, threads) -> OutOfProcessServerExample.start(world, threads, 0, 1));
        programs.put("3 identical GIT workers, 1 call each (declared interchangeable)",
                IdenticalWorkersProgram.of(3, 1, true));
        return programs;
    }

    /** Arguments: {@code [--workers N] [--as-written] [--hunt]}. */
    public static void main(String[] args) {
        int workers = 1;
        boolean asWritten = false;
        boolean hunt = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workers") && i + 1 < args.length) {
                workers = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--as-written")) {
                asWritten = true;
            } else if (args[i].equals("--hunt")) {
                hunt = true;
            } else {
                System.err.println("ReductionBenchmark: unknown argument " + args[i]
                        + "\nusage: [--workers N] [--as-written] [--hunt]");
                System.exit(2);
            }
        }
        System.out.printf("Workers: %d, %d processors, max heap %d MB%n", workers,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| program | reductions | verdict | distinct states | transitions | runs | time |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Program> program : programs().entrySet()) {
            Verdict first = null;
            for (Reductions mode : MODES) {
                ExplorationResult result = explore(program.getValue(), mode, workers);
                print(program.getKey(), mode, result);
                first = first == null ? result.verdict() : first;
                if (result.verdict() != first) {
                    disagreements.add(program.getKey() + " " + mode.label() + ": " + result);
                }
            }
        }
        if (asWritten) {
            String name = "out-of-process-server as written";
            System.out.printf("| %s | none | PASSED | 3,987,240 | 24,640,285 | 3,789,316 | 142 min (pinned, not run) |%n", name);
            ExplorationResult reduced = explore(OutOfProcessServerExample::start, Reductions.PARTIAL_ORDER, workers);
            print(name, Reductions.PARTIAL_ORDER, reduced);
            System.out.printf("| %s | symmetry, both | as none, POR: the example declares no interchangeable threads"
                    + " (client-a is in the MTA, client-b in an STA) | | | | |%n", name);
        }
        if (hunt) {
            huntTimes();
        }
        disagreements.forEach(line -> System.out.println("DISAGREE " + line));
        System.exit(disagreements.isEmpty() ? 0 : 1);
    }

    private static ExplorationResult explore(Program program, Reductions mode, int workers) {
        return ExhaustiveExplorer.explore(program, RuntimeHelpers.reference(), BUDGET,
                ExplorationOptions.defaults().withWorkers(workers).withReductions(mode));
    }

    private static void print(String program, Reductions mode, ExplorationResult result) {
        System.out.printf("| %s | %s | %s | %,d | %,d | %,d | %.1f s |%n", program, mode.label(), result.verdict(),
                result.distinctStates(), result.transitions(), result.runs(), result.millis() / 1000.0);
    }

    /** The full hunt's engine time per engine: every engine on the reference and every fault; the explorer twice. */
    private static void huntTimes() {
        // As the comlife command runs it: Lincheck's instrumentation kept installed across its column.
        LincheckInstallation.keepForThisProcess();
        EngineSettings settings = EngineSettings.ofReference(600, 1, JpfInstallation.locate());
        List<Engine> engines = new ArrayList<>();
        for (EngineId id : EngineId.values()) {
            engines.add(id.create(settings));
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        add(millis, "", engines);
        add(millis, " (no reduction)", List.of(new ExhaustiveEngine(settings.explorationBudget(), Reductions.NONE)));
        System.out.println();
        System.out.println("| engine | full hunt: engine time, summed over its cells |");
        System.out.println("|---|---|");
        millis.forEach((engine, time) -> System.out.printf("| %s | %.1f s |%n", engine, time / 1000.0));
    }

    private static void add(Map<String, Long> millis, String suffix, List<Engine> engines) {
        Map<EngineId, Long> byEngine = new EnumMap<>(EngineId.class);
        for (Row row : VerificationMatrix.run(engines, FaultCatalogue.all(), RuntimeHelpers.reference(),
                MatrixScope.FULL, org.comlife.checks.matrix.MatrixProgress.SILENT).report().rows()) {
            for (Cell cell : row.cells()) {
                byEngine.merge(EngineId.valueOf(cell.engine().toUpperCase()), cell.millis(), Long::sum);
            }
        }
        byEngine.forEach((engine, time) -> millis.put(engine.displayName() + suffix, time));
    }
}
