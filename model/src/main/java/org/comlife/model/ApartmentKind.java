package org.comlife.model;

/**
 * The two apartment models. As the argument of {@code CoInitializeEx} these are
 * COINIT_APARTMENTTHREADED (STA) and COINIT_MULTITHREADED (MTA).
 */
public enum ApartmentKind {
    /** Single-threaded apartment: one owner thread, a message queue, calls run when it pumps. */
    STA,
    /** The multithreaded apartment: one per process; calls into it run on RPC worker threads. */
    MTA
}
