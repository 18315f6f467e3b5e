package org.comlife.checks.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows a recorded schedule (the thread that ran at each step); past its end it runs the
 * first enabled thread. A step whose recorded thread cannot run stops the replay.
 */
public final class ReplayChooser implements Chooser {
    private final List<String> schedule;

    public ReplayChooser(List<String> schedule) {
        this.schedule = new ArrayList<>(schedule);
    }

    @Override
    public int choose(List<String> enabled, int step) {
        if (step >= schedule.size()) {
            return 0;
        }
        int index = enabled.indexOf(schedule.get(step));
        if (index < 0) {
            throw new ScheduleDiverged("step " + step + " of the schedule runs " + schedule.get(step)
                    + ", but only " + enabled + " can run");
        }
        return index;
    }
}
