package org.comlife.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;

/**
 * The steps of a long counterexample that its diagram draws: the first {@value #HEAD} steps, then
 * the {@value #TAIL} steps around the one that broke the invariant (or the last ones), and in
 * between a gap that says how many steps are not drawn. Short counterexamples are drawn whole.
 * report.json keeps every step; a diagram of hundreds of steps would be read by nobody and would
 * make report.html megabytes long.
 *
 * @param shown       the steps drawn, in order, each with the number of steps left out just before it
 * @param hiddenAfter the number of steps left out after the last one drawn
 */
record StepWindow(List<Shown> shown, int hiddenAfter) {
    static final int HEAD = 10;
    static final int TAIL = 30;
    /** Steps after the broken one kept in the window: what happened next is often part of the story. */
    static final int AFTER_BROKEN = 5;

    /** A step drawn, and how many steps just before it are not. */
    record Shown(Step step, int hiddenBefore) {
    }

    static StepWindow of(Counterexample counterexample) {
        List<Step> steps = counterexample.steps();
        int count = steps.size();
        List<Shown> shown = new ArrayList<>();
        if (count <= HEAD + TAIL) {
            steps.forEach(step -> shown.add(new Shown(step, 0)));
            return new StepWindow(shown, 0);
        }
        int anchor = count - 1;
        for (int i = 0; i < count; i++) {
            if (counterexample.brokenStep() != null && steps.get(i).index() == counterexample.brokenStep()) {
                anchor = i;
            }
        }
        int end = Math.min(count, anchor + 1 + AFTER_BROKEN);
        int start = Math.max(HEAD, end - TAIL);
        end = Math.min(count, start + TAIL);
        for (int i = 0; i < HEAD; i++) {
            shown.add(new Shown(steps.get(i), 0));
        }
        for (int i = start; i < end; i++) {
            shown.add(new Shown(steps.get(i), i == start ? start - HEAD : 0));
        }
        return new StepWindow(shown, count - end);
    }
}
