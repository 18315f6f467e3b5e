package org.comlife.checks.impl;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.comlife.model.runtime.ClassObjectActivation;
import org.comlife.model.runtime.ClassTable;
import org.comlife.model.runtime.GlobalInterfaceTable;
import org.comlife.model.runtime.InterThreadStreams;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ProxyDispatch;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.runtime.ServerProcessCount;

/**
 * Loads the implementation a user wants checked, by fully qualified class name, from the
 * classpath or from extra jars and folders, which are put on this JVM's class path so that every
 * engine sees the class as if it had been there from the start. The class is one of:
 * <ul>
 *   <li>a {@link ServerProcessCount}, {@link ClassTable} or {@link Marshaler} with a public
 *       no-argument constructor, or a {@link GlobalInterfaceTable} with a public constructor
 *       taking the process's {@link Marshaler}: it replaces that helper of the reference;</li>
 *   <li>an {@link InterThreadStreams} or a {@link ProxyDispatch} with a public no-argument
 *       constructor: likewise;</li>
 *   <li>a {@link ClassObjectActivation} with a public no-argument constructor: it replaces the
 *       activation path (claim, implicit lock, marshal out);</li>
 *   <li>a {@code Supplier<RuntimeHelpers>} with a public no-argument constructor: the whole
 *       runtime.</li>
 * </ul>
 * One instance is made at load time, so a broken class fails here with a clear message and
 * not in the middle of a check.
 */
public final class ImplementationLoader {
    /** The system property that names the implementation for the test suite. */
    public static final String PROPERTY = "comlife.impl";

    private ImplementationLoader() {
    }

    /** The implementation named by {@value #PROPERTY}, or the reference when it is not set. */
    public static RuntimeHelpers fromSystemProperty() throws ImplementationLoadException {
        String name = System.getProperty(PROPERTY);
        return name == null || name.isBlank() ? RuntimeHelpers.reference() : load(name, List.of());
    }

    /** Loads the class from the classpath plus the given jars or folders. */
    public static RuntimeHelpers load(String className, List<String> extraClasspath)
            throws ImplementationLoadException {
        // trim().isEmpty(), not isBlank(): this runs inside JPF too, whose String lacks isBlank.
        if (className == null || className.trim().isEmpty()) {
            throw new ImplementationLoadException("no implementation class named");
        }
        Class<?> type = loadClass(className.trim(), userClassLoader(extraClasspath));
        String name = type.getSimpleName();
        RuntimeHelpers reference = RuntimeHelpers.reference();
        if (ServerProcessCount.class.isAssignableFrom(type)) {
            Constructor<?> constructor = noArgConstructor(type);
            instantiate(constructor);
            return reference.withServerProcessCount(name, () -> (ServerProcessCount) newInstanceUnchecked(constructor));
        }
        if (ClassTable.class.isAssignableFrom(type)) {
            Constructor<?> constructor = noArgConstructor(type);
            instantiate(constructor);
            return reference.withClassTable(name, () -> (ClassTable) newInstanceUnchecked(constructor));
        }
        if (Marshaler.class.isAssignableFrom(type)) {
            Constructor<?> constructor = noArgConstructor(type);
            instantiate(constructor);
            return reference.withMarshaler(name, () -> (Marshaler) newInstanceUnchecked(constructor));
        }
        if (GlobalInterfaceTable.class.isAssignableFrom(type)) {
            Constructor<?> constructor;
            try {
                constructor = type.getConstructor(Marshaler.class);
            } catch (NoSuchMethodException missing) {
                throw new ImplementationLoadException(className + " needs a public constructor taking a Marshaler");
            }
            instantiate(constructor, reference.newMarshaler());
            return reference.withGlobalInterfaceTable(name,
                    marshaler -> (GlobalInterfaceTable) newInstanceUnchecked(constructor, marshaler));
        }
        RuntimeHelpers helper = noArgHelper(type, name, reference);
        if (helper != null) {
            return helper;
        }
        if (Supplier.class.isAssignableFrom(type)) {
            Object supplied = ((Supplier<?>) instantiate(noArgConstructor(type))).get();
            if (!(supplied instanceof RuntimeHelpers)) {
                throw new ImplementationLoadException(className + " is a Supplier but did not supply RuntimeHelpers");
            }
            return (RuntimeHelpers) supplied;
        }
        throw new ImplementationLoadException(className + " implements none of ServerProcessCount, ClassTable, "
                + "Marshaler, GlobalInterfaceTable, InterThreadStreams, ProxyDispatch, ClassObjectActivation or "
                + "Supplier<RuntimeHelpers>");
    }

    /**
     * The reference with the class as its inter-thread streams, proxy dispatch or activation path;
     * null when it is none of them.
     */
    private static RuntimeHelpers noArgHelper(Class<?> type, String name, RuntimeHelpers reference)
            throws ImplementationLoadException {
        if (InterThreadStreams.class.isAssignableFrom(type)) {
            return reference.withInterThreadStreams(name, noArgFactory(type, InterThreadStreams.class));
        }
        if (ProxyDispatch.class.isAssignableFrom(type)) {
            return reference.withProxyDispatch(name, noArgFactory(type, ProxyDispatch.class));
        }
        if (ClassObjectActivation.class.isAssignableFrom(type)) {
            return reference.withClassObjectActivation(name, noArgFactory(type, ClassObjectActivation.class));
        }
        return null;
    }

    /** New instances of a helper class with a public no-argument constructor; one is made now, so a broken class fails here. */
    private static <T> Supplier<T> noArgFactory(Class<?> type, Class<T> kind) throws ImplementationLoadException {
        Constructor<?> constructor = noArgConstructor(type);
        instantiate(constructor);
        return () -> kind.cast(newInstanceUnchecked(constructor));
    }

    /**
     * The class loader to load the user's class with: comlife's own, after the extra entries (if
     * any) were put on this JVM's class path ({@link SystemClassPath}), so that the class loads
     * exactly as from {@code java -cp}, for every engine. A user's program loads the same way.
     */
    public static ClassLoader userClassLoader(List<String> extraClasspath) throws ImplementationLoadException {
        ClassLoader loader = ImplementationLoader.class.getClassLoader();
        if (extraClasspath == null || extraClasspath.isEmpty()) {
            return loader;
        }
        List<File> entries = new ArrayList<>();
        for (String entry : extraClasspath) {
            File file = new File(entry);
            if (!file.exists()) {
                throw new ImplementationLoadException("classpath entry " + entry + " does not exist");
            }
            if (file.isFile() && !file.getName().endsWith(".jar")) {
                throw new ImplementationLoadException("classpath entry " + entry + " is neither a jar nor a folder");
            }
            entries.add(file);
        }
        if (loader != ClassLoader.getSystemClassLoader()) {
            // Embedded in a container with class loaders of its own: the entries go to a child loader.
            List<URL> urls = new ArrayList<>();
            for (File file : entries) {
                try {
                    urls.add(file.toURI().toURL());
                } catch (MalformedURLException malformed) {
                    throw new ImplementationLoadException("classpath entry " + file + " is not a valid path", malformed);
                }
            }
            return new URLClassLoader(urls.toArray(new URL[0]), loader);
        }
        SystemClassPath.append(entries);
        return loader;
    }

    private static Class<?> loadClass(String className, ClassLoader loader) throws ImplementationLoadException {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException missing) {
            throw new ImplementationLoadException("class " + className + " not found on the classpath"
                    + " (give its jar or folder with --classpath)");
        } catch (LinkageError broken) {
            throw new ImplementationLoadException("class " + className + " could not be loaded: " + broken, broken);
        }
    }

    private static Constructor<?> noArgConstructor(Class<?> type) throws ImplementationLoadException {
        try {
            return type.getConstructor();
        } catch (NoSuchMethodException missing) {
            throw new ImplementationLoadException(type.getName() + " needs a public no-argument constructor");
        }
    }

    private static Object instantiate(Constructor<?> constructor, Object... arguments)
            throws ImplementationLoadException {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException failed) {
            throw new ImplementationLoadException(constructor.getDeclaringClass().getName() + "'s constructor threw "
                    + failed.getCause(), failed.getCause());
        } catch (ReflectiveOperationException | LinkageError failed) {
            throw new ImplementationLoadException("cannot create " + constructor.getDeclaringClass().getName() + ": "
                    + failed, failed);
        }
    }

    private static Object newInstanceUnchecked(Constructor<?> constructor, Object... arguments) {
        try {
            return instantiate(constructor, arguments);
        } catch (ImplementationLoadException failed) {
            throw new IllegalStateException(failed.getMessage(), failed.getCause());
        }
    }
}
