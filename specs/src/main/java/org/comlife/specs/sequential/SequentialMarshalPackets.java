package org.comlife.specs.sequential;

import org.comlife.model.HResult;
import org.comlife.model.MarshalFlags;

/**
 * Marshal packets of one live object one call at a time, one packet per {@link MarshalFlags}:
 * a NORMAL packet ends once (its first unmarshal or release), a TABLESTRONG packet can be
 * unmarshaled until its marshal data is released, once. A TABLEWEAK packet depends only on the
 * object's stub, which lives here (something else holds a strong reference on it): released or
 * not, it unmarshals (Windows, CONFORMANCE.md T7; with the stub gone it would answer
 * CO_E_OBJNOTREG, T3). An unmarshal for an interface the object does not implement answers
 * E_NOINTERFACE, and ends a NORMAL packet like any unmarshal.
 *
 * <table>
 * <caption>the answers, by packet and call</caption>
 * <tr><th>packet</th><th>unmarshal</th><th>release marshal data</th></tr>
 * <tr><td>NORMAL, not ended</td><td>S_OK (E_NOINTERFACE), ends it</td><td>S_OK, ends it</td></tr>
 * <tr><td>NORMAL, ended</td><td>CO_E_OBJNOTCONNECTED</td><td>CO_E_OBJNOTCONNECTED</td></tr>
 * <tr><td>TABLESTRONG / TABLEWEAK, not released</td><td>S_OK (E_NOINTERFACE)</td><td>S_OK, releases it</td></tr>
 * <tr><td>TABLESTRONG, released</td><td>CO_E_OBJNOTCONNECTED</td><td>RPC_E_INVALID_OBJREF</td></tr>
 * <tr><td>TABLEWEAK, released (the stub lives)</td><td>S_OK (E_NOINTERFACE)</td><td>RPC_E_INVALID_OBJREF</td></tr>
 * </table>
 */
public final class SequentialMarshalPackets {
    private final boolean[] ended = new boolean[MarshalFlags.values().length];

    /** CoUnmarshalInterface of the packet with these flags, for an interface the object implements or not. */
    public HResult unmarshal(MarshalFlags flags, boolean supported) {
        if (ended[flags.ordinal()] && flags != MarshalFlags.TABLEWEAK) {
            return HResult.CO_E_OBJNOTCONNECTED;
        }
        if (flags == MarshalFlags.NORMAL) {
            ended[flags.ordinal()] = true;
        }
        return supported ? HResult.S_OK : HResult.E_NOINTERFACE;
    }

    /** CoReleaseMarshalData of the packet with these flags. */
    public HResult releaseMarshalData(MarshalFlags flags) {
        if (ended[flags.ordinal()]) {
            return flags == MarshalFlags.NORMAL ? HResult.CO_E_OBJNOTCONNECTED : HResult.RPC_E_INVALID_OBJREF;
        }
        ended[flags.ordinal()] = true;
        return HResult.S_OK;
    }

    /** Whether the packet has ended (NORMAL) or had its marshal data released (table). */
    public boolean hasEnded(MarshalFlags flags) {
        return ended[flags.ordinal()];
    }
}
