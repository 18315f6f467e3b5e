package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.ComWorld;
import org.comlife.model.journal.JournalEntry;

/**
 * One executed case: the chain, the schedule the scheduler followed (the thread of every step,
 * enough to replay it exactly) with the chain step each scheduler step served (-1 for none), how
 * many of its switches preempted a thread that could have gone on, how the run ended, the journal
 * up to where it stopped, the world, and the failure (null when every invariant and the user's
 * property held).
 */
public record CaseRun(ActionChain chain, List<String> schedule, List<Integer> stepActions, int preemptions,
                      ScheduledRun.Ending ending, String endingDetail, List<JournalEntry> journal, ComWorld world,
                      CaseFailure failure) {

    public CaseRun {
        schedule = List.copyOf(schedule);
        stepActions = List.copyOf(stepActions);
        journal = List.copyOf(journal);
    }

    public boolean failed() {
        return failure != null;
    }

    /** The API calls the run made (journal entries), the size measure of a counterexample. */
    public int apiSteps() {
        return journal.size();
    }

    /** Scheduler steps: how many turns were handed out. */
    public int schedulerSteps() {
        return schedule.size();
    }

    public CaseRun withFailure(CaseFailure other) {
        return new CaseRun(chain, schedule, stepActions, preemptions, ending, endingDetail, journal, world, other);
    }

    /**
     * The schedule without the turns that served the given chain steps: how the same
     * interleaving looks once those steps are gone.
     */
    public List<String> scheduleWithout(Set<Integer> removedSteps) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            if (i >= stepActions.size() || !removedSteps.contains(stepActions.get(i))) {
                kept.add(schedule.get(i));
            }
        }
        return kept;
    }

    /** The journal as text, one call a line. */
    public String renderJournal() {
        StringBuilder text = new StringBuilder();
        for (JournalEntry entry : journal) {
            text.append(entry).append('\n');
        }
        return text.toString();
    }
}
