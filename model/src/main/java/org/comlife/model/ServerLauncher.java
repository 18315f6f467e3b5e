package org.comlife.model;

/**
 * How the SCM starts a server program for a class (the LocalServer32 entry): it creates the
 * process and starts its threads, which register their class objects. The SCM then waits for
 * the class to be published, or for the process to exit.
 */
@FunctionalInterface
public interface ServerLauncher {

    /** Starts a new server process in the world and returns it (its threads may still be starting). */
    ComProcess launch(ComWorld world);
}
