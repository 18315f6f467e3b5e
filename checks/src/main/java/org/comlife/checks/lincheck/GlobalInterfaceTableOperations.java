package org.comlife.checks.lincheck;

import java.util.List;
import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Proxy;
import org.comlife.model.runtime.GlobalInterfaceTable;
import org.comlife.model.runtime.RuntimeHelpers;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * The GIT of a real model process as Lincheck drives it: two entries, each the only reference
 * to its own object of the owner's STA, fetched from the MTA and from the owner's own
 * apartment, and revoked; and further objects registered while that goes on.
 *
 * <p>Claimed linearizable against {@link GlobalInterfaceTableSpecification}, one line per operation:
 * <ul>
 * <li>{@code get}: S_OK with a connected proxy while the entry exists, E_INVALIDARG once it was revoked;</li>
 * <li>{@code getInOwnApartment}: the same answers, with the raw object (no proxy in the object's own apartment);</li>
 * <li>{@code getUnsupported}: E_NOINTERFACE while the entry exists, E_INVALIDARG once it was revoked;</li>
 * <li>{@code revoke}: S_OK once, E_INVALIDARG after;</li>
 * <li>{@code register}: a new object is registered under a new cookie: S_OK;</li>
 * <li>{@code entries}: how many cookies the table holds.</li>
 * </ul>
 * Any other answer (a disconnected pointer, CO_E_OBJNOTCONNECTED) has no sequential
 * explanation. And after every scenario (a validation, every pointer having been released): each
 * registered entry's object is held by exactly the one strong reference of its TABLESTRONG
 * packet and a revoked one by none, so a get that leaked a reference fails. Left out: the
 * cookies' values (the model's, and they differ from run to run) and what the caller does with
 * the pointer after the call.
 */
@Param(name = "entry", gen = IntGen.class, conf = "0:1")
public abstract class GlobalInterfaceTableOperations {
    /** The answer of a get that handed out a pointer whose object is already disconnected. */
    public static final String DISCONNECTED = "S_OK but disconnected";
    /** The answer of a get that handed out a proxy in the object's own apartment, or the raw object in another. */
    public static final String WRONG_POINTER = "S_OK with the wrong kind of pointer";

    private final GitFixture fixture = new GitFixture(helpers());
    private final GlobalInterfaceTable git = fixture.process.globalInterfaceTable();
    private final ComObject[] targets = new ComObject[2];
    private final int[] cookies = new int[2];

    protected GlobalInterfaceTableOperations() {
        for (int entry = 0; entry < cookies.length; entry++) {
            targets[entry] = fixture.newTarget();
            cookies[entry] = git.register(fixture.owner, targets[entry], GitFixture.ITarget).value();
            targets[entry].release(fixture.owner);
        }
    }

    /** The runtime whose GIT is under test. */
    protected abstract RuntimeHelpers helpers();

    @Operation(params = "entry")
    public String get(int entry) {
        return getAs(fixture.worker, entry, GitFixture.ITarget);
    }

    @Operation(params = "entry")
    public String getInOwnApartment(int entry) {
        return getAs(fixture.owner, entry, GitFixture.ITarget);
    }

    @Operation(params = "entry")
    public String getUnsupported(int entry) {
        return getAs(fixture.worker, entry, GitFixture.IUnsupported);
    }

    @Operation(params = "entry")
    public String revoke(int entry) {
        return git.revoke(fixture.worker, cookies[entry]).name();
    }

    /** Registers one more object (its cookie is not used again). */
    @Operation
    public String register() {
        ComObject target = fixture.newTarget();
        ComResult<Integer> cookie = git.register(fixture.owner, target, GitFixture.ITarget);
        target.release(fixture.owner);
        return cookie.hr().name();
    }

    @Operation
    public int entries() {
        return git.cookies().size();
    }

    /** After the scenario: each of the two entries' objects is held by its packet alone while registered. */
    @Validate
    public void entriesHoldOneReferenceEach() {
        List<Integer> registered = git.cookies();
        for (int entry = 0; entry < cookies.length; entry++) {
            int expected = registered.contains(cookies[entry]) ? 1 : 0;
            int held = fixture.strongReferences(targets[entry]);
            if (held != expected) {
                throw new IllegalStateException("entry " + entry + "'s object has " + held
                        + " strong references on its stub; its registration accounts for " + expected);
            }
        }
    }

    /** The entries still registered, for checks that compare end states too (not an operation). */
    public String state() {
        List<Integer> registered = git.cookies();
        return registeredEntries(registered.contains(cookies[0]), registered.contains(cookies[1]));
    }

    /** How {@link #state()} names the entries still registered, e.g. "registered entries: 1". */
    static String registeredEntries(boolean first, boolean second) {
        String entries = first && second ? "0, 1" : first ? "0" : second ? "1" : "none";
        return "registered entries: " + entries;
    }

    /** Fetches, gives the pointer back at once, and names the answer (raw in the owner's apartment, else a connected proxy). */
    private String getAs(ComThread caller, int entry, Iid iid) {
        ComResult<InterfacePointer> fetched = git.get(caller, cookies[entry], iid);
        if (!fetched.succeeded()) {
            return fetched.hr().name();
        }
        InterfacePointer pointer = fetched.value();
        boolean ownApartment = caller == fixture.owner;
        boolean rightKind = ownApartment != (pointer instanceof Proxy);
        boolean connected = !(pointer instanceof Proxy) || (((Proxy) pointer).isConnected()
                && !((Proxy) pointer).stub().isDisconnected());
        pointer.release(caller);
        return !rightKind ? WRONG_POINTER : connected ? fetched.hr().name() : DISCONNECTED;
    }

    /** Runs in a world of the implementation currently under test. */
    public static final class UnderTest extends GlobalInterfaceTableOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected RuntimeHelpers helpers() {
            return ImplementationUnderTest.current();
        }
    }
}
