package org.comlife.checks.lincheck;

import java.util.List;
import org.comlife.model.ComObject;
import org.comlife.model.ComResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Proxy;
import org.comlife.model.runtime.GlobalInterfaceTable;
import org.comlife.model.runtime.RuntimeHelpers;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The GIT of a real model process as Lincheck drives it: two entries, each the only reference
 * to its own object of the owner's STA, fetched and revoked from the MTA.
 *
 * <p>Claimed linearizable against {@link GlobalInterfaceTableSpecification}: a get answers
 * S_OK with a connected proxy while the entry exists and E_INVALIDARG once it was revoked; a
 * revoke answers S_OK once and E_INVALIDARG after. Any other answer (a disconnected pointer,
 * CO_E_OBJNOTCONNECTED) has no sequential explanation. Left out: register, which runs in the
 * set-up (cookies are the model's and would differ from run to run), and what the caller does
 * with the pointer after the call.
 */
@Param(name = "entry", gen = IntGen.class, conf = "0:1")
public abstract class GlobalInterfaceTableOperations {
    /** The answer of a get that handed out a pointer whose object is already disconnected. */
    public static final String DISCONNECTED = "S_OK but disconnected";

    private final GitFixture fixture = new GitFixture(helpers());
    private final GlobalInterfaceTable git = fixture.process.globalInterfaceTable();
    private final int[] cookies = new int[2];

    protected GlobalInterfaceTableOperations() {
        for (int entry = 0; entry < cookies.length; entry++) {
            ComObject target = fixture.newTarget();
            cookies[entry] = git.register(fixture.owner, target, GitFixture.ITarget).value();
            target.release(fixture.owner);
        }
    }

    /** The runtime whose GIT is under test. */
    protected abstract RuntimeHelpers helpers();

    @Operation(params = "entry")
    public String get(int entry) {
        ComResult<InterfacePointer> fetched = git.get(fixture.worker, cookies[entry], GitFixture.ITarget);
        if (!fetched.succeeded()) {
            return fetched.hr().name();
        }
        InterfacePointer pointer = fetched.value();
        boolean connected = pointer instanceof Proxy && ((Proxy) pointer).isConnected()
                && !((Proxy) pointer).stub().isDisconnected();
        pointer.release(fixture.worker);
        return connected ? fetched.hr().name() : DISCONNECTED;
    }

    @Operation(params = "entry")
    public String revoke(int entry) {
        return git.revoke(fixture.worker, cookies[entry]).name();
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
