package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An interleaving that breaks an invariant, as an engine found it: the threads, the steps in the
 * order they happened, and which step broke what.
 *
 * @param threads         the threads taking part, in the order their columns are drawn
 * @param steps           the steps in execution order
 * @param brokenStep      the {@link Step#index()} of the step at which the invariant broke; null
 *                        when the violation is only visible at the end (e.g. a leak)
 * @param brokenInvariant the invariant that broke, as a sentence a reviewer can read
 * @param explanation     why these steps break it; null when the engine has no explanation
 * @param replay          how to reproduce this counterexample (a command line); null if unknown
 * @param replayFile      the file that reproduces it, relative to the report's folder (e.g.
 *                        {@code counterexamples/double-unmarshal.json}), given to the command of
 *                        {@link MatrixReport#replayHelp()}; null when there is none
 */
@JsonPropertyOrder({"threads", "steps", "brokenStep", "brokenInvariant", "explanation", "replay", "replayFile"})
public record Counterexample(
        List<String> threads,
        List<Step> steps,
        Integer brokenStep,
        String brokenInvariant,
        String explanation,
        String replay,
        String replayFile) {

    public Counterexample {
        threads = Required.list(threads, "counterexample threads");
        steps = Required.list(steps, "counterexample steps");
        Required.text(brokenInvariant, "counterexample brokenInvariant");
        requireDistinctThreads(threads);
        requireStepsOnKnownThreadsInOrder(threads, steps);
        if (brokenStep != null && steps.stream().noneMatch(step -> step.index() == brokenStep)) {
            throw new IllegalArgumentException("brokenStep " + brokenStep + " is not the index of any step");
        }
        Required.relativePath(replayFile, "counterexample replayFile");
    }

    /** A counterexample without a replay file. */
    public Counterexample(List<String> threads, List<Step> steps, Integer brokenStep, String brokenInvariant,
                          String explanation, String replay) {
        this(threads, steps, brokenStep, brokenInvariant, explanation, replay, null);
    }

    /** This counterexample, reproduced by the given file (relative to the report's folder). */
    public Counterexample withReplayFile(String file) {
        return new Counterexample(threads, steps, brokenStep, brokenInvariant, explanation, replay, file);
    }

    /** The step that broke the invariant, if the engine pinned it to one. */
    public Optional<Step> findBrokenStep() {
        return steps.stream().filter(step -> brokenStep != null && step.index() == brokenStep).findFirst();
    }

    private static void requireDistinctThreads(List<String> threads) {
        if (threads.isEmpty()) {
            throw new IllegalArgumentException("a counterexample needs at least one thread");
        }
        if (new HashSet<>(threads).size() != threads.size()) {
            throw new IllegalArgumentException("counterexample threads repeat a name: " + threads);
        }
        threads.forEach(thread -> Required.text(thread, "thread name"));
    }

    private static void requireStepsOnKnownThreadsInOrder(List<String> threads, List<Step> steps) {
        Set<String> known = Set.copyOf(threads);
        Integer previous = null;
        for (Step step : steps) {
            if (!known.contains(step.thread())) {
                throw new IllegalArgumentException(
                        "step " + step.index() + " runs on thread '" + step.thread() + "', which is not in " + threads);
            }
            if (previous != null && step.index() <= previous) {
                throw new IllegalArgumentException(
                        "step indices must increase: " + step.index() + " follows " + previous);
            }
            previous = step.index();
        }
    }
}
