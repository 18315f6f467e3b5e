package org.comlife.model.program;

import org.comlife.model.ComWorld;

/**
 * A concurrent program over the model: your design (clients, servers, the threads that make COM
 * calls, the objects whose code decides when to shut down), written so that every engine of
 * comlife can hunt it. {@link #start} creates the program's processes, threads and events,
 * registers the servers the SCM launches, starts each logical thread's body through the
 * starter, and returns at once; the bodies then run under whichever engine checks the program.
 *
 * <p>To check your own program, write a public class implementing this interface with a public
 * constructor taking {@link ProgramParameters} (or none), and run {@code comlife check} on it,
 * or call it from your tests; the package documentation is the guide. comlife makes a fresh
 * instance for every run, so the instance's fields are that run's own.
 *
 * <p>The examples' {@code start} methods are programs too ({@code VsPackageExample::start}).
 */
@FunctionalInterface
public interface Program {

    /**
     * Creates the program's processes, threads and events in the world, and starts every
     * logical thread through {@code threads}; returns without making any COM call itself.
     */
    void start(ComWorld world, ThreadStarter threads);
}
