package org.comlife.checks.lincheck;

import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.comlife.model.runtime.InterThreadStreams;
import org.comlife.model.runtime.RuntimeHelpers;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * Stream handoffs of one object of the owner's STA, which Lincheck's threads make at once: each
 * operation marshals the object into a new stream with the process's inter-thread streams and
 * hands the stream to a receiver, which may hold {@code extraRefs} references of its own on it
 * (an AddRef before, a Release after) while it calls CoGetInterfaceAndReleaseStream.
 *
 * <p>Claimed linearizable against {@link InterThreadStreamsSpecification}, one line per operation:
 * <ul>
 * <li>{@code handOff}: S_OK with a proxy in the worker's MTA, and the stream left with exactly the
 * receiver's own references;</li>
 * <li>{@code handOffUnsupported}: E_NOINTERFACE, and the stream released all the same;</li>
 * <li>{@code handOffInOwnApartment}: S_OK with the raw object for the owner itself, the stream freed;</li>
 * <li>{@code getTwice}: a receiver holding a reference of its own gets twice: S_OK, then
 * STG_E_READFAULT (the packet was read), the stream freed once its own reference goes.</li>
 * </ul>
 * Every answer names the references the stream holds right after the get, so a stream kept or
 * released twice fails the comparison; and after every scenario (a validation, every pointer
 * having been released) the object's stub holds no strong reference, so a packet whose
 * references were never given back fails. The operations are concurrent with one
 * another through the object they share (its stub, the worker's one proxy of it); each stream
 * has one receiver, as the contract requires, so two threads never use one stream at once. Left
 * out: a freed stream and null arguments (the model refuses them before it calls the helper), a
 * receiver without an apartment, and what the proxy is used for.
 */
@Param(name = "extraRefs", gen = IntGen.class, conf = "0:1")
public abstract class InterThreadStreamsOperations {
    /** The answer of a get that gave a proxy where the raw object was due, or the raw object where a proxy was. */
    public static final String WRONG_POINTER = "S_OK with the wrong kind of pointer";

    private final GitFixture fixture = new GitFixture(helpers());
    private final InterThreadStreams streams = fixture.process.interThreadStreams();
    private final ComObject target = fixture.newTarget();

    /** The runtime whose inter-thread streams are under test. */
    protected abstract RuntimeHelpers helpers();

    @Operation(params = "extraRefs")
    public String handOff(int extraRefs) {
        return handOffTo(fixture.worker, GitFixture.ITarget, extraRefs, false);
    }

    @Operation(params = "extraRefs")
    public String handOffUnsupported(int extraRefs) {
        return handOffTo(fixture.worker, GitFixture.IUnsupported, extraRefs, false);
    }

    @Operation
    public String handOffInOwnApartment() {
        return handOffTo(fixture.owner, GitFixture.ITarget, 0, true);
    }

    @Operation
    public String getTwice() {
        ComResult<MarshalStream> made = streams.marshalInStream(fixture.owner, GitFixture.ITarget, target);
        if (!made.succeeded()) {
            return made.hr().name();
        }
        MarshalStream stream = made.value();
        stream.addRef();
        String first = named(fixture.worker, streams.getInterfaceAndReleaseStream(fixture.worker, stream,
                GitFixture.ITarget), false);
        String second = named(fixture.worker, streams.getInterfaceAndReleaseStream(fixture.worker, stream,
                GitFixture.ITarget), false);
        return answer(first + ", " + second, stream.refCount());
    }

    /**
     * After the scenario: no packet's references left on the stub. (A stream kept alive already
     * shows in the answers, which name the stream's references after each get.)
     */
    @Validate
    public void noPacketReferenceLeft() {
        int held = fixture.strongReferences(target);
        if (held != 0) {
            throw new IllegalStateException("the stub holds " + held + " strong references after every packet ended");
        }
    }

    /** The text of an operation's answer: what the gets answered, and the references the stream has after them. */
    static String answer(String answers, int streamReferences) {
        return answers + ", stream refs " + streamReferences;
    }

    private String handOffTo(ComThread receiver, Iid iid, int extraRefs, boolean ownApartment) {
        ComResult<MarshalStream> made = streams.marshalInStream(fixture.owner, GitFixture.ITarget, target);
        if (!made.succeeded()) {
            return made.hr().name();
        }
        MarshalStream stream = made.value();
        for (int i = 0; i < extraRefs; i++) {
            stream.addRef();
        }
        String got = named(receiver, streams.getInterfaceAndReleaseStream(receiver, stream, iid), ownApartment);
        String result = answer(got, stream.refCount());
        for (int i = 0; i < extraRefs; i++) {
            stream.release();
        }
        return result;
    }

    /** Names the answer and gives the pointer back at once: raw or proxy must match the apartment. */
    private static String named(ComThread receiver, ComResult<InterfacePointer> got, boolean ownApartment) {
        if (!got.succeeded()) {
            return got.hr().name();
        }
        InterfacePointer pointer = got.value();
        boolean raw = !(pointer instanceof Proxy);
        pointer.release(receiver);
        return raw == ownApartment ? HResult.S_OK.name() : WRONG_POINTER;
    }

    /** Runs in a world of the implementation currently under test. */
    public static final class UnderTest extends InterThreadStreamsOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected RuntimeHelpers helpers() {
            return ImplementationUnderTest.current();
        }
    }
}
