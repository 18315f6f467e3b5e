package org.comlife.specs.invariants;

import java.util.List;
import org.comlife.model.Invariant;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * The named properties every engine checks, each with the invariant it protects, when it is
 * checked, and a sentence a reviewer can read. The state predicates are here; what only an
 * event can show (a released stream used, a call on the wrong thread) is found by the model's
 * sanitizer and reported under {@link #SANITIZER}.
 */
public enum Property {
    SANITIZER(null, Phase.ALWAYS, "The model's own sanitizer recorded no misuse.", state -> List.of()),
    SERVER_COUNT_NOT_NEGATIVE(Invariant.SERVER_COUNT, Phase.ALWAYS,
            "No process's server-process count is below zero.", ServerLifetimeChecks::countNotNegative),
    SUSPENDED_WHEN_COMMITTED(Invariant.SERVER_COUNT, Phase.ALWAYS,
            "A process that committed shutdown has its class objects suspended.",
            ServerLifetimeChecks::suspendedWhenCommitted),
    NO_REFERENCE_INTO_STOPPING_SERVER(Invariant.NO_PREMATURE_SHUTDOWN, Phase.ALWAYS,
            "No client holds a reference into a server that committed shutdown or exited.",
            ServerLifetimeChecks::noReferenceIntoStoppingServer),
    FACTORY_REFERENCE_HOLDS_LOCK(Invariant.FACTORY_LOCKS_SERVER, Phase.ALWAYS,
            "A server whose class factory is held by a client counts at least one server reference.",
            ServerLifetimeChecks::factoryReferenceHoldsLock),
    NORMAL_PACKETS_ENDED(Invariant.PACKET_ENDS_ONCE, Phase.AT_END,
            "At the end every NORMAL packet has been unmarshaled, released, or torn down with its apartment.",
            MarshalingChecks::normalPacketsEnded),
    STREAM_COUNT_NOT_NEGATIVE(Invariant.STREAM_LIFETIME, Phase.ALWAYS,
            "No stream's reference count is below zero.", MarshalingChecks::streamCountNotNegative),
    NO_EMPTY_STREAM_LEFT(Invariant.STREAM_LIFETIME, Phase.AT_END,
            "At the end no stream that never held a packet is still held: a failed marshal frees the stream it made.",
            MarshalingChecks::noEmptyStreamLeft),
    NOT_DEADLOCKED(Invariant.STA_DISPATCH, Phase.ALWAYS,
            "The world never reached a state where every thread waits and none can proceed.",
            SchedulingChecks::notDeadlocked),
    NO_UNDISPATCHED_CALL(Invariant.STA_DISPATCH, Phase.AT_END,
            "At the end no call waits in the queue of a live STA.", SchedulingChecks::noUndispatchedCall),
    RELEASED_SERVER_EXITED(Invariant.NO_LEAK, Phase.AT_END,
            "At the end every server process that no client references has exited.",
            ServerLifetimeChecks::releasedServerExited),
    NO_LIVE_STUB_OF_DESTROYED_OBJECT(Invariant.OBJECT_LIFETIME, Phase.ALWAYS,
            "No stub that still serves calls refers to a destroyed object.",
            MarshalingChecks::noLiveStubOfDestroyedObject);

    private final Invariant invariant;
    private final Phase phase;
    private final String sentence;
    private final PropertyCheck check;

    Property(Invariant invariant, Phase phase, String sentence, PropertyCheck check) {
        this.invariant = invariant;
        this.phase = phase;
        this.sentence = sentence;
        this.check = check;
    }

    /** The invariant protected; null for {@link #SANITIZER}, which reports each violation under its own. */
    public Invariant invariant() {
        return invariant;
    }

    public Phase phase() {
        return phase;
    }

    public String sentence() {
        return sentence;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public List<String> failures(WorldSnapshot state) {
        return check.failures(state);
    }
}
