package org.comlife.checks.impl.sample;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/** A user's implementation that counts right and prints as it goes, as a user's logging would. */
public class ChattyCount extends ReferenceServerProcessCount {
    /** What every release prints. */
    public static final String LINE = "ChattyCount.release called";

    @Override
    public int release() {
        System.out.println(LINE);
        return super.release();
    }
}
