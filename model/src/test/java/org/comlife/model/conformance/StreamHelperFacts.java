package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.IBar;
import static org.comlife.model.conformance.ComSetup.IFoo;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Invariant;
import org.comlife.model.MarshalStream;
import org.comlife.model.NullOut;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CoMarshalInterThreadInterfaceInStream and CoGetInterfaceAndReleaseStream, the first source document's pair. */
@DisplayName("The inter-thread stream helpers")
class StreamHelperFacts {
    private final ComSetup com = new ComSetup();
    private final ComThread main = com.sta("main");
    private final TestObject object = new TestObject(main);

    /** A NULL object is refused, although the documentation allows it, and nothing is referenced. */
    @Test
    @DisplayName("CoMarshalInterThreadInterfaceInStream with a NULL object fails with E_INVALIDARG and takes no "
            + "reference, although the documentation says it may be NULL "
            + "(compobj.c test_CoMarshalInterThreadInterfaceInStream)")
    @WindowsFact(id = "S1", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoMarshalInterThreadInterfaceInStream",
            expects = "ok(hr == E_INVALIDARG, ...); ok_no_locks()")
    void nullObjectIsRefused() {
        ComResult<MarshalStream> result = main.coMarshalInterThreadInterfaceInStream(IFoo, null);

        assertThat(result.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(result.value()).isNull();
        assertThat(com.world.streams()).isEmpty();
    }

    /** A NULL place for the stream is refused before anything is marshaled. */
    @Test
    @DisplayName("CoMarshalInterThreadInterfaceInStream with a NULL stream pointer fails with E_INVALIDARG "
            + "(compobj.c test_CoMarshalInterThreadInterfaceInStream)")
    @WindowsFact(id = "S2", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoMarshalInterThreadInterfaceInStream",
            expects = "ok(hr == E_INVALIDARG, ...)")
    void nullStreamPointerIsRefused() {
        assertThat(main.coMarshalInterThreadInterfaceInStream(IFoo, object, NullOut.NULL)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(object.refCount()).isEqualTo(1);
        assertThat(com.world.streams()).isEmpty();
    }

    /** The stream comes back rewound, ready for CoUnmarshalInterface. */
    @Test
    @DisplayName("On success the stream is returned rewound: CoUnmarshalInterface can read it at once, and "
            + "unmarshaling then releasing the pointer leaves no references "
            + "(compobj.c test_CoMarshalInterThreadInterfaceInStream)")
    @WindowsFact(id = "S3", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoMarshalInterThreadInterfaceInStream",
            expects = "ok_ole_success(hr, \"CoUnmarshalInterface\"); ... ok_no_locks()")
    void streamComesBackRewound() {
        ComThread background = com.mta("background");
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(IFoo, object).value();
        main.release(object);
        assertThat(stream.position()).isZero();

        ComResult<InterfacePointer> proxy = background.coUnmarshalInterface(stream, IFoo);

        assertThat(proxy.hr()).isEqualTo(HResult.S_OK);
        background.release(proxy.value());
        background.releaseStream(stream);
        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** A NULL stream is refused. */
    @Test
    @DisplayName("CoGetInterfaceAndReleaseStream with a NULL stream fails with E_INVALIDARG "
            + "(compobj.c test_CoGetInterfaceAndReleaseStream)")
    @WindowsFact(id = "S4", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoGetInterfaceAndReleaseStream",
            expects = "ok(hr == E_INVALIDARG, ...)")
    void nullStreamIsRefused() {
        assertThat(main.coGetInterfaceAndReleaseStream(null, IFoo).hr()).isEqualTo(HResult.E_INVALIDARG);
    }

    /** The stream is released even when the unmarshal fails; the failure is the unmarshal's. */
    @Test
    @DisplayName("CoGetInterfaceAndReleaseStream releases the stream even when the unmarshal fails, and returns the "
            + "unmarshal's HRESULT, such as CO_E_NOTINITIALIZED on a thread without COM "
            + "(Microsoft docs: CoGetInterfaceAndReleaseStream)")
    @WindowsFact(id = "S5", source = Source.MICROSOFT_DOCS, where = "CoGetInterfaceAndReleaseStream")
    void streamIsReleasedWhenTheUnmarshalFails() {
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(IFoo, object).value();
        ComThread uninitialized = com.bare("background");

        assertThat(uninitialized.coGetInterfaceAndReleaseStream(stream, IFoo).hr())
                .isEqualTo(HResult.CO_E_NOTINITIALIZED);

        assertThat(stream.isReleased()).isTrue();
        assertThat(object.refCount()).as("the packet's references leak until main's apartment ends").isEqualTo(2);
        assertThat(com.world.violations()).as("the model reports the leak").extracting(v -> v.invariant())
                .containsExactly(Invariant.PACKET_ENDS_ONCE);
    }

    /** A failed marshal leaves no stream behind. */
    @Test
    @DisplayName("When the marshal inside CoMarshalInterThreadInterfaceInStream fails, it returns the marshal's "
            + "HRESULT and no stream: the stream it made is released (combase CoMarshalInterThreadInterfaceInStream)")
    @WindowsFact(id = "S6", source = Source.WINE_COMBASE, where = "CoMarshalInterThreadInterfaceInStream")
    void failedMarshalLeavesNoStream() {
        ComResult<MarshalStream> result = main.coMarshalInterThreadInterfaceInStream(IBar, object);

        assertThat(result.hr()).isEqualTo(HResult.E_NOINTERFACE);
        assertThat(result.value()).isNull();
        assertThat(com.world.streams()).allMatch(MarshalStream::isReleased);
        assertThat(object.refCount()).isEqualTo(1);
    }
}
