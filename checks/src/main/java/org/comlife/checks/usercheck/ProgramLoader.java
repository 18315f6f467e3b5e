package org.comlife.checks.usercheck;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.impl.ImplementationLoadException;
import org.comlife.checks.impl.ImplementationLoader;
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;

/**
 * Loads a user's program by class name and builds one instance, so that a class that is not a
 * program, cannot be built, or is given parameters it does not read is refused here with a
 * clear message and not in the middle of a check. A program is a public, concrete class
 * implementing {@link Program} with a public constructor taking {@link ProgramParameters}, or a
 * public no-argument constructor (then it takes no parameters); a nested class must be static.
 */
public final class ProgramLoader {
    private ProgramLoader() {
    }

    /** Loads the program from comlife's class path plus the jars and folders it names. */
    public static UserProgram load(ProgramClass named) throws ProgramRejected {
        return load(named, classLoader(named.classpath()));
    }

    /** Loads the program with the given class loader. */
    public static UserProgram load(ProgramClass named, ClassLoader loader) throws ProgramRejected {
        Class<?> type = loadClass(named.className(), loader);
        Class<? extends Program> program = asProgram(type);
        boolean takesParameters = true;
        Constructor<? extends Program> constructor;
        try {
            constructor = program.getConstructor(ProgramParameters.class);
        } catch (NoSuchMethodException noParameters) {
            takesParameters = false;
            constructor = noArgConstructor(program);
        }
        ProgramParameters parameters = named.parameters().fresh();
        if (!takesParameters && !parameters.givenNames().isEmpty()) {
            throw new ProgramRejected(named.className() + " takes no parameters (its constructor takes no "
                    + "ProgramParameters), but " + parameters.describeGiven() + " was given");
        }
        try {
            UserProgram.instantiate(constructor, takesParameters, parameters);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            throw new ProgramRejected(cause instanceof IllegalArgumentException && takesParameters
                    ? named.className() + ": " + cause.getMessage()
                    : named.className() + "'s constructor threw " + UserCodeFailure.describe(cause, named.className()), cause);
        } catch (ReflectiveOperationException | LinkageError failed) {
            throw new ProgramRejected("cannot create " + named.className() + ": " + failed, failed);
        }
        if (!parameters.unreadNames().isEmpty()) {
            List<String> read = parameters.readNames();
            throw new ProgramRejected(named.className() + " has no parameter " + String.join(", ",
                    parameters.unreadNames()) + (read.isEmpty() ? "; it reads none"
                    : "; it reads " + String.join(", ", read)));
        }
        return new UserProgram(named, constructor, takesParameters, parameters.describeRead());
    }

    private static Class<?> loadClass(String className, ClassLoader loader) throws ProgramRejected {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException missing) {
            throw new ProgramRejected("class " + className + " not found on the class path"
                    + " (give its jar or folder with --classpath)");
        } catch (ExceptionInInitializerError broken) {
            throw new ProgramRejected("class " + className + " could not be initialized: its static "
                    + "initializer threw " + UserCodeFailure.describe(broken.getCause(), className), broken);
        } catch (LinkageError broken) {
            throw new ProgramRejected("class " + className + " could not be loaded: " + broken, broken);
        }
    }

    private static Class<? extends Program> asProgram(Class<?> type) throws ProgramRejected {
        if (!Program.class.isAssignableFrom(type)) {
            throw new ProgramRejected(type.getName() + " is not a comlife program: it must implement "
                    + Program.class.getName());
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new ProgramRejected(type.getName() + " is abstract: name a concrete class implementing Program");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new ProgramRejected(type.getName() + " must be public");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new ProgramRejected(type.getName() + " is an inner class: make it static");
        }
        return type.asSubclass(Program.class);
    }

    private static Constructor<? extends Program> noArgConstructor(Class<? extends Program> type)
            throws ProgramRejected {
        try {
            return type.getConstructor();
        } catch (NoSuchMethodException missing) {
            throw new ProgramRejected(type.getName() + " needs a public constructor taking ProgramParameters, "
                    + "or a public constructor taking nothing");
        }
    }

    /** comlife's class loader, with the entries put on this JVM's class path as {@code --impl}'s are. */
    private static ClassLoader classLoader(List<Path> classpath) throws ProgramRejected {
        List<String> entries = new ArrayList<>();
        for (Path entry : classpath) {
            entries.add(entry.toString());
        }
        try {
            return ImplementationLoader.userClassLoader(entries);
        } catch (ImplementationLoadException problem) {
            throw new ProgramRejected(problem.getMessage(), problem);
        }
    }
}
