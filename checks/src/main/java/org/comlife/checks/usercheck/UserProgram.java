package org.comlife.checks.usercheck;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;

/**
 * A user's program, loaded and built once to be sure it can be: its class, the parameters it
 * read (with the values it got), and {@link #program()}, which makes a fresh instance of the
 * class for every run, so that no run sees another's fields and runs side by side do not share
 * an instance.
 */
public final class UserProgram {
    private final ProgramClass named;
    private final Constructor<? extends Program> constructor;
    private final boolean takesParameters;
    private final String parametersRead;

    UserProgram(ProgramClass named, Constructor<? extends Program> constructor, boolean takesParameters,
                String parametersRead) {
        this.named = named;
        this.constructor = constructor;
        this.takesParameters = takesParameters;
        this.parametersRead = parametersRead;
    }

    /** What the user named: the class, its class path, the parameters as set. */
    public ProgramClass named() {
        return named;
    }

    /** The program's class. */
    public Class<? extends Program> type() {
        return constructor.getDeclaringClass();
    }

    /** The fully qualified class name: the report's row id. */
    public String id() {
        return named.className();
    }

    /** The parameters the program read, as {@code name=value, ...} with defaults; empty when none. */
    public String parametersRead() {
        return parametersRead;
    }

    /** The class and the parameters it ran with, e.g. "com.example.TallyCheck (clients=2, adds=1)". */
    public String title() {
        return parametersRead.isEmpty() ? id() : id() + " (" + parametersRead + ")";
    }

    /**
     * The program as the engines run it: each start builds a fresh instance and starts it, its
     * threads passed through {@link ProgramThreads}.
     */
    public Program program() {
        return (world, threads) -> newInstance().start(world, new ProgramThreads(threads));
    }

    /** A fresh instance; a constructor that throws now, though it did not at load time, is the program's failure. */
    Program newInstance() {
        try {
            return takesParameters ? constructor.newInstance(named.parameters().fresh()) : constructor.newInstance();
        } catch (InvocationTargetException thrown) {
            throw new IllegalStateException(id() + "'s constructor threw " + UserCodeFailure.describe(thrown.getCause(), id()),
                    thrown.getCause());
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("cannot create " + id() + ": " + failed, failed);
        }
    }

    /** The instance made at load time, to read what it read. */
    static Program instantiate(Constructor<? extends Program> constructor, boolean takesParameters,
                               ProgramParameters parameters) throws ReflectiveOperationException {
        return takesParameters ? constructor.newInstance(parameters) : constructor.newInstance();
    }

    @Override
    public String toString() {
        return title();
    }
}
