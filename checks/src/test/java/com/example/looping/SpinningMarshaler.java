package com.example.looping;

import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalPacket;
import org.comlife.model.ComResult;
import org.comlife.model.runtime.ReferenceMarshaler;

/**
 * A user's marshaler whose unmarshal spins forever (outside comlife's packages, as a user's class
 * is): every engine meets it early, the explorer in its first program.
 */
public final class SpinningMarshaler extends ReferenceMarshaler {
    private volatile long spins;

    @Override
    public ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid) {
        while (true) {
            spins++;
        }
    }
}
