package org.comlife.checks.lincheck;

import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.Proxy;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.RuntimeHelpers;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * Three packets of one object of the owner's STA, one per {@link MarshalFlags} (packet 0
 * NORMAL, 1 TABLESTRONG, 2 TABLEWEAK), which Lincheck's threads unmarshal (from the MTA, or in
 * the object's own apartment), unmarshal for an interface the object lacks, release, and marshal
 * anew. The owner keeps its own reference and a fourth TABLESTRONG packet that is never
 * released, so the object and its stub live through every scenario.
 *
 * <p>Claimed linearizable against {@link MarshalPacketsSpecification}, one line per operation:
 * <ul>
 * <li>{@code unmarshal}: S_OK with a proxy until the packet ended (NORMAL, once) or was released
 * (TABLESTRONG), then CO_E_OBJNOTCONNECTED; a TABLEWEAK packet, released or not, S_OK, as the
 * keeper packet keeps its stub (Windows, CONFORMANCE.md T7);</li>
 * <li>{@code unmarshalInOwnApartment}: the same answers, with the raw object instead of a proxy;</li>
 * <li>{@code unmarshalUnsupported}: E_NOINTERFACE instead of S_OK (a NORMAL packet ends all the same);</li>
 * <li>{@code releaseMarshalData}: S_OK once, then CO_E_OBJNOTCONNECTED (NORMAL) or RPC_E_INVALID_OBJREF (table);</li>
 * <li>{@code marshalAndRelease}: a new packet of the flags is made and its marshal data released: S_OK, S_OK.</li>
 * </ul>
 * And after every scenario (a validation, every pointer having been released): the stub holds
 * exactly the packets' references, 5 strong for a live NORMAL packet, 1 for each TABLESTRONG
 * one, 1 weak for a TABLEWEAK one, so an answer that leaked or dropped a reference fails.
 * Left out: the streams (their position has its own lock), calls through the proxies, and a
 * TABLEWEAK packet whose stub died, which answers CO_E_OBJNOTREG (the keeper packet prevents it;
 * its lifetime is the contract's, checked by the scenario engines).
 */
@Param(name = "packet", gen = IntGen.class, conf = "0:2")
public abstract class MarshalPacketsOperations {
    /** The answer of an unmarshal that gave a proxy where the raw object was due, or the raw object where a proxy was. */
    public static final String WRONG_POINTER = "S_OK with the wrong kind of pointer";

    private final GitFixture fixture = new GitFixture(helpers());
    private final Marshaler marshaler = fixture.process.marshaler();
    private final ComObject target = fixture.newTarget();
    private final MarshalPacket[] packets = new MarshalPacket[3];

    protected MarshalPacketsOperations() {
        for (MarshalFlags flags : MarshalFlags.values()) {
            packets[flags.ordinal()] = marshaler.marshal(fixture.owner, target, GitFixture.ITarget, flags).value();
        }
        marshaler.marshal(fixture.owner, target, GitFixture.ITarget, MarshalFlags.TABLESTRONG);
    }

    /** The runtime whose marshaler is under test. */
    protected abstract RuntimeHelpers helpers();

    @Operation(params = "packet")
    public String unmarshal(int packet) {
        return unmarshalAs(fixture.worker, packet, GitFixture.ITarget, false);
    }

    @Operation(params = "packet")
    public String unmarshalInOwnApartment(int packet) {
        return unmarshalAs(fixture.owner, packet, GitFixture.ITarget, true);
    }

    @Operation(params = "packet")
    public String unmarshalUnsupported(int packet) {
        return unmarshalAs(fixture.worker, packet, GitFixture.IUnsupported, false);
    }

    @Operation(params = "packet")
    public String releaseMarshalData(int packet) {
        return marshaler.releaseMarshalData(fixture.worker, packets[packet]).name();
    }

    @Operation(params = "packet")
    public String marshalAndRelease(int packet) {
        ComResult<MarshalPacket> made = marshaler.marshal(fixture.owner, target, GitFixture.ITarget,
                MarshalFlags.values()[packet]);
        if (!made.succeeded()) {
            return made.hr().name();
        }
        return made.hr().name() + ", " + marshaler.releaseMarshalData(fixture.owner, made.value()).name();
    }

    /** After the scenario: the stub holds the packets' references and nothing more. */
    @Validate
    public void stubHoldsThePacketsReferences() {
        int strong = 1 + (packets[0].isConsumed() ? 0 : 5) + (packets[1].isReleased() ? 0 : 1);
        int weak = packets[2].isReleased() ? 0 : 1;
        int heldStrong = fixture.strongReferences(target);
        int heldWeak = fixture.weakReferences(target);
        if (heldStrong != strong || heldWeak != weak) {
            throw new IllegalStateException("the stub holds " + heldStrong + " strong and " + heldWeak
                    + " weak references; the packets account for " + strong + " and " + weak);
        }
    }

    /** Unmarshals, gives the pointer back at once, and names the answer: raw or proxy must match the apartment. */
    private String unmarshalAs(ComThread caller, int packet, Iid iid, boolean ownApartment) {
        ComResult<InterfacePointer> got = marshaler.unmarshal(caller, packets[packet], iid);
        if (!got.succeeded()) {
            return got.hr().name();
        }
        InterfacePointer pointer = got.value();
        boolean raw = !(pointer instanceof Proxy);
        pointer.release(caller);
        return raw == ownApartment ? got.hr().name() : WRONG_POINTER;
    }

    /** Runs in a world of the implementation currently under test. */
    public static final class UnderTest extends MarshalPacketsOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected RuntimeHelpers helpers() {
            return ImplementationUnderTest.current();
        }
    }
}
