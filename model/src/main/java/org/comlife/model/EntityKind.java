package org.comlife.model;

/**
 * The kinds of entity a world numbers as it makes them: what an {@link EntityRef} designates.
 * Processes, threads and events are known by their names instead.
 */
public enum EntityKind {
    APARTMENT,
    OBJECT,
    /** The stub of an object exported from its apartment. */
    STUB,
    PROXY,
    STREAM,
    /** A marshal packet written into a stream (or returned from a call). */
    PACKET,
    /** The cookie of a class registration (CoRegisterClassObject). */
    CLASS_REGISTRATION,
    /** The cookie of a Global Interface Table entry (RegisterInterfaceInGlobal). */
    GIT_COOKIE,
    /**
     * A logical thread of a group the program declared interchangeable: numbered only by an
     * explorer's symmetry reduction, which renames them like the other entities.
     */
    THREAD
}
