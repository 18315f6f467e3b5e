package org.comlife.model;

/**
 * Which part of an entity's state an access touched (see {@link StateAccess}). Parts of one
 * entity that no step reads together are kept apart, so that a step changing one does not
 * look as if it touched the other.
 */
public enum StatePart {
    /** A thread's wait: its mode, what it waits for, the STA it dispatches while it waits. */
    THREAD_WAIT,
    /** A thread's apartment: the one it joined and its CoInitialize count. */
    THREAD_APARTMENT,
    /** A process's lifetime: exited, shutdown committed, resumed, ever published. */
    PROCESS_LIFETIME,
    /** A process's apartments: the list, its MTA and the MTA's members. */
    PROCESS_APARTMENTS,
    /** A process's threads (appended when a launched server starts them). */
    PROCESS_THREADS,
    /**
     * The references clients hold into a process (its proxies in the live apartments of other
     * running processes), as the ghost checks of invariant 2 read them: an explorer takes a read
     * of it as a read of what the invariants observe of the process, which every step that changes
     * how many references are held writes.
     */
    CLIENT_REFERENCES,
    /** A process's record of the GIT cookies revoked (ghost state of invariant 9). */
    PROCESS_GIT_REVOKES,
    /** A process's server-process count helper, whatever its implementation keeps. */
    SERVER_COUNT,
    /** A process's class table helper. */
    CLASS_TABLE,
    /** A process's marshaler helper, when its implementation keeps state of its own. */
    MARSHALER,
    /** A process's Global Interface Table helper. */
    GIT,
    /** A process's inter-thread stream helper, when its implementation keeps state of its own. */
    INTER_THREAD_STREAMS,
    /** A process's proxy-dispatch helper, when its implementation keeps state of its own. */
    PROXY_DISPATCH,
    APARTMENT_ALIVE,
    /** An STA's message queue and its WM_QUIT flag. */
    APARTMENT_QUEUE,
    APARTMENT_STUBS,
    APARTMENT_PROXIES,
    OBJECT_REFS,
    /** An object's own state, which its code (every call into it, its final release) may touch. */
    OBJECT_CODE,
    STUB,
    PROXY,
    STREAM,
    PACKET,
    REGISTRATION,
    EVENT,
    /** A posted call's reply. */
    POSTED_CALL,
    SCM_LAUNCHERS,
    SCM_LAUNCHES,
    WORLD_PROCESSES,
    WORLD_THREADS,
    WORLD_DEADLOCK,
    /**
     * Whether every thread is stuck (the deadlock watchdog's question): read as a whole by a
     * thread about to wait, written by a step after which every thread is stuck. Asking it
     * reads no thread's wait in particular: while one thread other than the asker can go on,
     * the answer is no, whatever order the others' steps come in.
     */
    WORLD_ALL_STUCK,
    /** A process's class-object activation helper, when its implementation keeps state of its own. */
    CLASS_OBJECT_ACTIVATION
}
