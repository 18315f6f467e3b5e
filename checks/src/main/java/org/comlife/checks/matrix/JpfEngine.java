package org.comlife.checks.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.jpf.host.JpfBudget;
import org.comlife.checks.jpf.host.JpfCounterexample;
import org.comlife.checks.jpf.host.JpfEntryPoint;
import org.comlife.checks.jpf.host.JpfGranularity;
import org.comlife.checks.jpf.host.JpfLookup;
import org.comlife.checks.jpf.host.JpfResult;
import org.comlife.checks.jpf.host.JpfRunner;
import org.comlife.checks.jpf.host.JpfTarget;
import org.comlife.checks.jpf.host.JpfVerdict;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.jpf.search.JpfStep;
import org.comlife.checks.lincheck.ExampleScenario;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;

/**
 * Java PathFinder in the matrix, when jpf-core is installed (otherwise every cell is skipped
 * with how to install it). An implementation must show no error on the Visual Studio package
 * example and must pass every helper race (JPF runs them in its own JVM, so only
 * implementations it can name: the reference, a seeded fault's, a user's class). A fault is
 * caught when JPF finds an error on what it is hunted with: the helper race its entry names
 * when its window lies inside one helper call ({@link JpfTarget#hunt}), else its own scenario.
 */
public final class JpfEngine implements Engine {
    /** Time kept back from the cell's budget for the JPF JVMs to start and report. */
    private static final long MARGIN_MILLIS = 10_000;
    private final JpfLookup lookup;
    private final ImplementationClass userImplementation;
    private final JpfEntryPoint entry;
    private final Duration cellBudget;

    public JpfEngine(JpfLookup lookup) {
        this(lookup, null, JpfEntryPoint.MAVEN, MatrixPlan.DEFAULT_CELL_BUDGET);
    }

    /**
     * An engine that can also check the user's implementation (null: none), loading it by name
     * inside JPF; its runs share the cell's budget, and its messages speak as the entry point does.
     */
    public JpfEngine(JpfLookup lookup, ImplementationClass userImplementation, JpfEntryPoint entry,
                     Duration cellBudget) {
        this.lookup = lookup;
        this.userImplementation = userImplementation;
        this.entry = entry;
        this.cellBudget = cellBudget;
    }

    @Override
    public EngineId id() {
        return EngineId.JPF;
    }

    @Override
    public String unavailableReason() {
        return lookup.installation() == null ? lookup.reason() : null;
    }

    @Override
    public EngineFinding checkImplementation(RuntimeHelpers implementation) {
        String name = nameInJpf(implementation);
        JpfRunner runner = new JpfRunner(lookup.installation(),
                userImplementation == null ? List.of() : userImplementation.classpath());
        long deadline = System.currentTimeMillis() + cellBudget.toMillis();
        int runs = 1 + HelperRace.values().length;
        EngineFinding checked = finding(runner.run(JpfTarget.example(ExampleScenario.VS_PACKAGE, name),
                share(deadline, runs), JpfGranularity.BYTECODE), "the Visual Studio package example");
        for (HelperRace race : HelperRace.values()) {
            if (checked.violationFound()) {
                break; // one violation is the cell's answer; the other runs would only cost time
            }
            runs--;
            checked = andThen(checked, finding(runner.run(JpfTarget.helperRace(race, name),
                    share(deadline, runs), JpfGranularity.BYTECODE), "the " + race.id() + " helper race"));
        }
        return checked;
    }

    /**
     * How the JPF JVM names the implementation: a built-in one by its name, the user's by its
     * class (JPF runs in its own JVM and cannot be handed the object).
     */
    private String nameInJpf(RuntimeHelpers implementation) {
        String builtIn = JpfImplementations.nameOf(implementation);
        if (builtIn != null) {
            return builtIn;
        }
        if (userImplementation != null) {
            return JpfImplementations.ofClass(userImplementation.className());
        }
        throw new EngineFailure("JPF runs in its own JVM and can only check the implementations it can "
                + "name (the reference, a catalogue fault's helpers, or a class given with --impl), not "
                + implementation.name());
    }

    /** Two runs as one cell: the costs add up, and the later run's finding is the answer. */
    private static EngineFinding andThen(EngineFinding earlier, EngineFinding later) {
        return new EngineFinding(later.violationFound(), earlier.millis() + later.millis(),
                earlier.explored() + later.explored(), "states", later.counterexample(),
                earlier.remark() + "; " + later.remark(), later.replay());
    }

    /** The default budget of one JPF run, or an even share of what is left of the cell's, whichever is less. */
    private JpfBudget share(long deadline, int runsLeft) {
        long left = (deadline - System.currentTimeMillis() - MARGIN_MILLIS) / Math.max(1, runsLeft);
        JpfBudget budget = JpfRunner.DEFAULT_BUDGET;
        return new JpfBudget(Math.max(1_000, Math.min(budget.maxMillis(), left)), budget.maxStates(),
                budget.heapMegabytes());
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        JpfTarget target = JpfTarget.hunt(fault.id());
        return finding(new JpfRunner(lookup.installation()).run(target,
                share(System.currentTimeMillis() + cellBudget.toMillis(), 1), JpfRunner.huntGranularity(target)),
                fault.id().toString());
    }

    /** The finding of one JPF run over {@code what}; a run that checked nothing is thrown as an engine failure. */
    public EngineFinding finding(JpfResult result, String what) {
        if (result.verdict() == JpfVerdict.TARGET_NOT_LOADED || result.verdict() == JpfVerdict.FAILED) {
            throw new EngineFailure("JPF did not check " + what + ": " + result.summary()
                    + (result.failure() == null ? "" : " — " + result.failure()));
        }
        long states = result.statistics().newStates();
        if (result.verdict() != JpfVerdict.ERROR_FOUND) {
            return EngineFinding.clean(result.millis(), states, "states", result.summary());
        }
        return new EngineFinding(true, result.millis(), states, "states", counterexample(result.counterexample()),
                result.summary(), ReplayData.NONE);
    }

    private Counterexample counterexample(JpfCounterexample found) {
        List<String> threads = new ArrayList<>(found.threads());
        List<Step> steps = new ArrayList<>();
        int index = 1;
        for (JpfStep step : found.steps()) {
            if (!threads.contains(step.thread())) {
                threads.add(step.thread());
            }
            steps.add(new Step(index++, step.thread(), step.call(), "", null));
        }
        if (threads.isEmpty()) {
            threads.add("(jpf)");
        }
        String broken = found.brokenInvariants().isEmpty() ? found.property() : String.join("; ",
                found.brokenInvariants());
        return new Counterexample(threads, steps, steps.isEmpty() ? null : steps.size(), broken,
                found.description(), "JPF's search is deterministic: run it again with " + entry.rerun());
    }
}
