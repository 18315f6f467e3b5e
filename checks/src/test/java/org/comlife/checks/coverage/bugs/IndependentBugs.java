package org.comlife.checks.coverage.bugs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.matrix.EngineId;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Helper implementations written apart from the engines, each with one realistic bug in a
 * behaviour the catalogue's faults never touch, as the runtime a user would hand to
 * {@code comlife hunt --impl}: first the escapes of the coverage issue, then bugs written as a
 * subclass of a reference helper that replaces one step, loaded by class name as the command
 * loads them.
 */
public final class IndependentBugs {
    private IndependentBugs() {
    }

    /**
     * One buggy implementation: its name, the runtime with it in place, the Lincheck check of its
     * helper, and the engines of the reference row measured to catch it (the property engine's
     * chains are random and judge server-side timing only through the invariants, so it catches
     * some; JPF, an optional tier, is measured apart).
     */
    public record Bug(String name, RuntimeHelpers helpers, HelperCheck lincheck, Set<EngineId> caughtBy) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Bug> all() {
        RuntimeHelpers reference = RuntimeHelpers.reference();
        return List.of(
                new Bug("suspend-only-at-zero", reference.withServerProcessCount("suspend-only-at-zero",
                        SuspendOnlyAtZeroCount::new), HelperCheck.SERVER_PROCESS_COUNT, BY_EXPLORER_AND_LINCHECK),
                new Bug("revoke-leaves-published", reference.withClassTable("revoke-leaves-published",
                        RevokeLeavesPublishedTable::new), HelperCheck.CLASS_TABLE, BY_EXPLORER_AND_LINCHECK),
                new Bug("single-use-serves-again", reference.withClassTable("single-use-serves-again",
                        SingleUseServesAgainTable::new), HelperCheck.CLASS_TABLE, BY_EXPLORER_AND_LINCHECK),
                new Bug("resume-publishes-one", reference.withClassTable("resume-publishes-one",
                        ResumePublishesOneTable::new), HelperCheck.CLASS_TABLE, BY_EXPLORER_AND_LINCHECK),
                new Bug("weak-as-strong", reference.withMarshaler("weak-as-strong", WeakAsStrongMarshaler::new),
                        HelperCheck.MARSHAL_PACKETS, BY_ALL_THREE),
                new Bug("proxy-in-own-apartment", reference.withMarshaler("proxy-in-own-apartment",
                        ProxyInOwnApartmentMarshaler::new), HelperCheck.MARSHAL_PACKETS, BY_ALL_THREE),
                new Bug("unsupported-iid-leaks", reference.withMarshaler("unsupported-iid-leaks",
                        UnsupportedIidLeaksMarshaler::new), HelperCheck.MARSHAL_PACKETS, BY_ALL_THREE),
                loaded(ReleaseReturnsOldCount.class, HelperCheck.SERVER_PROCESS_COUNT, BY_ALL_THREE),
                loaded(LockIgnoresSuspensionCount.class, HelperCheck.SERVER_PROCESS_COUNT, BY_ALL_THREE),
                loaded(EveryUseSingleTable.class, HelperCheck.CLASS_TABLE, BY_EXPLORER_AND_LINCHECK),
                loaded(ClaimIgnoresPublishTable.class, HelperCheck.CLASS_TABLE, BY_ALL_THREE),
                loaded(SameApartmentKeepsStubRefsMarshaler.class, HelperCheck.MARSHAL_PACKETS,
                        BY_EXPLORER_AND_LINCHECK),
                loaded(StrongReleaseTwiceMarshaler.class, HelperCheck.MARSHAL_PACKETS, BY_LINCHECK_AND_PROPERTY),
                loaded(TableUnmarshalLendsRefMarshaler.class, HelperCheck.MARSHAL_PACKETS, BY_ALL_THREE),
                loaded(RevokeKeepsMarshalDataTable.class, HelperCheck.GLOBAL_INTERFACE_TABLE, BY_ALL_THREE),
                loaded(RevokeLeavesEntryTable.class, HelperCheck.GLOBAL_INTERFACE_TABLE, BY_ALL_THREE),
                loaded(UnrewoundStreams.class, HelperCheck.INTER_THREAD_STREAMS, BY_ALL_THREE),
                loaded(ReleaseFirstStreams.class, HelperCheck.INTER_THREAD_STREAMS, BY_ALL_THREE),
                loaded(UnlockAtUnmarshalActivation.class, HelperCheck.CLASS_OBJECT_ACTIVATION, BY_ALL_THREE),
                loaded(LockFirstLeaksActivation.class, HelperCheck.CLASS_OBJECT_ACTIVATION, BY_ALL_THREE));
    }

    private static final Set<EngineId> BY_EXPLORER_AND_LINCHECK = EnumSet.of(EngineId.EXHAUSTIVE, EngineId.LINCHECK);
    private static final Set<EngineId> BY_LINCHECK_AND_PROPERTY = EnumSet.of(EngineId.LINCHECK, EngineId.PROPERTY);
    private static final Set<EngineId> BY_ALL_THREE = EnumSet.of(EngineId.EXHAUSTIVE, EngineId.LINCHECK,
            EngineId.PROPERTY);

    /** A bug written as a class of its own, loaded by name the way {@code hunt --impl} loads it. */
    private static Bug loaded(Class<?> type, HelperCheck lincheck, Set<EngineId> caughtBy) {
        try {
            return new Bug(type.getSimpleName(), ImplementationLoader.load(type.getName(), List.of()), lincheck,
                    caughtBy);
        } catch (ImplementationLoadException unloadable) {
            throw new IllegalStateException(unloadable.getMessage(), unloadable);
        }
    }
}
