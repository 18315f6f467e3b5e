package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.comlife.model.runtime.ReferenceInterThreadStreams;
import org.comlife.model.runtime.ReferenceProxyDispatch;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * The inter-thread streams and proxy dispatch are replaceable helpers, and the model checks the
 * contract around them whatever the implementation: the stream released exactly once by
 * CoGetInterfaceAndReleaseStream, an STA's call never run off its owner thread.
 */
class ChannelHelpersTest {

    /** A world of the given helpers with a main STA holding an object, and a background thread in the MTA. */
    private static final class Handoff {
        final ComWorld world;
        final ComThread main;
        final ComThread background;
        final EchoObject site;

        Handoff(RuntimeHelpers helpers) {
            world = new ComWorld(helpers);
            ComProcess process = world.newProcess("devenv", ProcessRole.CLIENT);
            main = process.newThread("main");
            background = process.newThread("background");
            main.coInitializeEx(ApartmentKind.STA);
            background.coInitializeEx(ApartmentKind.MTA);
            site = new EchoObject(main);
        }

        MarshalStream stream() {
            return main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        }
    }

    /** The reference releases the stream when the unmarshal fails, and nothing is recorded. */
    @Test
    void referenceReleasesTheStreamWhenTheUnmarshalFails() {
        Handoff handoff = new Handoff(RuntimeHelpers.reference());
        MarshalStream stream = handoff.stream();

        ComResult<InterfacePointer> got = handoff.background.coGetInterfaceAndReleaseStream(stream, new Iid("IOther"));

        assertThat(got.hr()).isEqualTo(HResult.E_NOINTERFACE);
        assertThat(stream.isReleased()).isTrue();
        assertThat(handoff.world.violations()).isEmpty();
    }

    /** A helper that keeps the stream after a failed unmarshal is recorded as a violation of invariant 4. */
    @Test
    void aStreamKeptByTheGetIsAViolation() {
        Handoff handoff = new Handoff(RuntimeHelpers.reference().withInterThreadStreams("keeps",
                () -> new ReferenceInterThreadStreams() {
                    @Override
                    protected void releaseStream(ComThread caller, MarshalStream stream,
                                                 ComResult<InterfacePointer> unmarshaled) {
                        if (unmarshaled.succeeded()) {
                            super.releaseStream(caller, stream, unmarshaled);
                        }
                    }
                }));
        MarshalStream stream = handoff.stream();

        handoff.background.coGetInterfaceAndReleaseStream(stream, new Iid("IOther"));

        assertThat(stream.refCount()).isEqualTo(1);
        assertThat(handoff.world.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.invariant()).isEqualTo(Invariant.STREAM_LIFETIME));
    }

    /** A helper that releases a stream the receiver holds a reference on twice is recorded too. */
    @Test
    void aStreamReleasedTwiceByTheGetIsAViolation() {
        Handoff handoff = new Handoff(RuntimeHelpers.reference().withInterThreadStreams("releases-twice",
                () -> new ReferenceInterThreadStreams() {
                    @Override
                    protected void releaseStream(ComThread caller, MarshalStream stream,
                                                 ComResult<InterfacePointer> unmarshaled) {
                        stream.release();
                        stream.release();
                    }
                }));
        MarshalStream stream = handoff.stream();
        handoff.background.addRefStream(stream);

        ComResult<InterfacePointer> got = handoff.background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(got.hr()).isEqualTo(HResult.S_OK);
        assertThat(handoff.world.violations()).extracting(Violation::invariant).containsExactly(Invariant.STREAM_LIFETIME);
    }

    /** A dispatch that runs an STA's call on the RPC worker is refused as a violation of invariant 5, and the object never runs it. */
    @Test
    void anStaCallRunOffItsOwnerThreadIsAViolation() {
        Handoff handoff = new Handoff(RuntimeHelpers.reference().withProxyDispatch("inline",
                () -> new ReferenceProxyDispatch() {
                    @Override
                    protected boolean postsTo(Apartment home) {
                        return false;
                    }
                }));
        InterfacePointer proxy = handoff.background.coGetInterfaceAndReleaseStream(handoff.stream(),
                EchoObject.IEcho).value();

        CallResult result = handoff.background.call(proxy, EchoObject.PING);

        assertThat(result.hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(handoff.site.calls()).isZero();
        assertThat(handoff.world.violations()).extracting(Violation::invariant)
                .containsExactly(Invariant.APARTMENT_AFFINITY);
    }
}
