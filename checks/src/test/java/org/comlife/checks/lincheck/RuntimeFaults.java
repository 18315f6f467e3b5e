package org.comlife.checks.lincheck;

import org.comlife.checks.faults.runtime.NonAtomicUnmarshalOnceMarshaler;
import org.comlife.checks.faults.runtime.RevokeRacesGetGlobalInterfaceTable;
import org.comlife.checks.faults.runtime.SplitReleaseServerProcessCount;
import org.comlife.model.runtime.RuntimeHelpers;

/** The three seeded runtime faults of the Lincheck tier, each with the helper check that must catch it. */
enum RuntimeFaults {
    SPLIT_RELEASE(HelperCheck.SERVER_PROCESS_COUNT,
            RuntimeHelpers.reference().withServerProcessCount("split-release", SplitReleaseServerProcessCount::new)),
    NON_ATOMIC_UNMARSHAL_ONCE(HelperCheck.UNMARSHAL_ONCE_PACKET,
            RuntimeHelpers.reference().withMarshaler("non-atomic-unmarshal-once", NonAtomicUnmarshalOnceMarshaler::new)),
    GIT_REVOKE_RACES_GET(HelperCheck.GLOBAL_INTERFACE_TABLE,
            RuntimeHelpers.reference().withGlobalInterfaceTable("revoke-races-get",
                    RevokeRacesGetGlobalInterfaceTable::new));

    final HelperCheck check;
    final RuntimeHelpers implementation;

    RuntimeFaults(HelperCheck check, RuntimeHelpers implementation) {
        this.check = check;
        this.implementation = implementation;
    }
}
