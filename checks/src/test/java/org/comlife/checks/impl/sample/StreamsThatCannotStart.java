package org.comlife.checks.impl.sample;

import org.comlife.model.runtime.ReferenceInterThreadStreams;

/** A user's inter-thread streams for the loader tests whose constructor throws, as streams that need a missing resource would. */
public class StreamsThatCannotStart extends ReferenceInterThreadStreams {

    public StreamsThatCannotStart() {
        throw new IllegalStateException("no HGLOBAL allocator");
    }
}
