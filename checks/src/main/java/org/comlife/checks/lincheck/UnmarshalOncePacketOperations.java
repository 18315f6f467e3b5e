package org.comlife.checks.lincheck;

import org.comlife.model.ComObject;
import org.comlife.model.HResult;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.RuntimeHelpers;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * One NORMAL packet of a real model process, which Lincheck's threads unmarshal and release
 * concurrently (as if each had read it from its own copy of the stream).
 *
 * <p>Claimed linearizable against {@link UnmarshalOncePacketSpecification}: the first end of
 * the packet (unmarshal or CoReleaseMarshalData) answers S_OK and every later one
 * CO_E_OBJNOTCONNECTED, so exactly one end succeeds. An unmarshaled pointer is kept until the
 * invocation ends (as the background thread of the first source document caches its proxy),
 * so a second successful end shows in the results and is not masked by a disconnected stub.
 * No operation runs before the parallel part: the packet can end only once, and a sequential
 * prefix would spend it. Left out: the stream (its position is
 * read under its own lock; a second read answers STG_E_READFAULT before the packet is even
 * looked at) and what the unmarshaled proxy is used for.
 */
public abstract class UnmarshalOncePacketOperations {
    private final GitFixture fixture = new GitFixture(helpers());
    private final Marshaler marshaler = fixture.process.marshaler();
    private final MarshalPacket packet;

    protected UnmarshalOncePacketOperations() {
        ComObject target = fixture.newTarget();
        packet = marshaler.marshal(fixture.owner, target, GitFixture.ITarget, MarshalFlags.NORMAL).value();
        target.release(fixture.owner);
    }

    /** The runtime whose marshaler is under test. */
    protected abstract RuntimeHelpers helpers();

    /** Unmarshals; the caller keeps what it got until the invocation ends, as a program caches its proxy. */
    @Operation
    public HResult unmarshal() {
        return marshaler.unmarshal(fixture.worker, packet, GitFixture.ITarget).hr();
    }

    @Operation
    public HResult releaseMarshalData() {
        return marshaler.releaseMarshalData(fixture.worker, packet);
    }

    /** Whether the packet has ended, for checks that compare end states too (not an operation). */
    public String state() {
        return packet.hasEnded() ? UnmarshalOncePacketSpecification.ENDED : UnmarshalOncePacketSpecification.NOT_ENDED;
    }

    /** Runs in a world of the implementation currently under test. */
    public static final class UnderTest extends UnmarshalOncePacketOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected RuntimeHelpers helpers() {
            return ImplementationUnderTest.current();
        }
    }
}
