package org.comlife.checks.jpf.race;

import java.util.function.Supplier;
import org.comlife.checks.lincheck.GlobalInterfaceTableOperations;
import org.comlife.checks.lincheck.GlobalInterfaceTableSpecification;
import org.comlife.checks.lincheck.ImplementationUnderTest;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The GIT of a real model process in a helper race: Lincheck's
 * {@link GlobalInterfaceTableOperations} (two entries, fetched and revoked from the MTA) against
 * {@link GlobalInterfaceTableSpecification}: a get answers S_OK with a connected proxy before the
 * revoke and E_INVALIDARG after it, nothing else. This code runs inside JPF.
 */
final class GlobalInterfaceTableRace {
    /** GetInterfaceFromGlobal of the first entry. */
    static final String GET = "get(0)";
    /** RevokeInterfaceFromGlobal of the first entry. */
    static final String REVOKE = "revoke(0)";
    private static final int ENTRY = 0;

    private GlobalInterfaceTableRace() {
    }

    /** A fresh GIT of the given runtime with its two entries, set up the way Lincheck sets it up. */
    static RacedHelper underTest(RuntimeHelpers helpers) {
        GlobalInterfaceTableOperations git = ImplementationUnderTest.with(helpers,
                () -> new GlobalInterfaceTableOperations.UnderTest()).value();
        return raced(() -> git.get(ENTRY), () -> git.revoke(ENTRY), git::state);
    }

    /** The sequential GIT with the same two entries. */
    static RacedHelper specification() {
        GlobalInterfaceTableSpecification git = new GlobalInterfaceTableSpecification();
        return raced(() -> git.get(ENTRY), () -> git.revoke(ENTRY), git::state);
    }

    private static RacedHelper raced(Supplier<String> get, Supplier<String> revoke, Supplier<String> state) {
        return new RacedOperations("the GIT", state).with(GET, get).with(REVOKE, revoke);
    }
}
