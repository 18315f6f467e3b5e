package org.comlife.model;

/**
 * Told of every read and write of the model's state while a world that has one runs: an
 * explorer uses it to learn which parts of the model each step touched, and so which steps of
 * different threads commute (partial-order reduction). A world made without one
 * ({@code new ComWorld(...)}) tells nobody and pays one null check per access.
 *
 * <p>Every mutable field of the model's entities is read and written through a method that
 * reports here (a test of the model fails on a field that is not, or that is not marked
 * {@link Untracked} with the reason it needs no report). The entity is the object that owns
 * the state (a {@link ComThread}, {@link ComProcess}, {@link Apartment}, {@link ComObject},
 * {@link StubManager}, {@link Proxy}, {@link MarshalStream}, {@link MarshalPacket},
 * {@link Registration}, {@link ComEvent}, {@link PostedCall}, the {@link Scm} or the
 * {@link ComWorld}); the part says which of its state.
 *
 * <p>It is called on the Java thread of the logical thread that makes the access, with model
 * locks held, and must not call back into the model.
 */
public interface StateAccess {

    /** The state was read. */
    void read(Object entity, StatePart part);

    /** The state was written (or read and written). */
    void write(Object entity, StatePart part);

    /**
     * Accesses from here until {@link #resume} are not reported: the model works out something
     * that is not state (the apartment a journal entry names).
     */
    void pause();

    /** Ends a {@link #pause}. */
    void resume();
}
