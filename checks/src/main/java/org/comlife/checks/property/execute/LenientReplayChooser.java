package org.comlife.checks.property.execute;

import java.util.List;
import org.comlife.checks.schedule.Chooser;

/**
 * Follows a schedule recorded for a slightly different chain as far as it fits: at each step it
 * takes the next recorded thread that can run now, skipping recorded turns of threads that
 * cannot; past the end it keeps the current thread running while it can. A shrunk chain usually
 * still fails along the schedule of the chain it came from.
 */
public final class LenientReplayChooser implements Chooser {
    private final List<String> schedule;
    private int cursor;
    private String previous;

    public LenientReplayChooser(List<String> schedule) {
        this.schedule = List.copyOf(schedule);
    }

    @Override
    public int choose(List<String> enabled, int step) {
        while (cursor < schedule.size()) {
            int index = enabled.indexOf(schedule.get(cursor++));
            if (index >= 0) {
                previous = enabled.get(index);
                return index;
            }
        }
        int index = previous == null ? -1 : enabled.indexOf(previous);
        if (index < 0) {
            index = 0;
        }
        previous = enabled.get(index);
        return index;
    }
}
