package org.comlife.checks.property.generate;

import org.comlife.checks.property.action.DiscardStream;
import org.comlife.checks.property.action.RegisterInGit;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;

/**
 * Correct uses of the API on which the reference model was found wrong by this engine. While
 * such an issue is open the generator can steer clear of it (so the suite does not raise the
 * same false alarm in every run); once the model is fixed nothing is avoided by default and a
 * regression test hunts with the avoidance off. The one issue found so far is fixed.
 */
public enum KnownModelIssue {
    /**
     * CoReleaseMarshalData and RevokeInterfaceFromGlobal of a packet for a server's object give
     * back the stub's last references on the client's thread, so the object's final release (and
     * its CoReleaseServerProcess) runs in the client process: the client's count goes below zero
     * and the server's never reaches zero. Avoided by never putting a server object in the GIT
     * and never discarding a stream that holds one.
     */
    REMOTE_RELEASE_ON_CLIENT_THREAD("a server object's marshal data released on the client's thread");

    private final String summary;

    KnownModelIssue(String summary) {
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }

    /** Whether the step would run into this issue. */
    boolean hits(ChainStep step, ChainState state) {
        if (step.action() instanceof RegisterInGit register) {
            return !state.info(register.pointer()).origin().isLocal();
        }
        if (step.action() instanceof DiscardStream discard) {
            HandleInfo stream = state.info(discard.stream());
            return stream != null && !stream.origin().isLocal();
        }
        return false;
    }
}
