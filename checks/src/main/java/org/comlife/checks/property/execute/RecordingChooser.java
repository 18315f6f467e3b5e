package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.schedule.Chooser;

/**
 * Passes every choice to another chooser and records two things about the schedule: how many
 * switches preempted a thread that could have gone on (fewer make a schedule easier to follow),
 * and which chain step each scheduler step served (read when the thread that ran has parked).
 */
final class RecordingChooser implements Chooser {
    private final Chooser inner;
    private final ActionCursor cursor;
    private final List<Integer> labels = new ArrayList<>();
    private String previous;
    private int preemptions;

    RecordingChooser(Chooser inner, ActionCursor cursor) {
        this.inner = inner;
        this.cursor = cursor;
    }

    @Override
    public int choose(List<String> enabled, int step) {
        int index = inner.choose(enabled, step);
        String chosen = enabled.get(index);
        if (previous != null) {
            labels.add(cursor.labelOf(previous));
            if (!previous.equals(chosen) && enabled.contains(previous)) {
                preemptions++;
            }
        }
        previous = chosen;
        return index;
    }

    int preemptions() {
        return preemptions;
    }

    /** The chain step served by each of the {@code steps} scheduler steps. */
    List<Integer> labels(int steps) {
        List<Integer> all = new ArrayList<>(labels);
        if (previous != null && all.size() < steps) {
            all.add(cursor.labelOf(previous));
        }
        return all.subList(0, Math.min(steps, all.size()));
    }
}
