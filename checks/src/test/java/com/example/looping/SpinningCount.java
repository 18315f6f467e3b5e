package com.example.looping;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/** A user's server-process count whose release spins forever: Lincheck's first helper check meets it. */
public final class SpinningCount extends ReferenceServerProcessCount {
    private volatile long spins;

    @Override
    public int release() {
        while (true) {
            spins++;
        }
    }
}
