package org.comlife.specs.sequential;

import org.comlife.model.HResult;

/**
 * One NORMAL packet one call at a time: the first of its unmarshals and releases succeeds and
 * every later one answers CO_E_OBJNOTCONNECTED (the model's strict choice), so exactly one
 * end ever succeeds.
 */
public final class SequentialUnmarshalOncePacket {
    private boolean ended;

    /** CoUnmarshalInterface of the packet. */
    public HResult unmarshal() {
        return end();
    }

    /** CoReleaseMarshalData of the packet. */
    public HResult releaseMarshalData() {
        return end();
    }

    /** Whether the packet's one end has happened. */
    public boolean hasEnded() {
        return ended;
    }

    private HResult end() {
        if (ended) {
            return HResult.CO_E_OBJNOTCONNECTED;
        }
        ended = true;
        return HResult.S_OK;
    }
}
