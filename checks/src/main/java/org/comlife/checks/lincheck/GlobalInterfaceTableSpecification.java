package org.comlife.checks.lincheck;

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

    public String revoke(int entry) {
        return git.revoke(entry).name();
    }

    /** The entries still registered, as {@link GlobalInterfaceTableOperations#state()} names them. */
    public String state() {
        return GlobalInterfaceTableOperations.registeredEntries(git.isRegistered(0), git.isRegistered(1));
    }
}
