package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.journal.JournalEntry;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;

/**
 * Turns a journal of API calls into the report's counterexample: one column per logical
 * thread in order of first appearance, one step per call, the step the breach was detected at
 * marked (or none, for a breach only visible at the end, such as a leak).
 */
public final class JournalCounterexample {
    private JournalCounterexample() {
    }

    /**
     * @param journal       the calls, in order
     * @param brokenAtStep  the journal step at which the breach was detected (1-based), or 0 when
     *                      it shows only at the end
     * @param invariant     the broken invariant, as a sentence
     * @param explanation   what happened, or null
     * @param replay        how to replay it, or null
     */
    public static Counterexample of(List<JournalEntry> journal, int brokenAtStep, String invariant,
                                    String explanation, String replay) {
        List<String> threads = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (JournalEntry entry : journal) {
            String thread = entry.process() + "/" + entry.thread();
            if (!threads.contains(thread)) {
                threads.add(thread);
            }
            steps.add(new Step(entry.step(), thread, entry.operation() + "(" + entry.arguments() + ")", entry.result(),
                    null));
        }
        if (threads.isEmpty()) {
            threads.add("(no call)");
        }
        Integer broken = null;
        if (brokenAtStep > 0 && !steps.isEmpty()) {
            // The breach was detected while the call numbered brokenAtStep was in progress; when the
            // run stopped before it was journaled, the last call made is the one that broke it.
            broken = Math.min(brokenAtStep, steps.get(steps.size() - 1).index());
        }
        return new Counterexample(threads, steps, broken, invariant, explanation, replay);
    }
}
