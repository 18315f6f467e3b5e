package org.comlife.checks.matrix;

import org.comlife.checks.faults.EngineClaim;
import org.comlife.checks.faults.Fault;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * One engine of the matrix: it checks an implementation believed correct (it must find
 * nothing) and hunts each fault of the catalogue (it should find it when it claims it).
 */
public interface Engine {

    /** Which engine this is: its id, name and description, as the catalogue's claims name it. */
    EngineId id();

    /** Null when the engine can run here; otherwise why not and how to make it run. */
    String unavailableReason();

    /** Checks the implementation on the programs it is meant to pass: any finding is a violation in the implementation. */
    EngineFinding checkImplementation(RuntimeHelpers implementation);

    /** Hunts one fault: its program with its helpers, or whatever the fault's entry gives this engine. */
    EngineFinding hunt(Fault fault);

    /**
     * Whether the engine instruments classes already loaded in this JVM and restores them after
     * each run (Lincheck does, per test), which discards their compiled code: the matrix runs such
     * an engine's column before the others.
     */
    default boolean retransformsLoadedClasses() {
        return false;
    }

    /**
     * Called when the matrix has run this engine's column: an engine that left the JVM in a state
     * that slows the others (Lincheck's instrumentation kept installed) puts it back.
     */
    default void columnFinished() {
    }

    /**
     * Null when the engine hunts the fault; otherwise why it does not run on it at all: the fault
     * is out of its reach, as the fault's entry says. The matrix reports a skipped cell with this
     * reason, never a clean run; running it would only spend the hunt's time on a search that
     * cannot find the fault.
     */
    default String skipReason(Fault fault) {
        EngineClaim claim = fault.claimOf(id());
        return claim.isOutOfReach() ? claim.describe() : null;
    }
}
