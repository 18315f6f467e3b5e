package org.comlife.checks.jpf.race;

import java.util.function.Supplier;
import org.comlife.checks.lincheck.ImplementationUnderTest;
import org.comlife.checks.lincheck.UnmarshalOncePacketOperations;
import org.comlife.checks.lincheck.UnmarshalOncePacketSpecification;
import org.comlife.model.HResult;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * One NORMAL packet of a real model process in a helper race: Lincheck's
 * {@link UnmarshalOncePacketOperations}, whose threads end the packet concurrently (unmarshal,
 * CoReleaseMarshalData) from the MTA, against {@link UnmarshalOncePacketSpecification}: exactly
 * one end succeeds. This code runs inside JPF.
 */
final class UnmarshalOncePacketRace {
    static final String UNMARSHAL = "unmarshal";
    static final String RELEASE_MARSHAL_DATA = "releaseMarshalData";

    private UnmarshalOncePacketRace() {
    }

    /** A fresh packet marshaled by the given runtime's marshaler, set up the way Lincheck sets it up. */
    static RacedHelper underTest(RuntimeHelpers helpers) {
        UnmarshalOncePacketOperations packet = ImplementationUnderTest.with(helpers,
                () -> new UnmarshalOncePacketOperations.UnderTest()).value();
        return raced(packet::unmarshal, packet::releaseMarshalData, packet::state);
    }

    /** The sequential unmarshal-once packet. */
    static RacedHelper specification() {
        UnmarshalOncePacketSpecification packet = new UnmarshalOncePacketSpecification();
        return raced(packet::unmarshal, packet::releaseMarshalData, packet::state);
    }

    private static RacedHelper raced(Supplier<HResult> unmarshal, Supplier<HResult> releaseMarshalData,
                                     Supplier<String> state) {
        return new RacedOperations("a marshal packet", state)
                .with(UNMARSHAL, () -> unmarshal.get().name())
                .with(RELEASE_MARSHAL_DATA, () -> releaseMarshalData.get().name());
    }
}
