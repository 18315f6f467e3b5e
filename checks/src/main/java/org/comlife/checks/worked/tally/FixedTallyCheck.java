package org.comlife.checks.worked.tally;

import org.comlife.model.ComWorld;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.program.ThreadStarter;

/**
 * The README's tutorial, step 2: {@link TallyCheck} with its fix. A Tally's last Release ends
 * the server only when {@code CoReleaseServerProcess} returned 0; that release has suspended the
 * class in the same step, so no activation can reach a server that is leaving. Expected: no
 * violation on any engine.
 */
public final class FixedTallyCheck implements Program {
    private final TallyCheck fixed;

    public FixedTallyCheck(ProgramParameters parameters) {
        fixed = new TallyCheck(parameters, true);
    }

    @Override
    public void start(ComWorld world, ThreadStarter threads) {
        fixed.start(world, threads);
    }
}
