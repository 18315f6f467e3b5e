package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.jpf.host.JpfCounterexample;
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
    private final JpfLookup lookup;
    private final ImplementationClass userImplementation;

    public JpfEngine(JpfLookup lookup) {
        this(lookup, null);
    }

    /** An engine that can also check the user's implementation (null: none), loading it by name inside JPF. */
    public JpfEngine(JpfLookup lookup, ImplementationClass userImplementation) {
        this.lookup = lookup;
        this.userImplementation = userImplementation;
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
        EngineFinding checked = finding(runner.run(ExampleScenario.VS_PACKAGE, name),
                "the Visual Studio package example");
        for (HelperRace race : HelperRace.values()) {
            if (checked.violationFound()) {
                break; // one false alarm is the cell's answer; the other runs would only cost time
            }
            checked = andThen(checked, finding(runner.run(JpfTarget.helperRace(race, name),
                    JpfRunner.DEFAULT_BUDGET, JpfGranularity.BYTECODE), "the " + race.id() + " helper race"));
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
        throw new IllegalStateException("JPF runs in its own JVM and can only check the implementations it can "
                + "name (the reference, a catalogue fault's helpers, or a class given with --impl), not "
                + implementation.name());
    }

    /** Two runs as one cell: the costs add up, and the later run's finding is the answer. */
    private static EngineFinding andThen(EngineFinding earlier, EngineFinding later) {
        return new EngineFinding(later.violationFound(), earlier.millis() + later.millis(),
                earlier.explored() + later.explored(), "states", later.counterexample(),
                earlier.remark() + "; " + later.remark(), later.replay());
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        return finding(new JpfRunner(lookup.installation()).hunt(fault.id()), fault.id().toString());
    }

    /** The finding of one JPF run over {@code what}; a run that checked nothing is thrown as an error. */
    public static EngineFinding finding(JpfResult result, String what) {
        if (result.verdict() == JpfVerdict.TARGET_NOT_LOADED || result.verdict() == JpfVerdict.FAILED) {
            throw new IllegalStateException("JPF did not check " + what + ": " + result.summary()
                    + (result.failure() == null ? "" : " — " + result.failure()));
        }
        long states = result.statistics().newStates();
        if (result.verdict() != JpfVerdict.ERROR_FOUND) {
            return EngineFinding.clean(result.millis(), states, "states", result.summary());
        }
        return new EngineFinding(true, result.millis(), states, "states", counterexample(result.counterexample()),
                result.summary(), ReplayData.NONE);
    }

    private static Counterexample counterexample(JpfCounterexample found) {
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
                found.description(), "rerun the JPF tier: mvn verify -Djpf.home=<jpf-core>");
    }
}
