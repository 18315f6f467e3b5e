package org.comlife.checks.lincheck;

import org.comlife.model.HResult;
import org.comlife.specs.sequential.SequentialGlobalInterfaceTable;

/** {@link GlobalInterfaceTableOperations} one call at a time, over {@link SequentialGlobalInterfaceTable}. */
public final class GlobalInterfaceTableSpecification {
    private final SequentialGlobalInterfaceTable git = new SequentialGlobalInterfaceTable();

    public GlobalInterfaceTableSpecification() {
        git.registerAs(0);
        git.registerAs(1);
    }

    public String get(int entry) {
        return git.get(entry).name();
    }

    public String getInOwnApartment(int entry) {
        return git.get(entry).name();
    }

    /** An interface the object lacks: E_NOINTERFACE for a registered cookie, the cookie's refusal otherwise. */
    public String getUnsupported(int entry) {
        HResult hr = git.get(entry);
        return hr.succeeded() ? HResult.E_NOINTERFACE.name() : hr.name();
    }

    public String revoke(int entry) {
        return git.revoke(entry).name();
    }

    /** Registers under cookies the two entries never use. */
    public String register() {
        git.registerAs(100 + git.size());
        return HResult.S_OK.name();
    }

    public int entries() {
        return git.size();
    }

    /** The entries still registered, as {@link GlobalInterfaceTableOperations#state()} names them. */
    public String state() {
        return GlobalInterfaceTableOperations.registeredEntries(git.isRegistered(0), git.isRegistered(1));
    }
}
