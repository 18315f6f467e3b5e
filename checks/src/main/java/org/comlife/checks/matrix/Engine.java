package org.comlife.checks.matrix;

import org.comlife.checks.faults.Fault;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * One engine of the matrix: it checks an implementation believed correct (it must find
 * nothing) and hunts each fault of the catalogue (it should find it when it claims it).
 */
public interface Engine {

    /** The id the catalogue's claims use ({@link org.comlife.checks.faults.EngineIds}). */
    String id();

    String name();

    String description();

    /** Null when the engine can run here; otherwise why not and how to make it run. */
    String unavailableReason();

    /** Checks the implementation on the programs it is meant to pass: any finding is a false alarm. */
    EngineFinding checkImplementation(RuntimeHelpers implementation);

    /** Hunts one fault: its program with its helpers. */
    EngineFinding hunt(Fault fault);
}
